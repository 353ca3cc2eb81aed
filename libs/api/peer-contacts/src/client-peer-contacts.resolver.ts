import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { PeerContactsService } from './peer-contacts.service';

/** Adds `lastPeerContactOn` to Client; the parent's id is one the policy scoped. */
@Resolver(() => ClientModel)
export class ClientPeerContactsResolver {
  constructor(private readonly service: PeerContactsService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => String, { nullable: true, description: 'YYYY-MM-DD: day of the most recent peer contact (withdrawn ones left out).' })
  async lastPeerContactOn(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<string | null> {
    const loader = clientLoader(ctx, 'peerContacts.lastOn', (ids) => this.service.lastContactDays(ctx, ids));
    return loader.load(client.id);
  }
}
