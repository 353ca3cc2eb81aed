import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditEntityType, CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { Transaction } from '@carecircle/api/audit';
import { AllowRoles, Ctx, Public, WriteCtx } from './access.decorators';
import { AuthService } from './auth.service';
import { LoginInput } from './login.input';
import { AuthSessionModel, MeModel } from './me.model';

const EVERY_ROLE = [...CLINICAL_ROLES, StaffRole.ADMIN];

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Transaction()
  @Mutation(() => AuthSessionModel, { description: 'Sign in with email and password.' })
  async login(@WriteCtx() ctx: WriteContext, @Args('input') input: LoginInput): Promise<AuthSessionModel> {
    const { session, staff } = await this.auth.login(ctx, input.email, input.password);
    // Signed in by credentials, not a token: the actor is the staff member who just proved who they are.
    ctx.recordWrite(AuditAction.LOGIN, AuditEntityType.STAFF_USER, [staff.id], null, {
      id: staff.id,
      organizationId: staff.organizationId,
      role: staff.role,
    });
    return session;
  }

  @AllowRoles(...EVERY_ROLE)
  @Transaction()
  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working at once.' })
  async logout(@WriteCtx() ctx: WriteContext): Promise<boolean> {
    await this.auth.logout(ctx);
    ctx.recordWrite(AuditAction.LOGOUT, AuditEntityType.STAFF_USER, [ctx.staffId]);
    return true;
  }

  @AllowRoles(...EVERY_ROLE)
  @Query(() => MeModel)
  me(@Ctx() ctx: RequestContext): Promise<MeModel> {
    return this.auth.me(ctx);
  }
}

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const authResolvers = [AuthResolver];
