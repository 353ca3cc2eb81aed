import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import {
  ApiErrorCode,
  AuditAction,
  AuditEntityType,
  CARE_TEAM_ROLE_LABELS,
  ClientStatus,
  StaffRole,
  assignmentDateProblem,
  type IsoDate,
} from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { StaffProgramEntity, StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type EditableClient, type VisibleClient, type VisibleClientIds, type VisibleClientId } from '@carecircle/api/clients';
import { CareTeamAssignmentEntity } from './care-team-assignment.entity';
import { CareTeamRole } from './care-team-role';
import type { AssignCareTeamMemberInput } from './assign-care-team-member.input';
import type { MoveCaseloadInput } from './move-caseload.input';

/** Why one change cannot be made, in the shape of the error the single assignment throws. */
interface Refusal {
  code: ApiErrorCode.NOT_FOUND | ApiErrorCode.BAD_USER_INPUT | ApiErrorCode.CONFLICT | ApiErrorCode.FORBIDDEN;
  /** Which part of the change is wrong: the client, the new person, or the date. */
  part: 'client' | 'staff' | 'date';
  problem: string;
  reason?: string;
  entity?: string;
  id?: string;
  clientName?: string;
}

/** A change that passed every rule, with what it needs to be written. */
interface Checked {
  client: EditableClient;
  role: CareTeamRole;
  staff: StaffUserEntity;
  effectiveOn: IsoDate;
  /** The open assignments of that role it ends (normally one). */
  current: CareTeamAssignmentEntity[];
}

type Outcome = { ok: Checked } | { refused: Refusal };

/**
 * Reassignment: the one place that changes who holds a client's counselor or peer-worker part after
 * admission. A single assignment and a caseload move apply the same rules through `check`, and
 * write through `apply`, so the two cannot drift apart. Only a clinical supervisor reassigns.
 */
