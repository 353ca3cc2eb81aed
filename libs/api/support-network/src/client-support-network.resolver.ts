import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { SupportNetworkMemberModel } from './support-network-member.model';
import { MEMBER_ENTITY_TYPE, SupportNetworkService } from './support-network.service';

/**
 * Adds `supportNetwork` to Client. The parent Client was already scoped and audited by its query;
 * the members shown are audited once per request.
 */
@Resolver(() => ClientModel)
export class ClientSupportNetworkResolver {
  constructor(
    private readonly members: SupportNetworkService,
    private readonly audit: AuditService,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [SupportNetworkMemberModel], {
    description: 'Current members, by name. Peer support workers see who they are and their stance, without contact details or notes.',
  })
  async supportNetwork(
    @Parent() client: ClientModel,
    @Context() ctx: GraphQLRequestContext,
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
  ): Promise<SupportNetworkMemberModel[]> {
    const loader = requestLoader(ctx.req, 'supportNetwork.members', async (clientIds: readonly string[]) => {
      const groups = await this.members.currentMembers(clientIds);
      const ids = groups.flat().map((m) => m.id);
      await this.audit.record({ actor: me, requestId, action: 'READ', entityType: MEMBER_ENTITY_TYPE, entityIds: ids });
      return groups;
    });
    const withContactDetails = me.role !== StaffRole.PEER_SUPPORT;
    return (await loader.load(client.id)).map((m) => SupportNetworkMemberModel.from(m, { withContactDetails }));
  }
}
