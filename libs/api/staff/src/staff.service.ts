import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { AuditAction, AuditEntityType, CareTeamRole, ClientStatus, STAFF_ROLE_LABELS, StaffRole } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { StaffMemberModel, StaffProgramEntity, StaffUserEntity } from '@carecircle/api/auth';
import { ProgramEntity, ProgramModel } from '@carecircle/api/organizations';
import { AccountSetupPurpose } from './account-setup-purpose';
import { SetupLinksService } from './setup-links.service';
import { StaffAccountModel, StaffAccountStatus } from './staff-account.model';
import type { InviteStaffMemberInput, UpdateStaffMemberInput } from './staff.inputs';
import type { SetupLinkModel, StaffInvitationModel } from './setup-link.model';

/**
 * What an account holds until its owner sets a password through their link. Not a bcrypt hash, so
 * no password can match it, and it marks the account as never set up (status INVITED).
 */
export const UNUSABLE_PASSWORD_HASH = '!never-set';

/** Roles that work with clients in programs, and so must work in at least one. */
const PROGRAM_ROLES: readonly StaffRole[] = [StaffRole.COUNSELOR, StaffRole.PEER_SUPPORT];

interface StaffListRow {
  id: string;
  display_name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  never_set_up: boolean;
  requires_cosignature: boolean;
  is_privacy_officer: boolean;
  last_signed_in_at: Date | null;
  supervisor_id: string | null;
  supervisor_display_name: string | null;
  supervisor_email: string | null;
  supervisor_role: StaffRole | null;
  open_caseload: number;
}

/** Staff administration for an organization's administrators: one organization, no clinical data. */
@Injectable()
export class StaffService {
  constructor(
    private readonly clock: Clock,
    private readonly links: SetupLinksService,
  ) {}

  /**
   * The organization's staff, or the ones named, by name: one query for the accounts with their
   * supervisor and open caseload size, one for their programs.
   */
  async list(ctx: RequestContext, ids?: readonly string[]): Promise<StaffAccountModel[]> {
    const rows: StaffListRow[] = await ctx.manager.query(
      `SELECT s.id, s.display_name, s.email, s.role, s.active, s.requires_cosignature, s.is_privacy_officer, s.last_signed_in_at,
              s.password_hash = $3 AS never_set_up,
              sup.id AS supervisor_id, sup.display_name AS supervisor_display_name, sup.email AS supervisor_email, sup.role AS supervisor_role,
              COALESCE(caseload.clients, 0)::int AS open_caseload
         FROM staff_user s
         LEFT JOIN staff_user sup ON sup.id = s.supervisor_id
         LEFT JOIN (
           SELECT cta.staff_user_id, count(DISTINCT cta.client_id) AS clients
             FROM care_team_assignment cta
             JOIN client c ON c.id = cta.client_id
            WHERE cta.organization_id = $1
              AND cta.role IN ('${CareTeamRole.COUNSELOR}', '${CareTeamRole.PEER_SUPPORT}')
              AND c.status <> '${ClientStatus.DISCHARGED}'
              AND cta.started_on <= $2 AND (cta.ended_on IS NULL OR cta.ended_on > $2)
            GROUP BY cta.staff_user_id
         ) caseload ON caseload.staff_user_id = s.id
        WHERE s.organization_id = $1 AND ($4::uuid[] IS NULL OR s.id = ANY($4::uuid[]))
        ORDER BY lower(s.display_name), s.id`,
      [ctx.organizationId, this.clock.today(), UNUSABLE_PASSWORD_HASH, ids ? [...ids] : null],
    );
    if (!rows.length) return [];
    const memberships = await ctx.manager.getRepository(StaffProgramEntity).find({
      where: { organizationId: ctx.organizationId, staffUserId: In(rows.map((row) => row.id)) },
      relations: { program: true },
      order: { program: { name: 'ASC' } },
    });
    const programsByStaff = groupByKey(
      rows.map((row) => row.id),
      memberships,
      (membership) => membership.staffUserId,
    );
    return rows.map((row, i) => toAccount(row, programsByStaff[i]!.map((membership) => ProgramModel.from(membership.program!))));
  }

