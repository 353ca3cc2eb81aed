import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditEntityType, AuditOutcome, StaffRole, passwordProblems, timeZoneProblem } from '@carecircle/shared/domain';
import { ApiError, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AuditTrail } from '@carecircle/api/audit';
import { AuthService, StaffUserEntity, hashPassword, type AuthSessionModel } from '@carecircle/api/auth';
import { OrganizationEntity } from '@carecircle/api/organizations';
import type { OrganizationSettingsModel, SetUpOrganizationInput, UpdateOrganizationSettingsInput } from './organization-settings.model';

export const ALREADY_SET_UP_MESSAGE = 'CareCircle is already set up; sign in instead.';

/**
 * The actor of an audit row for a refused first-run setup: nobody is signed in, and the trail
 * needs an actor. The nil UUID names no staff member (ids are random v4 UUIDs), and audit_event
 * has no foreign key on actor_id, so the row stays honest: "someone not signed in". The role
 * column must hold a staff role; ADMIN is the role the attempt claimed (setup creates an admin).
 * The request's address and user agent on the same row say where the attempt came from.
 */
export const ANONYMOUS_SETUP_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Serializes first-run setups: two browsers submitting the setup page at once take turns, and the
 * second finds the first's organization and is refused. A transaction-level advisory lock is
 * released by the commit or rollback of the write path's transaction, so it cannot leak.
 */
const SETUP_LOCK_KEY = 'carecircle:first-run-setup';

/** First-run setup of an empty installation, and the organization settings its administrator keeps. */
@Injectable()
export class SetupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly auth: AuthService,
  ) {}

  /** True only while the database holds no organization. */
  async needsSetup(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return !(await this.firstOrganization(manager));
  }

  async setUp(ctx: WriteContext, input: SetUpOrganizationInput): Promise<AuthSessionModel> {
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SETUP_LOCK_KEY]);
    const existing = await this.firstOrganization(ctx.manager);
    if (existing) {
      await this.recordRefusedSetup(ctx, existing.id);
      throw ApiError.conflict(ALREADY_SET_UP_MESSAGE, { reason: 'ALREADY_SET_UP' });
    }

    const email = input.adminEmail.toLowerCase();
    const zoneProblem = timeZoneProblem(input.timeZone);
    const weak: FieldProblem[] = passwordProblems(input.password, email).map((problem) => ({ field: 'password', problem }));
    const problems = [...(zoneProblem ? [{ field: 'timeZone', problem: zoneProblem }] : []), ...weak];
    if (problems.length) throw ApiError.inputProblems(problems, weak.length ? 'WEAK_PASSWORD' : undefined);

    const organization = await ctx.manager.getRepository(OrganizationEntity).save({ name: input.organizationName, timeZone: input.timeZone });
    const admin = await ctx.manager.getRepository(StaffUserEntity).save({
      organizationId: organization.id,
      email,
      displayName: input.adminName,
      role: StaffRole.ADMIN,
      supervisorId: null,
      passwordHash: await hashPassword(input.password),
      active: true,
    });
    const { session } = await this.auth.signInVerified(ctx, admin.id);
    // Nobody was signed in: the actor of these rows is the administrator the setup just created.
    const actor = { id: admin.id, organizationId: organization.id, role: StaffRole.ADMIN };
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.ORGANIZATION, [organization.id], ['name', 'timeZone'], actor);
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.STAFF_USER, [admin.id], ['email', 'displayName', 'role', 'password'], actor);
    ctx.recordWrite(AuditAction.LOGIN, AuditEntityType.STAFF_USER, [admin.id], null, actor);
    return session;
  }

  async settings(ctx: RequestContext): Promise<OrganizationSettingsModel> {
    const organization = await ctx.manager.getRepository(OrganizationEntity).findOneByOrFail({ id: ctx.organizationId });
    return {
      id: organization.id,
      name: organization.name,
      timeZone: organization.timeZone,
      inactivitySignOutMinutes: organization.inactivitySignOutMinutes,
      requireTwoFactorForEveryone: organization.requireTwoFactorForEveryone,
    };
  }

  /** Only ever the caller's own organization: the input names no organization to aim at another. */
  async updateSettings(ctx: WriteContext, input: UpdateOrganizationSettingsInput): Promise<OrganizationSettingsModel> {
    const zoneProblem = timeZoneProblem(input.timeZone);
    if (zoneProblem) throw ApiError.inputProblems([{ field: 'timeZone', problem: zoneProblem }]);
    const repository = ctx.manager.getRepository(OrganizationEntity);
    const current = await repository.findOneByOrFail({ id: ctx.organizationId });
    const inactivitySignOutMinutes = input.inactivitySignOutMinutes ?? current.inactivitySignOutMinutes;
    const requireTwoFactorForEveryone = input.requireTwoFactorForEveryone ?? current.requireTwoFactorForEveryone;
    const next = { name: input.name, timeZone: input.timeZone, inactivitySignOutMinutes, requireTwoFactorForEveryone };
    const changed = (['name', 'timeZone', 'inactivitySignOutMinutes', 'requireTwoFactorForEveryone'] as const).filter((field) => current[field] !== next[field]);
    if (changed.length) {
      await repository.update({ id: current.id }, next);
      ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.ORGANIZATION, [current.id], changed);
    }
    return { id: current.id, ...next };
  }

  private async firstOrganization(manager: EntityManager): Promise<OrganizationEntity | null> {
    const [first] = await manager.getRepository(OrganizationEntity).find({ order: { createdAt: 'ASC' }, take: 1 });
    return first ?? null;
  }

  /**
   * A refused setup is recorded like every refusal (DENIED), in the trail of the organization that
   * exists. Written outside the write path's transaction, which the refusal rolls back, so the row
   * survives the failed request — as the audit plugin does for refused reads and mutations, which
   * cannot help here because the caller is not signed in.
   */
  private async recordRefusedSetup(ctx: RequestContext, organizationId: string): Promise<void> {
    await this.audit.insert(
      ctx,
      [
        {
          action: AuditAction.CREATE,
          entityType: AuditEntityType.ORGANIZATION,
          entityId: organizationId,
          fields: null,
          outcome: AuditOutcome.DENIED,
          actor: { id: ANONYMOUS_SETUP_ACTOR_ID, organizationId, role: StaffRole.ADMIN },
        },
      ],
      this.dataSource.manager,
    );
  }
}
