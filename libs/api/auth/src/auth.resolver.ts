import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AuditAction, AuditEntityType, CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { Transaction } from '@carecircle/api/audit';
import { AllowRoles, Ctx, Public, WriteCtx } from './access.decorators';
import { AuthService } from './auth.service';
import { LoginInput } from './login.input';
import { AuthSessionModel, MeModel } from './me.model';
import { clearSessionCookie, sessionTokenFrom } from './session-cookie';
import { AllowDuringTwoFactorEnrolment } from './two-factor-policy';
import { twoFactorResolvers } from './two-factor.resolver';

const EVERY_ROLE = [...CLINICAL_ROLES, StaffRole.ADMIN];

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Transaction()
  @Mutation(() => AuthSessionModel, { description: 'Sign in with email and password.' })
  async login(@WriteCtx() ctx: WriteContext, @Args('input') input: LoginInput): Promise<AuthSessionModel> {
    const { session, staff } = await this.auth.login(ctx, input.email, input.password, input.oneTimeCode);
    // Signed in by credentials, not a token: the actor is the staff member who just proved who they are.
    ctx.recordWrite(AuditAction.LOGIN, AuditEntityType.STAFF_USER, [staff.id], null, {
      id: staff.id,
      organizationId: staff.organizationId,
      role: staff.role,
    });
    return session;
  }

  @AllowRoles(...EVERY_ROLE)
  @AllowDuringTwoFactorEnrolment()
  @Transaction()
  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working at once.' })
  async logout(@WriteCtx() ctx: WriteContext, @Context('req') req: Request, @Context('res') res: Response): Promise<boolean> {
    await this.auth.logout(ctx);
    ctx.recordWrite(AuditAction.LOGOUT, AuditEntityType.STAFF_USER, [ctx.staffId]);
    clearSessionCookie(req, res);
    return true;
  }

  @AllowRoles(...EVERY_ROLE)
  @AllowDuringTwoFactorEnrolment()
  @Transaction()
  @Mutation(() => AuthSessionModel, {
    description:
      'Keeps this session going while the person is active (the web asks at most once a minute): restarts its inactivity time. ' +
      'Not audited: it changes no record, and sign-in and sign-out are.',
  })
  renewSession(@WriteCtx() ctx: WriteContext, @Context('req') req: Request): Promise<AuthSessionModel> {
    // The guard authenticated this very token; renewing reads its session start and id again.
    return this.auth.renewSession(ctx, sessionTokenFrom(req) ?? '');
  }

  @AllowRoles(...EVERY_ROLE)
  @AllowDuringTwoFactorEnrolment()
  @Query(() => MeModel)
  me(@Ctx() ctx: RequestContext): Promise<MeModel> {
    return this.auth.me(ctx);
  }
}

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const authResolvers = [AuthResolver, ...twoFactorResolvers];
