import type { Type } from '@nestjs/common';
import { SupportNetworkResolver } from './support-network.resolver';
import { FamilyEngagementResolver } from './family-engagement.resolver';
import { ConsentsResolver } from './consents.resolver';
import { ClientSupportNetworkResolver } from './client-support-network.resolver';
import { ClientFamilyEngagementResolver } from './client-family-engagement.resolver';
import { ClientConsentsResolver } from './client-consents.resolver';
import { CircleOfSupportResolver } from './circle-of-support.resolver';

/** Every resolver class of this domain; the app module and the schema printer both use this list. */
export const supportNetworkResolvers: Type<unknown>[] = [
  SupportNetworkResolver,
  FamilyEngagementResolver,
  ConsentsResolver,
  ClientSupportNetworkResolver,
  ClientFamilyEngagementResolver,
  ClientConsentsResolver,
  CircleOfSupportResolver,
];
