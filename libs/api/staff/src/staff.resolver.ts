import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, TwoFactorService, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { SetupLinkModel, StaffInvitationModel } from './setup-link.model';
import { StaffAccountModel } from './staff-account.model';
import { InviteStaffMemberInput, StaffIdArgs, UpdateStaffMemberInput } from './staff.inputs';
import { StaffService } from './staff.service';

/** Staff administration: administrators only, their own organization only. */
@Resolver(() => StaffAccountModel)
export class StaffResolver {
  constructor(
    private readonly staff: StaffService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @AllowRoles(StaffRole.ADMIN)
  @ResolveField(() => Boolean, { description: 'Whether this person has turned two-factor sign-in on (an administrator can reset it: resetStaffTwoFactor).' })
  twoFactorEnabled(@Parent() account: StaffAccountModel, @Ctx() ctx: RequestContext): Promise<boolean> {
    // One query for the whole list.
    return ctx
      .loader<string, boolean>('staff-two-factor-enabled', async (ids) => {
        const enabled = await this.twoFactor.enabledFor(ctx.manager, ids);
        return ids.map((id) => enabled.has(id));
      })
      .load(account.id);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Query(() => [StaffAccountModel], { description: "Your organization's staff accounts, by name, with status, last sign-in and open caseload size." })
  staffMembers(@Ctx() ctx: RequestContext): Promise<StaffAccountModel[]> {
    return this.staff.list(ctx);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => StaffInvitationModel, {
    description: 'Creates an account that cannot sign in yet, and a one-time link (valid 7 days) for the person to set their password.',
  })
  inviteStaffMember(@WriteCtx() ctx: WriteContext, @Args('input') input: InviteStaffMemberInput): Promise<StaffInvitationModel> {
    return this.staff.invite(ctx, input);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => StaffAccountModel, { description: "Changes a staff member's role, supervisor, programs and co-signature." })
  updateStaffMember(@WriteCtx() ctx: WriteContext, @Args('input') input: UpdateStaffMemberInput): Promise<StaffAccountModel> {
    return this.staff.update(ctx, input);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => StaffAccountModel, {
    description: 'Stops a staff member signing in; their open sessions end at once. Their clients stay listed as needing reassignment.',
  })
  deactivateStaffMember(@WriteCtx() ctx: WriteContext, @Args() args: StaffIdArgs): Promise<StaffAccountModel> {
    return this.staff.deactivate(ctx, args.staffId);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => StaffAccountModel, { description: 'Lets a deactivated staff member sign in again.' })
  reactivateStaffMember(@WriteCtx() ctx: WriteContext, @Args() args: StaffIdArgs): Promise<StaffAccountModel> {
    return this.staff.reactivate(ctx, args.staffId);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => SetupLinkModel, {
    description: 'A one-time link (valid 24 hours) to set a new password; older links stop working. Someone never set up gets a new invitation.',
  })
  issuePasswordResetLink(@WriteCtx() ctx: WriteContext, @Args() args: StaffIdArgs): Promise<SetupLinkModel> {
    return this.staff.issuePasswordResetLink(ctx, args.staffId);
  }
}
