import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DIAGNOSIS_CATALOG, DiagnosisStatus, searchDiagnosisCatalog, type DiagnosisCatalogEntry } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type FieldProblem, type StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { ClientAccessPolicy, staleWriteError, type Actor } from '@carecircle/api/clients';
import { DiagnosisEntity } from './diagnosis.entity';
import type { RecordDiagnosisInput } from './record-diagnosis.input';
import type { UpdateDiagnosisInput } from './update-diagnosis.input';

const DIAGNOSIS = { label: 'diagnosis', auditType: 'Diagnosis' };

function inputError(problems: FieldProblem[]): ApiError {
  return ApiError.badInput(`Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, problems);
}

/** Recording and changing diagnoses (by the client's counselor or their supervisor) and reading them in batches. */
@Injectable()
export class DiagnosesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  catalog(search: string | null | undefined): DiagnosisCatalogEntry[] {
    return searchDiagnosisCatalog(search ?? '', DIAGNOSIS_CATALOG.length);
  }

  async record({ me, requestId }: Actor, input: RecordDiagnosisInput): Promise<DiagnosisEntity> {
    const catalogEntry = DIAGNOSIS_CATALOG.find((entry) => entry.code === input.icd10Code);
    const description = input.description || catalogEntry?.description || '';
    const problems: FieldProblem[] = [];
    if (!description) {
      problems.push({ field: 'description', problem: `description is required for ${input.icd10Code}, which is not in the built-in catalog` });
    }
    if (input.onsetDate && input.onsetDate > this.clock.today()) problems.push({ field: 'onsetDate', problem: 'onsetDate cannot be in the future' });
    if (problems.length) throw inputError(problems);

    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, input.clientId, manager);
      const repo = manager.getRepository(DiagnosisEntity);
      const open = await repo
        .createQueryBuilder('dx')
        .where('dx.client_id = :clientId AND dx.icd10_code = :code', { clientId: client.id, code: input.icd10Code })
        .andWhere('dx.status <> :resolved', { resolved: DiagnosisStatus.RESOLVED })
        .getOne();
      if (open) {
        throw ApiError.conflict(`${input.icd10Code} is already on this client's record (${open.status}); change that diagnosis instead.`, {
          entity: 'Diagnosis',
          id: open.id,
        });
      }
      const saved = await repo.save(
        repo.create({
          organizationId: client.organizationId,
          clientId: client.id,
          icd10Code: input.icd10Code,
          description,
          onsetDate: input.onsetDate ?? null,
          status: input.status,
          recordedById: me.id,
        }),
      );
      const fields = ['icd10Code', 'description', 'status', ...(saved.onsetDate ? ['onsetDate'] : [])];
      await this.audit.record({ actor: me, requestId, action: 'CREATE', entityType: 'Diagnosis', entityIds: [saved.id], fields }, manager);
      return this.reload(manager, saved.id);
    });
  }

  async update({ me, requestId }: Actor, input: UpdateDiagnosisInput): Promise<DiagnosisEntity> {
    return this.dataSource.transaction(async (manager) => {
      const diagnosis = await this.findVisibleDiagnosis(me, input.diagnosisId, manager);
      await this.access.findEditableClient(me, diagnosis.clientId, manager);
      if (diagnosis.version !== input.expectedVersion) throw await staleWriteError(manager, DIAGNOSIS, diagnosis.id, diagnosis);

      const changes: Partial<Pick<DiagnosisEntity, 'status' | 'description' | 'onsetDate'>> = {};
      if (input.status !== undefined) changes.status = input.status;
      if (input.description !== undefined) changes.description = input.description;
      if (input.onsetDate !== undefined) changes.onsetDate = input.onsetDate;
      const fields = Object.keys(changes);
      const problems: FieldProblem[] = [];
      if (fields.length === 0) problems.push({ field: 'input', problem: 'give at least one of status, description or onsetDate to change' });
      if (changes.onsetDate && changes.onsetDate > this.clock.today()) problems.push({ field: 'onsetDate', problem: 'onsetDate cannot be in the future' });
      if (problems.length) throw inputError(problems);

      const result = await manager
        .createQueryBuilder()
        .update(DiagnosisEntity)
        .set(changes)
        .where('id = :id AND version = :expectedVersion', { id: diagnosis.id, expectedVersion: input.expectedVersion })
        .execute();
      if (result.affected === 0) {
        const current = await manager.getRepository(DiagnosisEntity).findOneByOrFail({ id: diagnosis.id });
        throw await staleWriteError(manager, DIAGNOSIS, diagnosis.id, current);
      }
      await this.audit.record({ actor: me, requestId, action: 'UPDATE', entityType: 'Diagnosis', entityIds: [diagnosis.id], fields }, manager);
      return this.reload(manager, diagnosis.id);
    });
  }

  /**
   * Diagnoses of many clients in one query, active first, with one READ audit INSERT for all of
   * them. The clients were scoped by the query that produced them; disclosure is the caller's check.
   */
  async forClients(actor: Actor, clientIds: readonly string[]): Promise<DiagnosisEntity[][]> {
    const rows = await this.dataSource
      .getRepository(DiagnosisEntity)
      .createQueryBuilder('dx')
      .innerJoinAndSelect('dx.recordedBy', 'recordedBy')
      .where('dx.client_id IN (:...clientIds)', { clientIds })
      .orderBy('dx.status', 'ASC')
      .addOrderBy('dx.icd10_code', 'ASC')
      .addOrderBy('dx.id', 'ASC')
      .getMany();
    await this.audit.record({ actor: actor.me, requestId: actor.requestId, action: 'READ', entityType: 'Diagnosis', entityIds: rows.map((r) => r.id) });
    return groupByKey(clientIds, rows, (row) => row.clientId);
  }

  /** The diagnosis if its client is visible to the caller; NOT_FOUND otherwise, like an unknown id. */
  private async findVisibleDiagnosis(me: StaffPrincipal, diagnosisId: string, manager: EntityManager): Promise<DiagnosisEntity> {
    const qb = manager.getRepository(DiagnosisEntity).createQueryBuilder('dx').innerJoin('dx.client', 'client').where('dx.id = :diagnosisId', { diagnosisId });
    const diagnosis = await this.access.restrictToVisible(qb, me, 'client').getOne();
    if (!diagnosis) throw ApiError.notFound('Diagnosis', diagnosisId);
    return diagnosis;
  }

  private reload(manager: EntityManager, id: string): Promise<DiagnosisEntity> {
    return manager.getRepository(DiagnosisEntity).findOneOrFail({ where: { id }, relations: { recordedBy: true } });
  }
}
