import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { requestLoader, type GraphQLRequestContext } from '@carecircle/api/platform';
import { AllowRoles } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { PeerContactsService } from './peer-contacts.service';

/** Adds `lastPeerContactOn` to Client. The parent Client was already scoped and audited by its query. */
@Resolver(() => ClientModel)
export class ClientPeerContactsResolver {
  constructor(private readonly service: PeerContactsService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => String, { nullable: true, description: 'YYYY-MM-DD: day of the most recent peer contact (withdrawn ones left out).' })
  async lastPeerContactOn(@Parent() client: ClientModel, @Context() ctx: GraphQLRequestContext): Promise<string | null> {
    const loader = requestLoader(ctx.req, 'peerContacts.lastOn', (ids: readonly string[]) => this.service.lastContactDays(ids));
    return loader.load(client.id);
  }
}
