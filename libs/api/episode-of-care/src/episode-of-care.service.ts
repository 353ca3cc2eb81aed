import { Injectable } from '@nestjs/common';
import { format, parseISO, subDays } from 'date-fns';
import {
  AuditAction,
  AuditEntityType,
  ClientStatus,
  DISCHARGE_REASON_LABELS,
  StaffRole,
  mayReadmit,
  readmissionDateProblem,
  type IsoDate,
} from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ProgramEntity } from '@carecircle/api/organizations';
import { ClientAccessPolicy, ClientEntity, type EditableClient, type VisibleClientIds } from '@carecircle/api/clients';
import { CareTeamRole, CareTeamService } from '@carecircle/api/care-team';
import type { AdmitClientInput } from './admit-client.input';
import type { ChangeLevelOfCareInput } from './change-level-of-care.input';
import type { DischargeClientInput } from './discharge-client.input';
import { EpisodeOfCareEntity } from './episode-of-care.entity';
import type { EpisodeOfCareWithDetails } from './episode-of-care.model';
import { LevelOfCareChangeEntity } from './level-of-care-change.entity';
import type { LevelOfCareChangeWithStaff } from './level-of-care-change.model';
import type { PossibleDuplicateClientModel } from './possible-duplicate-client.model';
import type { ReadmitClientInput } from './readmit-client.input';

/** An episode with its level-of-care steps, as `Client.episodes` shows it. */
export interface EpisodeWithHistory {
  episode: EpisodeOfCareWithDetails;
  history: LevelOfCareChangeWithStaff[];
}

/**
 * Episodes of care: admission, level-of-care changes, discharge and readmission, each checked
 * against the client's version. They run in the write path: one transaction with its audit rows.
 *
 * The client row's program, admission date, level of care, status and discharge columns are the
 * projection of the client's latest episode. This service is their only writer, and it writes them
 * in the same transaction as the episode row, so the rest of the API can keep reading the client.
 */
