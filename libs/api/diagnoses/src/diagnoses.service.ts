import { Injectable } from '@nestjs/common';
import {
  AuditAction,
  AuditEntityType,
  DIAGNOSIS_CATALOG,
  DiagnosisStatus,
  diagnosisCatalogEntry,
  searchDiagnosisCatalog,
  type DiagnosisCatalogEntry,
} from '@carecircle/shared/domain';
import { ApiError, ApiErrorCode, Clock, groupByKey, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { ClientAccessPolicy, type VisibleClientIds } from '@carecircle/api/clients';
import { DiagnosisEntity } from './diagnosis.entity';
import type { RecordDiagnosisInput } from './record-diagnosis.input';
import type { UpdateDiagnosisInput } from './update-diagnosis.input';

/**
 * Recording and changing diagnoses (by the client's counselor or their supervisor) in the write
 * path, and reading them in batches for the caller's visible clients.
 */
@Injectable()
export class DiagnosesService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  catalog(search: string | null | undefined): DiagnosisCatalogEntry[] {
    return searchDiagnosisCatalog(search ?? '', DIAGNOSIS_CATALOG.length);
  }

  async record(ctx: WriteContext, input: RecordDiagnosisInput): Promise<DiagnosisEntity> {
    const catalogEntry = diagnosisCatalogEntry(input.icd10Code);
    const description = input.description || catalogEntry?.description || '';
    const problems: FieldProblem[] = [];
    if (!description) {
      problems.push({ field: 'description', problem: `description is required for ${input.icd10Code}, which is not in the built-in catalog` });
    }
    if (input.onsetDate && input.onsetDate > this.clock.today()) problems.push({ field: 'onsetDate', problem: 'onsetDate cannot be in the future' });
    if (problems.length) throw ApiError.inputProblems(problems);

    const client = await this.access.findEditableClient(ctx, input.clientId);
    const repo = ctx.manager.getRepository(DiagnosisEntity);
    const open = await repo
      .createQueryBuilder('dx')
      .where('dx.client_id = :clientId AND dx.icd10_code = :code', { clientId: client.id, code: input.icd10Code })
      .andWhere('dx.status <> :resolved', { resolved: DiagnosisStatus.RESOLVED })
      .getOne();
    if (open) {
      throw ApiError.conflict(`${input.icd10Code} is already on this client's record (${open.status}); change that diagnosis instead.`, {
        entity: AuditEntityType.DIAGNOSIS,
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
        recordedById: ctx.staffId,
        updatedById: ctx.staffId,
      }),
    );
    const fields = ['icd10Code', 'description', 'status', ...(saved.onsetDate ? ['onsetDate'] : [])];
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.DIAGNOSIS, [saved.id], fields);
    return this.reload(ctx, saved.id);
  }

  async update(ctx: WriteContext, input: UpdateDiagnosisInput): Promise<DiagnosisEntity> {
    const diagnosis = await this.findVisibleDiagnosis(ctx, input.diagnosisId);
    await this.access.findEditableClient(ctx, diagnosis.clientId);
    await assertCurrentVersion(ctx, DiagnosisEntity, diagnosis, input.expectedVersion);

    const changes: Partial<Pick<DiagnosisEntity, 'status' | 'description' | 'onsetDate'>> = {};
    if (input.status !== undefined) changes.status = input.status;
    if (input.description !== undefined) changes.description = input.description;
    if (input.onsetDate !== undefined) changes.onsetDate = input.onsetDate;
    const fields = Object.keys(changes);
    const problems: FieldProblem[] = [];
    if (fields.length === 0) problems.push({ field: 'input', problem: 'give at least one of status, description or onsetDate to change' });
    if (changes.onsetDate && changes.onsetDate > this.clock.today()) problems.push({ field: 'onsetDate', problem: 'onsetDate cannot be in the future' });
    if (problems.length) throw ApiError.inputProblems(problems);

    await versionedUpdate(ctx, DiagnosisEntity, diagnosis.id, input.expectedVersion, changes);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.DIAGNOSIS, [diagnosis.id], fields);
    return this.reload(ctx, diagnosis.id);
  }

  /** Diagnoses of a page of visible clients in one query, active first; consent is the caller's check. */
  async forClients(ctx: RequestContext, clientIds: VisibleClientIds): Promise<DiagnosisEntity[][]> {
    if (clientIds.length === 0) return [];
    const rows = await ctx.manager
      .getRepository(DiagnosisEntity)
      .createQueryBuilder('dx')
      .innerJoinAndSelect('dx.recordedBy', 'recordedBy')
      .where('dx.client_id IN (:...clientIds)', { clientIds })
      .orderBy('dx.status', 'ASC')
      .addOrderBy('dx.icd10_code', 'ASC')
      .addOrderBy('dx.id', 'ASC')
      .getMany();
    return groupByKey(clientIds, rows, (row) => row.clientId as (typeof clientIds)[number]);
  }

  /**
   * The diagnosis if the access policy lets the caller see its client (recording that client as
   * disclosed); NOT_FOUND for the diagnosis otherwise, exactly as for an unknown id.
   */
  private async findVisibleDiagnosis(ctx: RequestContext, diagnosisId: string): Promise<DiagnosisEntity> {
    const diagnosis = await ctx.manager.getRepository(DiagnosisEntity).findOneBy({ id: diagnosisId, organizationId: ctx.organizationId });
    if (!diagnosis) throw ApiError.notFound(AuditEntityType.DIAGNOSIS, diagnosisId);
    try {
      await this.access.findVisibleClient(ctx, diagnosis.clientId);
    } catch (error) {
      if (error instanceof ApiError && error.extensions['code'] === ApiErrorCode.NOT_FOUND) throw ApiError.notFound(AuditEntityType.DIAGNOSIS, diagnosisId);
      throw error;
    }
    return diagnosis;
  }

  private reload(ctx: RequestContext, id: string): Promise<DiagnosisEntity> {
    return ctx.manager.getRepository(DiagnosisEntity).findOneOrFail({ where: { id }, relations: { recordedBy: true } });
  }
}
