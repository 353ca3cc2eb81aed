import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { SupportNetworkMemberModel } from './support-network-member.model';
import { SupportNetworkService } from './support-network.service';

/** Adds `supportNetwork` to Client; the parent's id is one the policy scoped and recorded as read. */
@Resolver(() => ClientModel)
export class ClientSupportNetworkResolver {
  constructor(private readonly members: SupportNetworkService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [SupportNetworkMemberModel], {
    description: 'Current members, by name. Peer support workers see who they are and their stance, without contact details or notes.',
  })
  async supportNetwork(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<SupportNetworkMemberModel[]> {
    const loader = clientLoader(ctx, 'supportNetwork.members', (ids) => this.members.currentMembers(ctx, ids));
    const withContactDetails = ctx.role !== StaffRole.PEER_SUPPORT;
    return (await loader.load(client.id)).map((m) => SupportNetworkMemberModel.from(m, { withContactDetails }));
  }
}