@Injectable()
export class EpisodeOfCareService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly careTeam: CareTeamService,
    private readonly clock: Clock,
  ) {}

  async admit(ctx: WriteContext, input: AdmitClientInput): Promise<EditableClient> {
    this.access.assertMayReadClinicalData(ctx.staff);
    const today = this.clock.today();
    const problems: FieldProblem[] = [];
    if (input.dateOfBirth >= today) problems.push({ field: 'dateOfBirth', problem: 'dateOfBirth must be in the past' });
    if (input.admissionDate > today) problems.push({ field: 'admissionDate', problem: 'admissionDate cannot be in the future' });
    else if (input.admissionDate <= input.dateOfBirth) problems.push({ field: 'admissionDate', problem: 'admissionDate must be after dateOfBirth' });
    if (input.recoveryStartDate && input.recoveryStartDate > today) {
      problems.push({ field: 'recoveryStartDate', problem: 'recoveryStartDate cannot be after today' });
    }
    if (problems.length) throw ApiError.inputProblems(problems);

    const manager = ctx.manager;
    const program = await manager.getRepository(ProgramEntity).findOneBy({ id: input.programId, organizationId: ctx.organizationId });
    if (!program) throw ApiError.notFound('Program', input.programId);
    const counselorId = await this.primaryCounselor(ctx, input.counselorId ?? null);
    const peerWorkerId = await this.peerWorker(ctx, input.peerWorkerId ?? null);

    const clients = manager.getRepository(ClientEntity);
    const saved = await clients.save(
      clients.create({
        organizationId: ctx.organizationId,
        programId: program.id,
        firstName: input.firstName,
        lastName: input.lastName,
        preferredName: input.preferredName || null,
        dateOfBirth: input.dateOfBirth,
        pronouns: input.pronouns || null,
        levelOfCare: input.levelOfCare,
        status: ClientStatus.ACTIVE,
        admissionDate: input.admissionDate,
        recoveryStartDate: input.recoveryStartDate ?? null,
        dischargeDate: null,
        dischargeReason: null,
        // Unless the intake names one, a new client starts on their program's default schedule.
        checkInSchedule: input.checkInSchedule ?? program.defaultCheckInSchedule,
        receivingIntegratedTreatment: false,
        updatedById: ctx.staffId,
      }),
    );
    await this.openEpisode(ctx, saved.id, 1, {
      programId: program.id,
      admissionDate: input.admissionDate,
      levelOfCare: input.levelOfCare,
      reason: 'Admission',
      counselorId,
      peerWorkerId,
    });

    const fields = ['programId', 'firstName', 'lastName', 'dateOfBirth', 'levelOfCare', 'status', 'admissionDate', 'checkInSchedule'];
    if (saved.preferredName) fields.push('preferredName');
    if (saved.pronouns) fields.push('pronouns');
    if (saved.recoveryStartDate) fields.push('recoveryStartDate');
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.CLIENT, [saved.id], fields);
    // The counselor (or their supervisor) now holds the client: the policy hands it back as editable.
    return this.access.findEditableClient(ctx, saved.id);
  }

  async changeLevelOfCare(ctx: WriteContext, input: ChangeLevelOfCareInput): Promise<EditableClient> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    await assertCurrentVersion(ctx, ClientEntity, client, input.expectedVersion);
    this.assertNotDischarged(client, 'change the level of care');
    const episode = await this.currentEpisode(ctx, client.id);
    const latest = await ctx.manager
      .getRepository(LevelOfCareChangeEntity)
      .createQueryBuilder('change')
      .where('change.episode_id = :episodeId', { episodeId: episode.id })
      .orderBy('change.effective_on', 'DESC')
      .addOrderBy('change.created_at', 'DESC')
      .getOne();
    const today = this.clock.today();
    const problems: FieldProblem[] = [];
    if (input.levelOfCare === client.levelOfCare) problems.push({ field: 'levelOfCare', problem: 'levelOfCare is already the current level of care' });
    if (input.effectiveOn > today) problems.push({ field: 'effectiveOn', problem: 'effectiveOn cannot be in the future' });
    else if (input.effectiveOn < client.admissionDate) problems.push({ field: 'effectiveOn', problem: 'effectiveOn cannot be before the admission date' });
    else if (latest && input.effectiveOn < latest.effectiveOn) {
      problems.push({ field: 'effectiveOn', problem: `effectiveOn cannot be before the last change (${latest.effectiveOn})` });
    }
    if (problems.length) throw ApiError.inputProblems(problems);

    await versionedUpdate(ctx, ClientEntity, client.id, input.expectedVersion, { levelOfCare: input.levelOfCare });
    await ctx.manager.getRepository(EpisodeOfCareEntity).update({ id: episode.id }, { levelOfCare: input.levelOfCare });
    const change = await ctx.manager.getRepository(LevelOfCareChangeEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      episodeId: episode.id,
      fromLevel: client.levelOfCare,
      toLevel: input.levelOfCare,
      effectiveOn: input.effectiveOn,
      reason: input.reason?.trim() || null,
      changedById: ctx.staffId,
    });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['levelOfCare']);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.EPISODE_OF_CARE, [episode.id], ['levelOfCare']);
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.LEVEL_OF_CARE_CHANGE, [change.id], ['fromLevel', 'toLevel', 'effectiveOn', 'reason']);
    return this.access.reloadEditable(ctx, client);
  }

  async discharge(ctx: WriteContext, input: DischargeClientInput): Promise<EditableClient> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    await assertCurrentVersion(ctx, ClientEntity, client, input.expectedVersion);
    this.assertNotDischarged(client, 'discharge them again');
    const problems: FieldProblem[] = [];
    if (input.dischargeDate > this.clock.today()) problems.push({ field: 'dischargeDate', problem: 'dischargeDate cannot be in the future' });
    else if (input.dischargeDate < client.admissionDate) {
      problems.push({ field: 'dischargeDate', problem: `dischargeDate cannot be before the admission date (${client.admissionDate})` });
    }
    if (problems.length) throw ApiError.inputProblems(problems);

    const episode = await this.currentEpisode(ctx, client.id);
    // Read before the care team ends: the counselor responsible on the discharge date.
    const counselorAtDischarge = await this.counselorOn(ctx, client.id, input.dischargeDate);
    await versionedUpdate(ctx, ClientEntity, client.id, input.expectedVersion, {
      status: ClientStatus.DISCHARGED,
      dischargeDate: input.dischargeDate,
      dischargeReason: input.reason,
    });
    await ctx.manager.getRepository(EpisodeOfCareEntity).update(
      { id: episode.id },
      { status: ClientStatus.DISCHARGED, dischargeDate: input.dischargeDate, dischargeReason: input.reason, counselorAtDischargeId: counselorAtDischarge },
    );
    // Loaded before the care team ends: afterwards the client is no longer on anyone's caseload.
    const discharged = await this.access.reloadEditable(ctx, client);
    await this.careTeam.endTeamAfter(ctx, client.id, input.dischargeDate);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['status', 'dischargeDate', 'dischargeReason']);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.EPISODE_OF_CARE, [episode.id], [
      'status',
      'dischargeDate',
      'dischargeReason',
      'counselorAtDischargeId',
    ]);
    return discharged;
  }

  /**
   * Starts episode N+1 on a discharged client's record. Who may: a counselor (onto their own
   * caseload) or a supervisor (naming a counselor on their team) of the client's organization,
   * whoever was responsible before — a discharged client is on nobody's caseload, and the intake
   * finds them through `possibleDuplicateClients`. A client still in treatment, or who died, is
   * refused with CONFLICT; the new admission date must be on or after the last discharge and not
   * in the future. Admission level, care team and the client's projection are written with it.
   */
  async readmit(ctx: WriteContext, input: ReadmitClientInput): Promise<EditableClient> {
    const client = await this.access.findClientForReadmission(ctx, input.clientId);
    await assertCurrentVersion(ctx, ClientEntity, client, input.expectedVersion);
    if (!mayReadmit(client.status, client.dischargeReason)) {
      const message =
        client.status === ClientStatus.DISCHARGED
          ? 'This client’s last episode ended with their death; the record cannot be readmitted.'
          : `This client is still in treatment (${client.status === ClientStatus.ON_HOLD ? 'on hold' : 'active'} since ${client.admissionDate}); ` +
            'discharge the current episode before starting another.';
      throw ApiError.conflict(message, { entity: AuditEntityType.CLIENT, id: client.id, status: client.status });
    }
    const today = this.clock.today();
    const lastDischarge = client.dischargeDate as IsoDate;
    const problems: FieldProblem[] = [];
    const dateProblem = readmissionDateProblem(input.admissionDate, lastDischarge, today);
    if (dateProblem) problems.push({ field: 'admissionDate', problem: dateProblem });
    if (input.recoveryStartDate && input.recoveryStartDate > today) {
      problems.push({ field: 'recoveryStartDate', problem: 'recoveryStartDate cannot be after today' });
    }
    if (problems.length) throw ApiError.inputProblems(problems);

    const program = await ctx.manager.getRepository(ProgramEntity).findOneBy({ id: input.programId, organizationId: ctx.organizationId });
    if (!program) throw ApiError.notFound('Program', input.programId);
    const counselorId = await this.primaryCounselor(ctx, input.counselorId ?? null);
    const peerWorkerId = await this.peerWorker(ctx, input.peerWorkerId ?? null);

    // Discharge leaves the old team responsible through the discharge day; a readmission that
    // same day hands over to the new team, so the record never shows two current counselors.
    await this.careTeam.endTeamAfter(ctx, client.id, format(subDays(parseISO(input.admissionDate), 1), 'yyyy-MM-dd'));
    const last = await ctx.manager.getRepository(EpisodeOfCareEntity).findOne({ where: { clientId: client.id }, order: { sequence: 'DESC' } });
    const sequence = (last?.sequence ?? 0) + 1;
    await this.openEpisode(ctx, client.id, sequence, {
      programId: program.id,
      admissionDate: input.admissionDate,
      levelOfCare: input.levelOfCare,
      reason: `Readmission (episode ${sequence})`,
      counselorId,
      peerWorkerId,
    });
    const changes: Partial<Omit<ClientEntity, 'id' | 'version' | 'updatedAt' | 'updatedById'>> = {
      programId: program.id,
      levelOfCare: input.levelOfCare,
      status: ClientStatus.ACTIVE,
      admissionDate: input.admissionDate,
      dischargeDate: null,
      dischargeReason: null,
    };
    if (input.recoveryStartDate) changes.recoveryStartDate = input.recoveryStartDate;
    if (input.checkInSchedule) changes.checkInSchedule = input.checkInSchedule;
    await versionedUpdate(ctx, ClientEntity, client.id, input.expectedVersion, changes);

    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], Object.keys(changes));
    // The caller (or their team's counselor) is now responsible: the policy hands the record back as editable.
    return this.access.findEditableClient(ctx, client.id);
  }

  /**
   * Clients of the caller's organization who may be the person being admitted: same date of
   * birth, same names once case and spacing are ignored. Each match shown is recorded as read.
   */
  async possibleDuplicates(ctx: RequestContext, person: { firstName: string; lastName: string; dateOfBirth: IsoDate }): Promise<PossibleDuplicateClientModel[]> {
    const matches = await this.access.identityMatches(ctx, person);
    if (matches.length === 0) return [];
    const visible = new Set<string>(await this.access.visibleAmong(ctx, matches.map((client) => client.id)));
    ctx.recordRead(
      AuditEntityType.CLIENT,
      matches.map((client) => client.id),
    );
    return matches.map((client) => ({
      clientId: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      dateOfBirth: client.dateOfBirth,
      status: client.status,
      lastDischargeDate: client.dischargeDate,
      canOpen: visible.has(client.id),
      canReadmit: mayReadmit(client.status, client.dischargeReason),
      version: client.version,
    }));
  }

  /** Every episode of a page of visible clients, oldest first, each with its level-of-care steps: two queries. */
  async episodesOf(ctx: RequestContext, clientIds: VisibleClientIds): Promise<EpisodeWithHistory[][]> {
    const episodes = (await ctx.manager
      .getRepository(EpisodeOfCareEntity)
      .createQueryBuilder('episode')
      .innerJoinAndSelect('episode.program', 'program')
      .leftJoinAndSelect('episode.counselorAtDischarge', 'counselor')
      .where('episode.client_id IN (:...clientIds)', { clientIds })
      .orderBy('episode.sequence', 'ASC')
      .getMany()) as EpisodeOfCareWithDetails[];
    const changes = (await ctx.manager
      .getRepository(LevelOfCareChangeEntity)
      .createQueryBuilder('change')
      .innerJoinAndMapOne('change.changedBy', StaffUserEntity, 'staff', 'staff.id = change.changed_by_id')
      .where('change.client_id IN (:...clientIds)', { clientIds })
      .orderBy('change.effective_on', 'ASC')
      .addOrderBy('change.created_at', 'ASC')
      .getMany()) as LevelOfCareChangeWithStaff[];
    const byEpisode = new Map<string, LevelOfCareChangeWithStaff[]>();
    for (const change of changes) byEpisode.set(change.episodeId, [...(byEpisode.get(change.episodeId) ?? []), change]);
    const withHistory = episodes.map((episode) => ({ episode, history: byEpisode.get(episode.id) ?? [] }));
    return groupByKey(clientIds, withHistory, (row) => row.episode.clientId as (typeof clientIds)[number]);
  }

  async setIntegratedTreatment(ctx: WriteContext, args: { clientId: string; receiving: boolean; expectedVersion: number }): Promise<EditableClient> {
    const client = await this.access.findEditableClient(ctx, args.clientId);
    await versionedUpdate(ctx, ClientEntity, client.id, args.expectedVersion, { receivingIntegratedTreatment: args.receiving });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['receivingIntegratedTreatment']);
    return this.access.reloadEditable(ctx, client);
  }

  /** Level-of-care history of the current (latest) episode for a page of visible clients in one query, oldest first. */
  async levelOfCareHistories(ctx: RequestContext, clientIds: VisibleClientIds): Promise<LevelOfCareChangeWithStaff[][]> {
    const rows = (await ctx.manager
      .getRepository(LevelOfCareChangeEntity)
      .createQueryBuilder('change')
      .innerJoinAndMapOne('change.changedBy', StaffUserEntity, 'staff', 'staff.id = change.changed_by_id')
      .where('change.client_id IN (:...clientIds)', { clientIds })
      .andWhere(
        `change.episode_id = (SELECT latest.id FROM episode_of_care latest WHERE latest.client_id = change.client_id ORDER BY latest.sequence DESC LIMIT 1)`,
      )
      .orderBy('change.effective_on', 'ASC')
      .addOrderBy('change.created_at', 'ASC')
      .getMany()) as LevelOfCareChangeWithStaff[];
    return groupByKey(clientIds, rows, (row) => row.clientId as (typeof clientIds)[number]);
  }

  /** Inserts an open episode and records it; the caller writes the client's projection in the same transaction. */
  /**
   * Opens episode `sequence`: the episode row, its admission step in the level-of-care history and
   * its care team (the primary counselor, and the peer worker when one is named), each audited.
   * Admission and readmission differ only in what they do to the client row around it.
   */
  private async openEpisode(
    ctx: WriteContext,
    clientId: string,
    sequence: number,
    start: {
      programId: string;
      admissionDate: IsoDate;
      levelOfCare: EpisodeOfCareEntity['levelOfCare'];
      reason: string;
      counselorId: string;
      peerWorkerId: string | null;
    },
  ): Promise<EpisodeOfCareEntity> {
    const episode = await ctx.manager.getRepository(EpisodeOfCareEntity).save({
      organizationId: ctx.organizationId,
      clientId,
      sequence,
      programId: start.programId,
      admissionDate: start.admissionDate,
      levelOfCare: start.levelOfCare,
      status: ClientStatus.ACTIVE,
      dischargeDate: null,
      dischargeReason: null,
      counselorAtDischargeId: null,
    });
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.EPISODE_OF_CARE, [episode.id], [
      'sequence',
      'programId',
      'admissionDate',
      'levelOfCare',
      'status',
    ]);
    const admission = await ctx.manager.getRepository(LevelOfCareChangeEntity).save({
      organizationId: ctx.organizationId,
      clientId,
      episodeId: episode.id,
      fromLevel: null,
      toLevel: start.levelOfCare,
      effectiveOn: start.admissionDate,
      reason: start.reason,
      changedById: ctx.staffId,
    });
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.LEVEL_OF_CARE_CHANGE, [admission.id], ['toLevel', 'effectiveOn', 'reason']);
    await this.careTeam.assign(ctx, clientId, start.counselorId, CareTeamRole.COUNSELOR, start.admissionDate);
    if (start.peerWorkerId) await this.careTeam.assign(ctx, clientId, start.peerWorkerId, CareTeamRole.PEER_SUPPORT, start.admissionDate);
    return episode;
  }

  /** The client's latest episode, the one the client row projects. */
  private async currentEpisode(ctx: WriteContext, clientId: string): Promise<EpisodeOfCareEntity> {
    return ctx.manager.getRepository(EpisodeOfCareEntity).findOneOrFail({ where: { clientId }, order: { sequence: 'DESC' } });
  }

  /** The primary counselor whose assignment covers `day` (ended_on is exclusive), the latest if several. */
  private async counselorOn(ctx: WriteContext, clientId: string, day: IsoDate): Promise<string | null> {
    const rows: Array<{ staff_user_id: string }> = await ctx.manager.query(
      `SELECT staff_user_id FROM care_team_assignment
       WHERE client_id = $1 AND role = 'COUNSELOR' AND started_on <= $2::date AND (ended_on IS NULL OR ended_on > $2::date)
       ORDER BY started_on DESC, created_at DESC LIMIT 1`,
      [clientId, day],
    );
    return rows[0]?.staff_user_id ?? null;
  }

  /** An active peer support worker of the caller's organization, or a field problem. */
  private async peerWorker(ctx: WriteContext, peerWorkerId: string | null): Promise<string | null> {
    if (!peerWorkerId) return null;
    const peer = await ctx.manager.getRepository(StaffUserEntity).findOneBy({
      id: peerWorkerId,
      organizationId: ctx.organizationId,
      role: StaffRole.PEER_SUPPORT,
      active: true,
    });
    if (!peer) throw ApiError.inputProblems([{ field: 'peerWorkerId', problem: 'peerWorkerId must be an active peer support worker of your organization' }]);
    return peer.id;
  }

  private async primaryCounselor(ctx: WriteContext, counselorId: string | null): Promise<string> {
    const me = ctx.staff;
    if (me.role === StaffRole.COUNSELOR) {
      if (counselorId && counselorId !== me.id) {
        throw ApiError.inputProblems([
        { field: 'counselorId', problem: 'a counselor admits onto their own caseload: leave counselorId empty or give your own id' },
      ]);
      }
      return me.id;
    }
    if (me.role !== StaffRole.SUPERVISOR) throw ApiError.forbidden('Only a counselor or a clinical supervisor can admit a client.');
    if (!counselorId) {
      throw ApiError.inputProblems([{ field: 'counselorId', problem: 'counselorId is required when a supervisor admits: name a counselor on your team' }]);
    }
    const counselor = await ctx.manager.getRepository(StaffUserEntity).findOneBy({
      id: counselorId,
      organizationId: me.organizationId,
      role: StaffRole.COUNSELOR,
      supervisorId: me.id,
      active: true,
    });
    if (!counselor) throw ApiError.inputProblems([{ field: 'counselorId', problem: 'counselorId must be an active counselor on your team' }]);
    return counselor.id;
  }

  private assertNotDischarged(client: ClientEntity, what: string): void {
    if (client.status === ClientStatus.DISCHARGED) {
      const reason = client.dischargeReason ? DISCHARGE_REASON_LABELS[client.dischargeReason].toLowerCase() : 'no reason recorded';
      throw ApiError.conflict(
        `This client was discharged on ${client.dischargeDate ?? 'an unrecorded date'} (${reason}); you cannot ${what}.`,
        { entity: 'Client', id: client.id, status: client.status },
      );
    }
  }
}
