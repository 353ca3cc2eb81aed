import type { Type } from '@nestjs/common';
import { ClientPeerContactsResolver } from './client-peer-contacts.resolver';
import { PeerContactsResolver } from './peer-contacts.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const peerContactResolvers: Type<unknown>[] = [PeerContactsResolver, ClientPeerContactsResolver];
