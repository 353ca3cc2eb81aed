import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { Transaction } from '@carecircle/api/audit';
import { AllowRoles, Ctx, Public, WriteCtx } from './access.decorators';
import { AuthService } from './auth.service';
import { MeModel } from './me.model';
import { AllowDuringTwoFactorEnrolment } from './two-factor-policy';
import { TwoFactorService } from './two-factor.service';
import { TwoFactorCodeInput, TwoFactorConfirmationModel, TwoFactorEnrolmentModel, TwoFactorStatusModel } from './two-factor.model';

const EVERY_ROLE = [...CLINICAL_ROLES, StaffRole.ADMIN];

@Resolver()
export class TwoFactorResolver {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly auth: AuthService,
  ) {}

  @AllowRoles(...EVERY_ROLE)
  @AllowDuringTwoFactorEnrolment()
  @Query(() => TwoFactorStatusModel, { description: "The signed-in person's two-factor sign-in." })
  twoFactorStatus(@Ctx() ctx: RequestContext): Promise<TwoFactorStatusModel> {
    return this.twoFactor.status(ctx);
  }

  @AllowRoles(...EVERY_ROLE)
  @AllowDuringTwoFactorEnrolment()
  @Transaction()
  @Mutation(() => TwoFactorEnrolmentModel, { description: 'Starts setting up two-factor sign-in: a new key to add to an authenticator app.' })
  beginTwoFactorEnrolment(@WriteCtx() ctx: WriteContext): Promise<TwoFactorEnrolmentModel> {
    return this.twoFactor.beginEnrolment(ctx);
  }

  @AllowRoles(...EVERY_ROLE)
  @AllowDuringTwoFactorEnrolment()
  @Transaction()
  @Mutation(() => TwoFactorConfirmationModel, {
    description: 'Turns two-factor sign-in on with the first code; answers the recovery codes (shown once) and a full session.',
  })
  async confirmTwoFactorEnrolment(@WriteCtx() ctx: WriteContext, @Args('input') input: TwoFactorCodeInput): Promise<TwoFactorConfirmationModel> {
    const recoveryCodes = await this.twoFactor.confirmEnrolment(ctx, input.code);
    // The session that set it up may have been limited to setting it up: it ends, and a full one begins.
    await this.auth.logout(ctx);
    const { session } = await this.auth.signInVerified(ctx, ctx.staffId);
    return { recoveryCodes, session };
  }

  @AllowRoles(...EVERY_ROLE)
  @Transaction()
  @Mutation(() => [String], { description: 'New recovery codes (shown once); the old ones stop working.' })
  regenerateRecoveryCodes(@WriteCtx() ctx: WriteContext, @Args('input') input: TwoFactorCodeInput): Promise<string[]> {
    return this.twoFactor.regenerateRecoveryCodes(ctx, input.code);
  }

  @AllowRoles(StaffRole.ADMIN)
  @Transaction()
  @Mutation(() => Boolean, {
    description: "Turns off a colleague's two-factor sign-in (a lost phone): their sessions end and they set it up again at their next sign-in.",
  })
  async resetStaffTwoFactor(@WriteCtx() ctx: WriteContext, @Args('staffId', { type: () => ID }) staffId: string): Promise<boolean> {
    await this.twoFactor.reset(ctx, staffId);
    return true;
  }
}

@Resolver(() => MeModel)
export class MeTwoFactorResolver {
  constructor(private readonly twoFactor: TwoFactorService) {}

  /**
   * Public because `Me` is also answered by sign-in, before any token: it says only whether the
   * person just returned must set up two-factor sign-in before anything else.
   */
  @Public()
  @ResolveField(() => Boolean, { description: 'True when this session may only set up two-factor sign-in (required, not set up yet).' })
  twoFactorEnrolmentRequired(@Parent() me: MeModel, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.twoFactor.enrolmentRequiredFor(ctx.manager, me.id);
  }
}

export const twoFactorResolvers = [TwoFactorResolver, MeTwoFactorResolver];
