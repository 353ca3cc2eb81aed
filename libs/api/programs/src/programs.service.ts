import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  AuditAction,
  AuditEntityType,
  ClientStatus,
  RISK_THRESHOLD_KEYS,
  StaffRole,
  riskThresholdOverrides,
  riskThresholdProblems,
  riskThresholdsInForce,
  type LevelOfCare,
  type RiskThresholds,
} from '@carecircle/shared/domain';
import { ApiError, type FieldProblem, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { ProgramEntity, ProgramModel } from '@carecircle/api/organizations';
import { StaffProgramEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy } from '@carecircle/api/clients';
import { RiskFlagsService } from '@carecircle/api/metrics';
import type { CreateProgramInput, ReviewIntervalOverrideInput, RiskThresholdsInput, UpdateProgramInput } from './program.inputs';
import type { RiskThresholdPreviewModel } from './program.models';

const NAME_TAKEN = 'NAME_TAKEN';

/** Programs and their risk thresholds: administrators shape programs; thresholds are also the clinical supervisors'. */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly risk: RiskFlagsService,
  ) {}

  /** One program of the caller's organization, for the settings pages; a supervisor only for a program they work in. */
  async one(ctx: RequestContext, programId: string): Promise<ProgramModel> {
    return ProgramModel.from(await this.findForThresholds(ctx, programId));
  }

  async create(ctx: WriteContext, input: CreateProgramInput): Promise<ProgramModel> {
    const thresholds = this.checkedThresholds(input.riskThresholds, 'riskThresholds');
    const reviewIntervals = this.checkedReviewIntervals(input.reviewIntervalOverrides);
    await this.assertNameFree(ctx, input.name);
    const program = await this.saveNamed(ctx, {
      organizationId: ctx.organizationId,
      name: input.name,
      defaultLevelOfCare: input.defaultLevelOfCare,
      defaultCheckInSchedule: input.defaultCheckInSchedule,
      notesRequireCosignature: input.notesRequireCosignature,
      reviewIntervalOverrides: reviewIntervals,
      riskThresholds: riskThresholdOverrides(thresholds ?? riskThresholdsInForce({})),
    });
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.PROGRAM, [program.id], [
      'name',
      'defaultLevelOfCare',
      'defaultCheckInSchedule',
      'notesRequireCosignature',
      'reviewIntervalOverrides',
      'riskThresholds',
    ]);
    return ProgramModel.from(program);
  }

  async update(ctx: WriteContext, input: UpdateProgramInput): Promise<ProgramModel> {
    const program = await this.findForUpdate(ctx, input.programId);
    const thresholds = this.checkedThresholds(input.riskThresholds, 'riskThresholds');
    const reviewIntervals = this.checkedReviewIntervals(input.reviewIntervalOverrides);
    if (input.name !== program.name) await this.assertNameFree(ctx, input.name, program.id);

    const changed: string[] = [];
    const set = <K extends keyof ProgramEntity>(field: K, value: ProgramEntity[K], same = value === program[field]) => {
      if (same) return;
      program[field] = value;
      changed.push(field);
    };
    set('name', input.name);
    set('defaultLevelOfCare', input.defaultLevelOfCare);
    set('defaultCheckInSchedule', input.defaultCheckInSchedule);
    set('notesRequireCosignature', input.notesRequireCosignature);
    set('reviewIntervalOverrides', reviewIntervals, sameRecord(reviewIntervals, program.reviewIntervalOverrides ?? {}));
    const thresholdFields = thresholds ? changedThresholds(program, thresholds) : [];
    if (thresholds) set('riskThresholds', riskThresholdOverrides(thresholds), thresholdFields.length === 0);
    if (changed.length === 0) return ProgramModel.from(program);

    const saved = await this.saveNamed(ctx, program);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.PROGRAM, [program.id], changed);
    if (thresholdFields.length) ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.RISK_THRESHOLDS, [program.id], thresholdFields);
    return ProgramModel.from(saved);
  }

  async updateThresholds(ctx: WriteContext, programId: string, input: RiskThresholdsInput): Promise<ProgramModel> {
    const program = await this.findForThresholds(ctx, programId, true);
    const thresholds = this.checkedThresholds(input, 'thresholds');
    const fields = changedThresholds(program, thresholds);
    if (fields.length === 0) return ProgramModel.from(program);
    program.riskThresholds = riskThresholdOverrides(thresholds);
    const saved = await ctx.manager.getRepository(ProgramEntity).save(program);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.RISK_THRESHOLDS, [program.id], fields);
    return ProgramModel.from(saved);
  }

  /**
   * What `proposed` would change among the program's clients in care that the caller may count: a
   * supervisor's visible clients; for an administrator, who sees no client records, the whole
   * program — counts only, so no client is disclosed. Recorded as a metrics read.
   */
  async preview(ctx: RequestContext, programId: string, input: RiskThresholdsInput): Promise<RiskThresholdPreviewModel> {
    const program = await this.findForThresholds(ctx, programId);
    const proposed = this.checkedThresholds(input, 'thresholds');
    let clientIds: readonly string[];
    if (ctx.role === StaffRole.ADMIN) {
      const rows: Array<{ id: string }> = await ctx.manager.query(
        `SELECT id FROM client WHERE organization_id = $1 AND program_id = $2 AND status <> $3`,
        [ctx.organizationId, program.id, ClientStatus.DISCHARGED],
      );
      clientIds = rows.map((row) => row.id);
    } else {
      clientIds = await this.access.idsOf(
        this.access
          .visibleClients(ctx)
          .andWhere('client.program_id = :previewProgram', { previewProgram: program.id })
          .andWhere('client.status <> :previewDischarged', { previewDischarged: ClientStatus.DISCHARGED }),
      );
    }
    const comparison = await this.risk.compareThresholds(ctx, clientIds, proposed);
    ctx.recordRead(AuditEntityType.METRICS, ['riskThresholdPreview'], AuditAction.READ_METRICS);
    return { clientsCounted: clientIds.length, ...comparison };
  }

  /** The program to edit, locked for the write; another organization's looks unknown. */
  private async findForUpdate(ctx: WriteContext, programId: string): Promise<ProgramEntity> {
    const program = await ctx.manager
      .getRepository(ProgramEntity)
      .createQueryBuilder('program')
      .setLock('pessimistic_write')
      .where('program.id = :programId AND program.organization_id = :org', { programId, org: ctx.organizationId })
      .getOne();
    if (!program) throw ApiError.notFound(AuditEntityType.PROGRAM, programId);
    return program;
  }

  /**
   * A program whose thresholds the caller may look at or change: any of the organization's for an
   * administrator; for a supervisor, one they work in (a threshold applies to every client of the
   * program, not only their team's).
   */
  private async findForThresholds(ctx: RequestContext, programId: string, forWrite = false): Promise<ProgramEntity> {
    const query = ctx.manager
      .getRepository(ProgramEntity)
      .createQueryBuilder('program')
      .where('program.id = :programId AND program.organization_id = :org', { programId, org: ctx.organizationId });
    if (forWrite) query.setLock('pessimistic_write');
    const program = await query.getOne();
    if (!program) throw ApiError.notFound(AuditEntityType.PROGRAM, programId);
    if (ctx.role !== StaffRole.ADMIN) {
      const worksIn = await ctx.manager.getRepository(StaffProgramEntity).existsBy({ staffUserId: ctx.staffId, programId: program.id });
      if (!worksIn) {
        throw ApiError.forbidden('Supervisors set risk thresholds for the programs they work in.', { entity: AuditEntityType.PROGRAM, id: program.id });
      }
    }
    return program;
  }

  /** The thresholds in force after applying `input` over the defaults, or refused naming each setting. */
  private checkedThresholds(input: RiskThresholdsInput, field: string): RiskThresholds;
  private checkedThresholds(input: RiskThresholdsInput | null | undefined, field: string): RiskThresholds | null;
  private checkedThresholds(input: RiskThresholdsInput | null | undefined, field: string): RiskThresholds | null {
    if (!input) return null;
    const given: Partial<RiskThresholds> = {};
    for (const key of RISK_THRESHOLD_KEYS) {
      const value = input[key];
      if (value !== null && value !== undefined) given[key] = value;
    }
    const thresholds = riskThresholdsInForce(given);
    const problems = riskThresholdProblems(thresholds);
    if (problems.length) throw ApiError.inputProblems(problems.map((p) => ({ field: `${field}.${p.field}`, problem: p.problem })));
    return thresholds;
  }

  private checkedReviewIntervals(overrides: readonly ReviewIntervalOverrideInput[]): Partial<Record<LevelOfCare, number>> {
    const result: Partial<Record<LevelOfCare, number>> = {};
    const problems: FieldProblem[] = [];
    overrides.forEach((override, i) => {
      if (override.levelOfCare in result) {
        problems.push({ field: `reviewIntervalOverrides.${i}.levelOfCare`, problem: 'each level of care can have one review interval' });
      }
      result[override.levelOfCare] = override.days;
    });
    if (problems.length) throw ApiError.inputProblems(problems);
    return result;
  }

  /** Names are unique in an organization, whatever their case or spacing, so pickers never show two alike. */
  private async assertNameFree(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
    const rows: Array<{ id: string }> = await ctx.manager.query(
      `SELECT id FROM program WHERE organization_id = $1 AND lower(btrim(name)) = lower(btrim($2)) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [ctx.organizationId, name, exceptId ?? null],
    );
    if (rows.length) throw nameTaken(name);
  }

  /** Saves, turning a name taken by a concurrent write (the unique index) into the same refusal. */
  private async saveNamed(ctx: WriteContext, program: Partial<ProgramEntity>): Promise<ProgramEntity> {
    try {
      return await ctx.manager.getRepository(ProgramEntity).save(program);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string } | undefined)?.constraint === 'program_organization_name_key') {
        throw nameTaken(program.name ?? '');
      }
      throw error;
    }
  }
}

function nameTaken(name: string): ApiError {
  return ApiError.inputProblems([{ field: 'name', problem: `name "${name}" is already used by another program` }], NAME_TAKEN);
}

/** The threshold settings whose value in force would change, for the audit row's field list. */
function changedThresholds(program: ProgramEntity, next: RiskThresholds): string[] {
  const current = riskThresholdsInForce(program.riskThresholds);
  return RISK_THRESHOLD_KEYS.filter((key) => current[key] !== next[key]);
}

function sameRecord(a: Partial<Record<string, number>>, b: Partial<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}