  async invite(ctx: WriteContext, input: InviteStaffMemberInput): Promise<StaffInvitationModel> {
    const email = input.email.trim().toLowerCase();
    const supervisorId = input.supervisorId ?? null;
    await this.refuseTakenEmail(ctx, email);
    const programs = await this.checkAssignment(ctx, null, input.role, supervisorId, input.programIds);
    // A counselor joining a program whose counselors' notes need co-signature starts out needing it.
    const requiresCosignature =
      input.requiresCosignature ?? (input.role === StaffRole.COUNSELOR && programs.some((program) => program.notesRequireCosignature));
    let staff: StaffUserEntity;
    try {
      staff = await ctx.manager.getRepository(StaffUserEntity).save({
        organizationId: ctx.organizationId,
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        supervisorId,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        active: true,
        requiresCosignature,
        lastSignedInAt: null,
      });
    } catch (error) {
      // Another invitation for the same email committed between the check and this insert.
      if (isUniqueViolation(error, 'staff_user_email_key')) throw emailTaken(email);
      throw error;
    }
    await this.setPrograms(ctx, staff.id, programs);
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.STAFF_USER, [staff.id], [
      'displayName',
      'email',
      'role',
      'supervisorId',
      'programIds',
      'requiresCosignature',
    ]);
    const setupLink = await this.links.issue(ctx, staff, AccountSetupPurpose.INVITE);
    return { staffMember: await this.one(ctx, staff.id), setupLink };
  }

  async update(ctx: WriteContext, input: UpdateStaffMemberInput): Promise<StaffAccountModel> {
    const staff = await this.findForChange(ctx, input.staffId);
    const programs = await this.checkAssignment(ctx, staff.id, input.role, input.supervisorId, input.programIds);
    if (staff.role !== input.role) {
      if (staff.role === StaffRole.SUPERVISOR) await this.refuseOrphaningTeam(ctx, staff, 'change the role of');
      if (staff.role === StaffRole.ADMIN && staff.active) await this.refuseLosingLastAdmin(ctx, staff);
    }
    const currentProgramIds = await this.programIdsOf(ctx, staff.id);
    const nextProgramIds = programs.map((program) => program.id);
    const changed: string[] = [];
    if (staff.role !== input.role) changed.push('role');
    if (staff.supervisorId !== input.supervisorId) changed.push('supervisorId');
    if (staff.requiresCosignature !== input.requiresCosignature) changed.push('requiresCosignature');
    const isPrivacyOfficer = input.isPrivacyOfficer ?? staff.isPrivacyOfficer;
    if (staff.isPrivacyOfficer !== isPrivacyOfficer) changed.push('isPrivacyOfficer');
    if (!sameSet(currentProgramIds, nextProgramIds)) changed.push('programIds');
    if (changed.length) {
      await ctx.manager
        .getRepository(StaffUserEntity)
        .update({ id: staff.id }, { role: input.role, supervisorId: input.supervisorId, requiresCosignature: input.requiresCosignature, isPrivacyOfficer });
      await this.setPrograms(ctx, staff.id, programs);
      ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.STAFF_USER, [staff.id], changed);
    }
    return this.one(ctx, staff.id);
  }

  /** Ends the person's access at once: every request re-checks `active`, so their open sessions stop. */
  async deactivate(ctx: WriteContext, staffId: string): Promise<StaffAccountModel> {
    const staff = await this.findForChange(ctx, staffId);
    if (staff.id === ctx.staffId) {
      throw ApiError.conflict('You cannot deactivate your own account: another administrator can, so the organization always keeps one.', {
        reason: 'LAST_ADMIN',
        entity: AuditEntityType.STAFF_USER,
        id: staff.id,
      });
    }
    if (!staff.active) {
      throw ApiError.conflict(`${staff.displayName} is already deactivated.`, { reason: 'STAFF_INACTIVE', entity: AuditEntityType.STAFF_USER, id: staff.id });
    }
    if (staff.role === StaffRole.ADMIN) await this.refuseLosingLastAdmin(ctx, staff);
    if (staff.role === StaffRole.SUPERVISOR) await this.refuseOrphaningTeam(ctx, staff, 'deactivate');
    // Ends every session now; a later reactivation does not bring the old tokens back.
    await ctx.manager.getRepository(StaffUserEntity).update({ id: staff.id }, { active: false, sessionsValidFrom: new Date() });
    await this.links.voidUnused(ctx, staff.id);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.STAFF_USER, [staff.id], ['active', 'sessionsValidFrom']);
    return this.one(ctx, staff.id);
  }

  async reactivate(ctx: WriteContext, staffId: string): Promise<StaffAccountModel> {
    const staff = await this.findForChange(ctx, staffId);
    if (staff.active) {
      throw ApiError.conflict(`${staff.displayName} is already active.`, { reason: 'ALREADY_ACTIVE', entity: AuditEntityType.STAFF_USER, id: staff.id });
    }
    await ctx.manager.getRepository(StaffUserEntity).update({ id: staff.id }, { active: true });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.STAFF_USER, [staff.id], ['active']);
    return this.one(ctx, staff.id);
  }

  /**
   * A one-time link to set a new password. Someone who never used their invitation gets a fresh
   * invitation instead (7 days), since that is what they are still waiting for.
   */
  async issuePasswordResetLink(ctx: WriteContext, staffId: string): Promise<SetupLinkModel> {
    const staff = await this.findForChange(ctx, staffId);
    if (!staff.active) {
      throw ApiError.conflict(`${staff.displayName} is deactivated: reactivate them before resetting their password.`, {
        reason: 'STAFF_INACTIVE',
        entity: AuditEntityType.STAFF_USER,
        id: staff.id,
      });
    }
    const purpose = staff.passwordHash === UNUSABLE_PASSWORD_HASH ? AccountSetupPurpose.INVITE : AccountSetupPurpose.PASSWORD_RESET;
    return this.links.issue(ctx, staff, purpose);
  }

  private async one(ctx: RequestContext, staffId: string): Promise<StaffAccountModel> {
    const [account] = await this.list(ctx, [staffId]);
    if (!account) throw ApiError.notFound(AuditEntityType.STAFF_USER, staffId);
    return account;
  }

  /** A staff member of the caller's organization, locked for the change; anyone else is NOT_FOUND. */
  private async findForChange(ctx: WriteContext, staffId: string): Promise<StaffUserEntity> {
    const staff = await ctx.manager
      .getRepository(StaffUserEntity)
      .createQueryBuilder('staff')
      .where('staff.id = :staffId AND staff.organization_id = :organizationId', { staffId, organizationId: ctx.organizationId })
      .setLock('pessimistic_write')
      .getOne();
    if (!staff) throw ApiError.notFound(AuditEntityType.STAFF_USER, staffId);
    return staff;
  }

  private async refuseTakenEmail(ctx: WriteContext, email: string): Promise<void> {
    // Emails are unique across CareCircle (they sign in with it), so every organization's accounts count.
    const [taken] = await ctx.manager.query('SELECT 1 FROM staff_user WHERE email = $1', [email]);
    if (taken) throw emailTaken(email);
  }

  /**
   * The rules for who someone reports to and where they work: the supervisor is an active clinical
   * supervisor of this organization (not the person themselves, and none for an administrator), the
   * programs are this organization's, and counselors and peer workers work in at least one.
   */
  private async checkAssignment(
    ctx: WriteContext,
    staffId: string | null,
    role: StaffRole,
    supervisorId: string | null,
    programIds: readonly string[],
  ): Promise<ProgramEntity[]> {
    const uniqueProgramIds = [...new Set(programIds)];
    const programs = uniqueProgramIds.length
      ? await ctx.manager.getRepository(ProgramEntity).find({ where: { id: In(uniqueProgramIds), organizationId: ctx.organizationId }, order: { name: 'ASC' } })
      : [];
    const unknownProgram = uniqueProgramIds.find((id) => !programs.some((program) => program.id === id));
    if (unknownProgram) throw ApiError.notFound(AuditEntityType.PROGRAM, unknownProgram);

    if (supervisorId) {
      const supervisor = await ctx.manager.getRepository(StaffUserEntity).findOne({ where: { id: supervisorId, organizationId: ctx.organizationId } });
      if (!supervisor) throw ApiError.notFound(AuditEntityType.STAFF_USER, supervisorId);
      if (supervisor.role !== StaffRole.SUPERVISOR || !supervisor.active) {
        const what = supervisor.active ? `a ${STAFF_ROLE_LABELS[supervisor.role].toLowerCase()}` : 'deactivated';
        throw ApiError.inputProblems(
          [{ field: 'supervisorId', problem: `the supervisor must be an active clinical supervisor; ${supervisor.displayName} is ${what}` }],
          'WRONG_ROLE',
        );
      }
    }

    const problems: FieldProblem[] = [];
    if (supervisorId && supervisorId === staffId) problems.push({ field: 'supervisorId', problem: 'a staff member cannot be their own supervisor' });
    if (supervisorId && role === StaffRole.ADMIN) problems.push({ field: 'supervisorId', problem: 'an administrator has no clinical supervisor; choose none' });
    if (PROGRAM_ROLES.includes(role) && programs.length === 0) {
      problems.push({ field: 'programIds', problem: `a ${STAFF_ROLE_LABELS[role].toLowerCase()} must work in at least one program` });
    }
    if (problems.length) throw ApiError.inputProblems(problems);
    return programs;
  }

  /** A supervisor whose team still has active members cannot stop supervising: the team would have no one. */
  private async refuseOrphaningTeam(ctx: WriteContext, supervisor: StaffUserEntity, action: string): Promise<void> {
    const [{ members }] = await ctx.manager.query(`SELECT count(*)::int AS members FROM staff_user WHERE supervisor_id = $1 AND active`, [supervisor.id]);
    if (members > 0) {
      const people = members === 1 ? '1 active team member' : `${members} active team members`;
      throw ApiError.conflict(
        `You cannot ${action} ${supervisor.displayName} while they supervise ${people}: give ${members === 1 ? 'them' : 'each of them'} another supervisor first.`,
        { reason: 'TEAM_WOULD_BE_ORPHANED', teamMembers: members, entity: AuditEntityType.STAFF_USER, id: supervisor.id },
      );
    }
  }

  /** The organization keeps at least one active administrator, or nobody could manage it again. */
  private async refuseLosingLastAdmin(ctx: WriteContext, admin: StaffUserEntity): Promise<void> {
    // Locks the admins, so two administrators demoting each other at once cannot both pass.
    const others: unknown[] = await ctx.manager.query(
      `SELECT id FROM staff_user WHERE organization_id = $1 AND role = '${StaffRole.ADMIN}' AND active AND id <> $2 FOR UPDATE`,
      [ctx.organizationId, admin.id],
    );
    if (others.length === 0) {
      throw ApiError.conflict(`${admin.displayName} is the last active administrator: make someone else an administrator first.`, {
        reason: 'LAST_ADMIN',
        entity: AuditEntityType.STAFF_USER,
        id: admin.id,
      });
    }
  }

  private async programIdsOf(ctx: WriteContext, staffId: string): Promise<string[]> {
    const rows = await ctx.manager.getRepository(StaffProgramEntity).find({ where: { staffUserId: staffId } });
    return rows.map((row) => row.programId);
  }

  /** Makes the person's programs exactly these. */
  private async setPrograms(ctx: WriteContext, staffId: string, programs: readonly ProgramEntity[]): Promise<void> {
    const keep = programs.map((program) => program.id);
    await ctx.manager
      .createQueryBuilder()
      .delete()
      .from(StaffProgramEntity)
      .where(keep.length ? 'staff_user_id = :staffId AND program_id NOT IN (:...keep)' : 'staff_user_id = :staffId', { staffId, keep })
      .execute();
    if (keep.length) {
      await ctx.manager
        .createQueryBuilder()
        .insert()
        .into(StaffProgramEntity)
        .values(programs.map((program) => ({ staffUserId: staffId, programId: program.id, organizationId: program.organizationId })))
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
  }
}

function toAccount(row: StaffListRow, programs: ProgramModel[]): StaffAccountModel {
  const status = !row.active ? StaffAccountStatus.DEACTIVATED : row.never_set_up ? StaffAccountStatus.INVITED : StaffAccountStatus.ACTIVE;
  return Object.assign(new StaffAccountModel(), {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    supervisor: row.supervisor_id
      ? Object.assign(new StaffMemberModel(), {
          id: row.supervisor_id,
          displayName: row.supervisor_display_name!,
          email: row.supervisor_email!,
          role: row.supervisor_role!,
        })
      : null,
    programs,
    status,
    lastSignedInAt: row.last_signed_in_at,
    requiresCosignature: row.requires_cosignature,
    isPrivacyOfficer: row.is_privacy_officer,
    openCaseloadSize: row.open_caseload,
    clientsNeedingReassignment: row.active ? 0 : row.open_caseload,
  });
}

function emailTaken(email: string): ApiError {
  // Worded field-first like every input problem: the form shows it under Email as "Is already in use…".
  return ApiError.inputProblems([{ field: 'email', problem: `email is already in use by another CareCircle account (${email})` }], 'EMAIL_TAKEN');
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
