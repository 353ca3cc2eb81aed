import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { WriteContext } from '@carecircle/api/platform';
import { AllowRoles, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
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
  @Transaction()
  @Mutation(() => SupportNetworkMemberModel)
  async addSupportNetworkMember(@WriteCtx() ctx: WriteContext, @Args('input') input: AddSupportNetworkMemberInput): Promise<SupportNetworkMemberModel> {
    const member = await this.supportNetwork.add(ctx, input);
    return SupportNetworkMemberModel.from(member, { withContactDetails: true });
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Transaction()
  @Mutation(() => SupportNetworkMemberModel, { description: 'Changes the fields sent; refused with CONFLICT if expectedVersion is stale.' })
  async updateSupportNetworkMember(
    @WriteCtx() ctx: WriteContext,
    @Args('input') input: UpdateSupportNetworkMemberInput,
  ): Promise<SupportNetworkMemberModel> {
    const member = await this.supportNetwork.update(ctx, input);
    return SupportNetworkMemberModel.from(member, { withContactDetails: true });
  }

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Transaction()
  @Mutation(() => SupportNetworkMemberModel, {
    description:
      'Takes the member out of the network (soft: removedAt is set). Past family engagement events keep them as an attendee, and ' +
      'consents naming them stay on record; revoke a consent to end it.',
  })
  async removeSupportNetworkMember(@WriteCtx() ctx: WriteContext, @Args() args: MemberVersionArgs): Promise<SupportNetworkMemberModel> {
    const member = await this.supportNetwork.remove(ctx, args);
    return SupportNetworkMemberModel.from(member, { withContactDetails: true });
  }
}
