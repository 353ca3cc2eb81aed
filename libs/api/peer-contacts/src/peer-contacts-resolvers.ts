import type { Type } from '@nestjs/common';
import { ClientPeerContactsResolver } from './client-peer-contacts.resolver';
import { PeerContactsResolver } from './peer-contacts.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const peerContactResolvers: Type<unknown>[] = [PeerContactsResolver, ClientPeerContactsResolver];
