import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ClientStatus, DISCHARGE_REASON_LABELS, StaffRole } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type FieldProblem, type StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ProgramEntity } from '@carecircle/api/organizations';
import type { AdmitClientInput } from './admit-client.input';
import type { ChangeLevelOfCareInput } from './change-level-of-care.input';
import { ClientAccessPolicy } from './client-access.policy';
import { ClientEntity } from './client.entity';
import type { DischargeClientInput } from './discharge-client.input';
import { LevelOfCareChangeEntity } from './level-of-care-change.entity';
import type { LevelOfCareChangeWithStaff } from './level-of-care-change.model';
import { staleWriteError } from './stale-write';

/** Who is acting, for the audit rows written inside each transaction. */
export interface Actor {
  me: StaffPrincipal;
  requestId: string;
}

const CLIENT = { label: 'client record', auditType: 'Client' };

function inputError(problems: FieldProblem[]): ApiError {
  return ApiError.badInput(`Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, problems);
}

/**
 * The episode of care: admission, level-of-care changes and discharge. Each write is one
 * transaction with its audit rows, checked against the client's version.
 */
@Injectable()
export class EpisodeOfCareService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async admit({ me, requestId }: Actor, input: AdmitClientInput): Promise<ClientEntity> {
    this.access.assertMayReadClinicalData(me);
    const today = this.clock.today();
    const problems: FieldProblem[] = [];
    if (input.dateOfBirth >= today) problems.push({ field: 'dateOfBirth', problem: 'dateOfBirth must be in the past' });
    if (input.admissionDate > today) problems.push({ field: 'admissionDate', problem: 'admissionDate cannot be in the future' });
    else if (input.admissionDate <= input.dateOfBirth) problems.push({ field: 'admissionDate', problem: 'admissionDate must be after dateOfBirth' });
    if (input.recoveryStartDate && input.recoveryStartDate > today) {
      problems.push({ field: 'recoveryStartDate', problem: 'recoveryStartDate cannot be after today' });
    }
    if (problems.length) throw inputError(problems);

    return this.dataSource.transaction(async (manager) => {
      const program = await manager.getRepository(ProgramEntity).findOneBy({ id: input.programId, organizationId: me.organizationId });
      if (!program) throw ApiError.notFound('Program', input.programId);
      const counselorId = await this.primaryCounselor(me, input.counselorId ?? null, manager);

      const clients = manager.getRepository(ClientEntity);
      const client = await clients.save(
        clients.create({
          organizationId: me.organizationId,
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
        }),
      );
      const change = await manager.getRepository(LevelOfCareChangeEntity).save({
        organizationId: me.organizationId,
        clientId: client.id,
        fromLevel: null,
        toLevel: input.levelOfCare,
        effectiveOn: input.admissionDate,
        reason: 'Admission',
        changedById: me.id,
      });
      // The care-team lib depends on this one, so the first assignment is written by table name.
      const [assignment] = (await manager.query(
        `INSERT INTO care_team_assignment (organization_id, client_id, staff_user_id, role, started_on)
         VALUES ($1, $2, $3, 'COUNSELOR', $4) RETURNING id`,
        [me.organizationId, client.id, counselorId, input.admissionDate],
      )) as Array<{ id: string }>;

      const fields = ['programId', 'firstName', 'lastName', 'dateOfBirth', 'levelOfCare', 'status', 'admissionDate'];
      if (client.preferredName) fields.push('preferredName');
      if (client.pronouns) fields.push('pronouns');
      if (client.recoveryStartDate) fields.push('recoveryStartDate');
      await this.audit.record({ actor: me, requestId, action: 'CREATE', entityType: 'Client', entityIds: [client.id], fields }, manager);
      await this.audit.record(
        { actor: me, requestId, action: 'CREATE', entityType: 'LevelOfCareChange', entityIds: [change.id], fields: ['toLevel', 'effectiveOn', 'reason'] },
        manager,
      );
      await this.audit.record(
        { actor: me, requestId, action: 'CREATE', entityType: 'CareTeamAssignment', entityIds: assignment ? [assignment.id] : [], fields: ['staffUserId', 'role', 'startedOn'] },
        manager,
      );
      client.program = program;
      return client;
    });
  }

  async changeLevelOfCare({ me, requestId }: Actor, input: ChangeLevelOfCareInput): Promise<ClientEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, input.clientId, manager);
      await this.assertCurrentVersion(manager, client, input.expectedVersion);
      this.assertNotDischarged(client, 'change the level of care');
      const latest = await manager
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
      if (problems.length) throw inputError(problems);

      await this.updateVersioned(manager, client.id, input.expectedVersion, { levelOfCare: input.levelOfCare });
      const change = await manager.getRepository(LevelOfCareChangeEntity).save({
        organizationId: client.organizationId,
        clientId: client.id,
        fromLevel: client.levelOfCare,
        toLevel: input.levelOfCare,
        effectiveOn: input.effectiveOn,
        reason: input.reason?.trim() || null,
        changedById: me.id,
      });
      await this.audit.record({ actor: me, requestId, action: 'UPDATE', entityType: 'Client', entityIds: [client.id], fields: ['levelOfCare'] }, manager);
      await this.audit.record(
        { actor: me, requestId, action: 'CREATE', entityType: 'LevelOfCareChange', entityIds: [change.id], fields: ['fromLevel', 'toLevel', 'effectiveOn', 'reason'] },
        manager,
      );
      return this.reload(manager, client.id);
    });
  }

  async discharge({ me, requestId }: Actor, input: DischargeClientInput): Promise<ClientEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, input.clientId, manager);
      await this.assertCurrentVersion(manager, client, input.expectedVersion);
      this.assertNotDischarged(client, 'discharge them again');
      const problems: FieldProblem[] = [];
      if (input.dischargeDate > this.clock.today()) problems.push({ field: 'dischargeDate', problem: 'dischargeDate cannot be in the future' });
      else if (input.dischargeDate < client.admissionDate) {
        problems.push({ field: 'dischargeDate', problem: `dischargeDate cannot be before the admission date (${client.admissionDate})` });
      }
      if (problems.length) throw inputError(problems);

      await this.updateVersioned(manager, client.id, input.expectedVersion, {
        status: ClientStatus.DISCHARGED,
        dischargeDate: input.dischargeDate,
        dischargeReason: input.reason,
      });
      // Loaded before the care team ends: afterwards the client is no longer on anyone's caseload.
      const discharged = await this.reload(manager, client.id);
      // ended_on is exclusive: the team stays responsible through the discharge day.
      const [ended] = (await manager.query(
        `UPDATE care_team_assignment
            SET ended_on = GREATEST(started_on, $2::date + 1), updated_at = now()
          WHERE client_id = $1 AND (ended_on IS NULL OR ended_on > $2::date + 1)
          RETURNING id`,
        [client.id, input.dischargeDate],
      )) as [Array<{ id: string }>, number];
      await this.audit.record(
        { actor: me, requestId, action: 'UPDATE', entityType: 'Client', entityIds: [client.id], fields: ['status', 'dischargeDate', 'dischargeReason'] },
        manager,
      );
      await this.audit.record(
        { actor: me, requestId, action: 'UPDATE', entityType: 'CareTeamAssignment', entityIds: ended.map((row) => row.id), fields: ['endedOn'] },
        manager,
      );
      return discharged;
    });
  }

  async setIntegratedTreatment(
    { me, requestId }: Actor,
    args: { clientId: string; receiving: boolean; expectedVersion: number },
  ): Promise<ClientEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, args.clientId, manager);
      await this.assertCurrentVersion(manager, client, args.expectedVersion);
      await this.updateVersioned(manager, client.id, args.expectedVersion, { receivingIntegratedTreatment: args.receiving });
      await this.audit.record(
        { actor: me, requestId, action: 'UPDATE', entityType: 'Client', entityIds: [client.id], fields: ['receivingIntegratedTreatment'] },
        manager,
      );
      return this.reload(manager, client.id);
    });
  }

  /** Level-of-care history for many clients in one query, oldest first (callers scoped the clients). */
  async levelOfCareHistories(clientIds: readonly string[]): Promise<LevelOfCareChangeWithStaff[][]> {
    const rows = (await this.dataSource
      .getRepository(LevelOfCareChangeEntity)
      .createQueryBuilder('change')
      .innerJoinAndMapOne('change.changedBy', StaffUserEntity, 'staff', 'staff.id = change.changed_by_id')
      .where('change.client_id IN (:...clientIds)', { clientIds })
      .orderBy('change.effective_on', 'ASC')
      .addOrderBy('change.created_at', 'ASC')
      .getMany()) as LevelOfCareChangeWithStaff[];
    return groupByKey(clientIds, rows, (row) => row.clientId);
  }

  private async primaryCounselor(me: StaffPrincipal, counselorId: string | null, manager: EntityManager): Promise<string> {
    if (me.role === StaffRole.COUNSELOR) {
      if (counselorId && counselorId !== me.id) {
        throw inputError([{ field: 'counselorId', problem: 'a counselor admits onto their own caseload: leave counselorId empty or give your own id' }]);
      }
      return me.id;
    }
    if (me.role !== StaffRole.SUPERVISOR) throw ApiError.forbidden('Only a counselor or a clinical supervisor can admit a client.');
    if (!counselorId) {
      throw inputError([{ field: 'counselorId', problem: 'counselorId is required when a supervisor admits: name a counselor on your team' }]);
    }
    const counselor = await manager.getRepository(StaffUserEntity).findOneBy({
      id: counselorId,
      organizationId: me.organizationId,
      role: StaffRole.COUNSELOR,
      supervisorId: me.id,
      active: true,
    });
    if (!counselor) throw inputError([{ field: 'counselorId', problem: 'counselorId must be an active counselor on your team' }]);
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

  /** Refuses early when the caller's version is already old, before judging the rest of the input. */
  private async assertCurrentVersion(manager: EntityManager, client: ClientEntity, expectedVersion: number): Promise<void> {
    if (client.version !== expectedVersion) throw await staleWriteError(manager, CLIENT, client.id, client);
  }

  /** UPDATE … WHERE version = expected; a concurrent write in between still ends in CONFLICT. */
  private async updateVersioned(
    manager: EntityManager,
    clientId: string,
    expectedVersion: number,
    changes: Partial<Pick<ClientEntity, 'levelOfCare' | 'status' | 'dischargeDate' | 'dischargeReason' | 'receivingIntegratedTreatment'>>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ClientEntity)
      .set(changes)
      .where('id = :clientId AND version = :expectedVersion', { clientId, expectedVersion })
      .execute();
    if (result.affected === 0) {
      const current = await manager.getRepository(ClientEntity).findOneByOrFail({ id: clientId });
      throw await staleWriteError(manager, CLIENT, clientId, current);
    }
  }

  /** The client as written, with its program; the caller's access was checked in this transaction. */
  private reload(manager: EntityManager, clientId: string): Promise<ClientEntity> {
    return manager.getRepository(ClientEntity).findOneOrFail({ where: { id: clientId }, relations: { program: true } });
  }
}
