import { Injectable } from '@nestjs/common';
import { AuditAction, AuditEntityType, ClientStatus, DISCHARGE_REASON_LABELS, StaffRole } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ProgramEntity } from '@carecircle/api/organizations';
import { ClientAccessPolicy, ClientEntity, type EditableClient, type VisibleClientIds } from '@carecircle/api/clients';
import { CareTeamRole, CareTeamService } from '@carecircle/api/care-team';
import type { AdmitClientInput } from './admit-client.input';
import type { ChangeLevelOfCareInput } from './change-level-of-care.input';
import type { DischargeClientInput } from './discharge-client.input';
import { LevelOfCareChangeEntity } from './level-of-care-change.entity';
import type { LevelOfCareChangeWithStaff } from './level-of-care-change.model';

/**
 * The episode of care: admission, level-of-care changes and discharge, each checked against the
 * client's version. They run in the write path: one transaction with its audit rows.
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
        receivingIntegratedTreatment: false,
        updatedById: ctx.staffId,
      }),
    );
    const change = await manager.getRepository(LevelOfCareChangeEntity).save({
      organizationId: ctx.organizationId,
      clientId: saved.id,
      fromLevel: null,
      toLevel: input.levelOfCare,
      effectiveOn: input.admissionDate,
      reason: 'Admission',
      changedById: ctx.staffId,
    });
    await this.careTeam.assign(ctx, saved.id, counselorId, CareTeamRole.COUNSELOR, input.admissionDate);

    const fields = ['programId', 'firstName', 'lastName', 'dateOfBirth', 'levelOfCare', 'status', 'admissionDate'];
    if (saved.preferredName) fields.push('preferredName');
    if (saved.pronouns) fields.push('pronouns');
    if (saved.recoveryStartDate) fields.push('recoveryStartDate');
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.CLIENT, [saved.id], fields);
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.LEVEL_OF_CARE_CHANGE, [change.id], ['toLevel', 'effectiveOn', 'reason']);
    // The counselor (or their supervisor) now holds the client: the policy hands it back as editable.
    return this.access.findEditableClient(ctx, saved.id);
  }

  async changeLevelOfCare(ctx: WriteContext, input: ChangeLevelOfCareInput): Promise<EditableClient> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    await assertCurrentVersion(ctx, ClientEntity, client, input.expectedVersion);
    this.assertNotDischarged(client, 'change the level of care');
    const latest = await ctx.manager
      .getRepository(LevelOfCareChangeEntity)
      .createQueryBuilder('change')
      .where('change.client_id = :clientId', { clientId: client.id })
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
    const change = await ctx.manager.getRepository(LevelOfCareChangeEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      fromLevel: client.levelOfCare,
      toLevel: input.levelOfCare,
      effectiveOn: input.effectiveOn,
      reason: input.reason?.trim() || null,
      changedById: ctx.staffId,
    });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['levelOfCare']);
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

    await versionedUpdate(ctx, ClientEntity, client.id, input.expectedVersion, {
      status: ClientStatus.DISCHARGED,
      dischargeDate: input.dischargeDate,
      dischargeReason: input.reason,
    });
    // Loaded before the care team ends: afterwards the client is no longer on anyone's caseload.
    const discharged = await this.access.reloadEditable(ctx, client);
    await this.careTeam.endTeamAfter(ctx, client.id, input.dischargeDate);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['status', 'dischargeDate', 'dischargeReason']);
    return discharged;
  }

  async setIntegratedTreatment(ctx: WriteContext, args: { clientId: string; receiving: boolean; expectedVersion: number }): Promise<EditableClient> {
    const client = await this.access.findEditableClient(ctx, args.clientId);
    await versionedUpdate(ctx, ClientEntity, client.id, args.expectedVersion, { receivingIntegratedTreatment: args.receiving });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [client.id], ['receivingIntegratedTreatment']);
    return this.access.reloadEditable(ctx, client);
  }

  /** Level-of-care history for a page of visible clients in one query, oldest first. */
  async levelOfCareHistories(ctx: RequestContext, clientIds: VisibleClientIds): Promise<LevelOfCareChangeWithStaff[][]> {
    const rows = (await ctx.manager
      .getRepository(LevelOfCareChangeEntity)
      .createQueryBuilder('change')
      .innerJoinAndMapOne('change.changedBy', StaffUserEntity, 'staff', 'staff.id = change.changed_by_id')
      .where('change.client_id IN (:...clientIds)', { clientIds })
      .orderBy('change.effective_on', 'ASC')
      .addOrderBy('change.created_at', 'ASC')
      .getMany()) as LevelOfCareChangeWithStaff[];
    return groupByKey(clientIds, rows, (row) => row.clientId as (typeof clientIds)[number]);
  }

  private async primaryCounselor(ctx: WriteContext, counselorId: string | null): Promise<string> {
    const me = ctx.staff;
    if (me.role === StaffRole.COUNSELOR) {
      if (counselorId && counselorId !== me.id) {
        throw ApiError.inputProblems([{ field: 'counselorId', problem: 'a counselor admits onto their own caseload: leave counselorId empty or give your own id' }]);
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
