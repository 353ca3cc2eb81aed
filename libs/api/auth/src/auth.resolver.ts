import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { AllowRoles, CurrentStaff, Public, RequestId } from './access.decorators';
import { AuthService } from './auth.service';
import { LoginInput } from './login.input';
import { AuthSessionModel, MeModel } from './me.model';

const EVERY_ROLE = [...CLINICAL_ROLES, StaffRole.ADMIN];

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'Sign in with email and password.' })
  async login(@Args('input') input: LoginInput, @RequestId() requestId: string): Promise<AuthSessionModel> {
    const { session, staff } = await this.auth.login(input.email, input.password);
    await this.audit.record({
      actor: { id: staff.id, organizationId: staff.organizationId, role: staff.role },
      requestId,
      action: 'LOGIN',
      entityType: 'StaffUser',
      entityIds: [staff.id],
    });
    return session;
  }

  @AllowRoles(...EVERY_ROLE)
  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working at once.' })
  async logout(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string): Promise<boolean> {
    await this.auth.logout(me);
    await this.audit.record({ actor: me, requestId, action: 'LOGOUT', entityType: 'StaffUser', entityIds: [me.id] });
    return true;
  }

  @AllowRoles(...EVERY_ROLE)
  @Query(() => MeModel)
  me(@CurrentStaff() me: StaffPrincipal): Promise<MeModel> {
    return this.auth.me(me);
  }
}