@Injectable()
export class CareTeamAssignmentService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  /** assignCareTeamMember: one client, one part. Refusals throw their own code and reason; nothing is written. */
  async assign(ctx: WriteContext, input: AssignCareTeamMemberInput): Promise<EditableClient> {
    this.assertSupervisor(ctx);
    const outcome = await this.check(ctx, input.clientId, input.role, input.staffUserId, input.effectiveOn, { throwClientErrors: true });
    if ('refused' in outcome) throw this.toError(outcome.refused, 'staffUserId');
    await this.apply(ctx, outcome.ok);
    return outcome.ok.client;
  }

  /**
   * moveCaseload: each listed client of `fromStaffId`'s caseload to the colleague named for them, on
   * one day, all or none. Every refused move is named (`moves.3.toStaffId`) in one BAD_USER_INPUT.
   * Returns how many clients moved.
   */
  async move(ctx: WriteContext, input: MoveCaseloadInput): Promise<number> {
    this.assertSupervisor(ctx);
    const from = await this.teamMember(ctx, input.fromStaffId);
    const role = from.role === StaffRole.PEER_SUPPORT ? CareTeamRole.PEER_SUPPORT : CareTeamRole.COUNSELOR;
    const farthest = assignmentDateProblem(input.effectiveOn, { today: this.clock.today(), admissionDate: '0000-01-01', currentStartedOn: null });
    if (farthest) throw ApiError.inputProblems([{ field: 'effectiveOn', problem: farthest }]);

    const problems: FieldProblem[] = [];
    const accepted: Checked[] = [];
    const seen = new Set<string>();
    for (const [i, move] of input.moves.entries()) {
      if (seen.has(move.clientId)) {
        problems.push({ field: `moves.${i}.clientId`, problem: 'clientId is listed more than once in this move' });
        continue;
      }
      seen.add(move.clientId);
      const outcome = await this.check(ctx, move.clientId, role, move.toStaffId, input.effectiveOn, { throwClientErrors: false, from });
      if ('refused' in outcome) {
        const { part, problem } = outcome.refused;
        // A date problem is about that client's dates (their admission, their current assignment): it sits on the client.
        const field = part === 'staff' ? `moves.${i}.toStaffId` : `moves.${i}.clientId`;
        problems.push({ field, problem: part === 'date' ? `${this.nameOf(outcome.refused)}: ${problem}` : problem });
      } else {
        accepted.push(outcome.ok);
      }
    }
    if (problems.length) throw ApiError.inputProblems(problems);
    // Sequential on purpose: one transaction, one connection (no Promise.all inside a transaction).
    for (const change of accepted) await this.apply(ctx, change);
    return accepted.length;
  }

  /**
   * The clients currently on `staffId`'s caseload (as counselor, or as peer worker for a peer) that
   * the supervisor can see, for the move page. The person must be the supervisor or on their team,
   * active or deactivated; otherwise NOT_FOUND.
   */
  async caseloadOf(ctx: RequestContext, staffId: string): Promise<VisibleClient[]> {
    this.assertSupervisor(ctx);
    const person = await this.teamMember(ctx, staffId);
    const role = person.role === StaffRole.PEER_SUPPORT ? CareTeamRole.PEER_SUPPORT : CareTeamRole.COUNSELOR;
    const rows = await this.access
      .visibleClients(ctx)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.status <> :discharged', { discharged: ClientStatus.DISCHARGED })
      .andWhere(
        `EXISTS (SELECT 1 FROM care_team_assignment co_cta WHERE co_cta.client_id = client.id AND co_cta.role = :coRole
           AND co_cta.staff_user_id = :coStaff AND co_cta.started_on <= :coToday AND (co_cta.ended_on IS NULL OR co_cta.ended_on > :coToday))`,
        { coRole: role, coStaff: person.id, coToday: this.clock.today() },
      )
      .orderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .addOrderBy('client.id', 'ASC')
      .getMany();
    return this.access.disclose(ctx, rows);
  }

  /** Every assignment of a page of visible clients, newest first: one query. */
  async histories(ctx: RequestContext, clientIds: VisibleClientIds): Promise<CareTeamAssignmentEntity[][]> {
    const rows = await ctx.manager
      .getRepository(CareTeamAssignmentEntity)
      .createQueryBuilder('cta')
      .innerJoinAndSelect('cta.staffUser', 'staff')
      .where('cta.client_id IN (:...clientIds)', { clientIds })
      .orderBy('cta.started_on', 'DESC')
      .addOrderBy('cta.created_at', 'DESC')
      .addOrderBy('cta.id', 'ASC')
      .getMany();
    return groupByKey(clientIds, rows, (row) => row.clientId as VisibleClientId);
  }

  /** Every rule of one change, in the order a person would fix them; the first refusal wins. */
  private async check(
    ctx: RequestContext,
    clientId: string,
    role: CareTeamRole,
    staffUserId: string,
    effectiveOn: IsoDate,
    options: { throwClientErrors: boolean; from?: StaffUserEntity },
  ): Promise<Outcome> {
    const refuse = (refusal: Refusal): Outcome => ({ refused: refusal });
    let client: EditableClient;
    try {
      client = await this.access.findEditableClient(ctx, clientId);
    } catch (error) {
      if (options.throwClientErrors || !(error instanceof ApiError)) throw error;
      // In a move, a client the supervisor cannot change is one bad move among others; unknown and
      // out-of-scope look the same, as NOT_FOUND does.
      return refuse({ code: ApiErrorCode.NOT_FOUND, part: 'client', problem: 'clientId was not found among the clients you can reassign' });
    }
    const named = { entity: 'Client', id: client.id, clientName: `${client.firstName} ${client.lastName}` };
    if (client.status === ClientStatus.DISCHARGED) {
      return refuse({
        code: ApiErrorCode.CONFLICT,
        part: 'client',
        problem: `${named.clientName} was discharged on ${client.dischargeDate ?? 'an unrecorded date'}; readmit them before changing their care team`,
        reason: 'CLIENT_DISCHARGED',
        ...named,
      });
    }
    const current = await ctx.manager
      .getRepository(CareTeamAssignmentEntity)
      .createQueryBuilder('cta')
      .where('cta.client_id = :clientId AND cta.role = :role', { clientId: client.id, role })
      .andWhere(new Brackets((w) => w.where('cta.ended_on IS NULL').orWhere('cta.ended_on > :effectiveOn', { effectiveOn })))
      .orderBy('cta.started_on', 'DESC')
      .getMany();
    const from = options.from;
    if (from && !current.some((a) => a.staffUserId === from.id && a.endedOn === null)) {
      return refuse({
        code: ApiErrorCode.BAD_USER_INPUT,
        part: 'client',
        problem: `${named.clientName} is not on ${from.displayName}'s caseload`,
        ...named,
      });
    }

    const staff = await ctx.manager.getRepository(StaffUserEntity).findOneBy({ id: staffUserId, organizationId: ctx.organizationId });
    if (!staff) return refuse({ code: ApiErrorCode.NOT_FOUND, part: 'staff', problem: 'this staff member was not found in your organization', entity: AuditEntityType.STAFF_USER, id: staffUserId });
    const staffRefusal = await this.staffRefusal(ctx, client, role, staff);
    if (staffRefusal) return refuse(staffRefusal);

    const dateProblem = assignmentDateProblem(effectiveOn, {
      today: this.clock.today(),
      admissionDate: client.admissionDate,
      currentStartedOn: current[0]?.startedOn ?? null,
    });
    if (dateProblem) return refuse({ code: ApiErrorCode.BAD_USER_INPUT, part: 'date', problem: dateProblem, ...named });

    if (current.some((a) => a.staffUserId === staff.id)) {
      return refuse({
        code: ApiErrorCode.CONFLICT,
        part: 'staff',
        problem: `${staff.displayName} is already ${named.clientName}'s ${CARE_TEAM_ROLE_LABELS[role].toLowerCase()}`,
        reason: 'ALREADY_ASSIGNED',
        ...named,
      });
    }
    return { ok: { client, role, staff, effectiveOn, current } };
  }

  /** Who may hold the part: an active person of the right role, on the team (counselor) or in the program (peer). */
  private async staffRefusal(ctx: RequestContext, client: EditableClient, role: CareTeamRole, staff: StaffUserEntity): Promise<Refusal | null> {
    const staffRefusal = (problem: string, reason: string): Refusal => ({ code: ApiErrorCode.BAD_USER_INPUT, part: 'staff', problem, reason });
    if (!staff.active) return staffRefusal(`${staff.displayName} is deactivated and cannot take on clients`, 'STAFF_INACTIVE');
    const me = ctx.staff;
    if (role === CareTeamRole.COUNSELOR) {
      if (staff.id === me.id) return null;
      if (staff.role !== StaffRole.COUNSELOR) return staffRefusal(`${staff.displayName} is not a counselor`, 'WRONG_ROLE');
      if (staff.supervisorId !== me.id) return staffRefusal(`${staff.displayName} is not on your team`, 'NOT_ON_YOUR_TEAM');
      return null;
    }
    if (staff.role !== StaffRole.PEER_SUPPORT) return staffRefusal(`${staff.displayName} is not a peer support worker`, 'WRONG_ROLE');
    const inProgram = await ctx.manager.getRepository(StaffProgramEntity).existsBy({ staffUserId: staff.id, programId: client.programId });
    if (!inProgram) {
      return staffRefusal(`${staff.displayName} does not work in ${client.program?.name ?? "the client's program"}`, 'PEER_NOT_IN_PROGRAM');
    }
    return null;
  }

  /** Ends the open assignments of the part on `effectiveOn` (exclusive) and starts the new one that day, audited. */
  private async apply(ctx: WriteContext, change: Checked): Promise<void> {
    const repo = ctx.manager.getRepository(CareTeamAssignmentEntity);
    for (const previous of change.current) {
      await repo.update({ id: previous.id }, { endedOn: change.effectiveOn });
    }
    if (change.current.length) {
      ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CARE_TEAM_ASSIGNMENT, change.current.map((a) => a.id), ['endedOn']);
    }
    const started = await repo.save({
      organizationId: ctx.organizationId,
      clientId: change.client.id,
      staffUserId: change.staff.id,
      role: change.role,
      startedOn: change.effectiveOn,
      endedOn: null,
    });
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.CARE_TEAM_ASSIGNMENT, [started.id], ['clientId', 'staffUserId', 'role', 'startedOn']);
  }

  /** The supervisor themselves or a member of their team (active or not), in their organization; otherwise NOT_FOUND. */
  private async teamMember(ctx: RequestContext, staffId: string): Promise<StaffUserEntity> {
    const person = await ctx.manager.getRepository(StaffUserEntity).findOneBy({ id: staffId, organizationId: ctx.organizationId });
    const onTeam = person && (person.id === ctx.staff.id || person.supervisorId === ctx.staff.id);
    if (!person || !onTeam || (person.role !== StaffRole.COUNSELOR && person.role !== StaffRole.PEER_SUPPORT && person.id !== ctx.staff.id)) {
      throw ApiError.notFound(AuditEntityType.STAFF_USER, staffId);
    }
    return person;
  }

  private assertSupervisor(ctx: RequestContext): void {
    if (ctx.staff.role !== StaffRole.SUPERVISOR) throw ApiError.forbidden('Only a clinical supervisor reassigns care teams.');
  }

  private nameOf(refusal: Refusal): string {
    return refusal.clientName ?? 'This client';
  }

  private toError(refusal: Refusal, staffField: string): ApiError {
    switch (refusal.code) {
      case ApiErrorCode.NOT_FOUND:
        return ApiError.notFound(refusal.entity ?? 'Client', refusal.id ?? '');
      case ApiErrorCode.CONFLICT:
        return ApiError.conflict(`${refusal.problem}.`, { entity: refusal.entity, id: refusal.id, reason: refusal.reason });
      case ApiErrorCode.FORBIDDEN:
        return ApiError.forbidden(refusal.problem);
      default: {
        const field = refusal.part === 'date' ? 'effectiveOn' : refusal.part === 'staff' ? staffField : 'clientId';
        return ApiError.inputProblems([{ field, problem: refusal.problem }], refusal.reason);
      }
    }
  }
}
