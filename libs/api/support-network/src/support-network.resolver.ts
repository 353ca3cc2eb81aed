import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { SupportNetworkMemberModel } from './support-network-member.model';
import { AddSupportNetworkMemberInput } from './add-support-network-member.input';
import { UpdateSupportNetworkMemberInput } from './update-support-network-member.input';
import { MemberVersionArgs } from './member-version.args';
import { SupportNetworkService } from './support-network.service';
import { SUPPORT_NETWORK_EDITORS } from './support-network-roles';

/** Changes to a client's support network: the client's counselor or their supervisor only. */
@Resolver(() => SupportNetworkMemberModel)
export class SupportNetworkResolver {
  constructor(private readonly supportNetwork: SupportNetworkService) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Mutation(() => SupportNetworkMemberModel)
  async addSupportNetworkMember(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: AddSupportNetworkMemberInput,
  ): Promise<SupportNetworkMemberModel> {
    const member = await this.supportNetwork.add(me, requestId, input);
    return SupportNetworkMemberModel.from(member, { withContactDetails: true });
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Mutation(() => SupportNetworkMemberModel, { description: 'Changes the fields sent; refused with CONFLICT if expectedVersion is stale.' })
  async updateSupportNetworkMember(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: UpdateSupportNetworkMemberInput,
  ): Promise<SupportNetworkMemberModel> {
    const member = await this.supportNetwork.update(me, requestId, input);
    return SupportNetworkMemberModel.from(member, { withContactDetails: true });
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Mutation(() => SupportNetworkMemberModel, {
    description:
      'Takes the member out of the network (soft: removedAt is set). Past family engagement events keep them as an attendee, and ' +
      'consents naming them stay on record; revoke a consent to end it.',
  })
  async removeSupportNetworkMember(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() args: MemberVersionArgs,
  ): Promise<SupportNetworkMemberModel> {
    const member = await this.supportNetwork.remove(me, requestId, args);
    return SupportNetworkMemberModel.from(member, { withContactDetails: true });
  }
}
