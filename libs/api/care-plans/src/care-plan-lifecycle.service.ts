import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { AuditAction, AuditEntityType, CarePlanStatus, carePlanReadinessProblems, reviewDueDate } from '@carecircle/shared/domain';
import { ApiError, Clock, type WriteContext } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type EditableClient } from '@carecircle/api/clients';
import { CarePlanEntity } from './care-plan.entity';
import { CarePlansService, planOf, type VisiblePlan } from './care-plans.service';
import { normalizeCarePlanContent } from './care-plan-content';
import type { SaveCarePlanDraftInput } from './save-care-plan-draft.input';

const OPEN_STATUSES = [CarePlanStatus.DRAFT, CarePlanStatus.PENDING_REVIEW];

/**
 * The care plan's lifecycle: draft → review → signed → superseded. Each step runs in the write path
 * (one transaction with its audit rows), checked against the version the caller loaded so no edit
 * is overwritten.
 */
@Injectable()
export class CarePlanLifecycleService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly plans: CarePlansService,
    private readonly clock: Clock,
  ) {}

  /** A new draft, copied from the active plan (same item ids) or empty. */
  async startDraft(ctx: WriteContext, clientId: string): Promise<VisiblePlan> {
    const client = await this.access.findEditableClient(ctx, clientId);
    const repo = ctx.manager.getRepository(CarePlanEntity);
    const open = await repo.findOne({ where: { clientId: client.id, status: In(OPEN_STATUSES) } });
    if (open) {
      const state = open.status === CarePlanStatus.DRAFT ? 'a draft' : 'a version waiting for supervisor review';
      throw ApiError.conflict(
        `This client already has ${state} of the care plan (version ${open.planVersion}); open it instead of starting another.`,
        { openPlanId: open.id, openPlanStatus: open.status },
      );
    }
    const active = await repo.findOne({ where: { clientId: client.id, status: CarePlanStatus.ACTIVE } });
    const latest = await repo.findOne({ where: { clientId: client.id }, order: { planVersion: 'DESC' }, select: { id: true, planVersion: true } });
    let draft: CarePlanEntity;
    try {
      draft = await repo.save(
        repo.create({
          organizationId: client.organizationId,
          clientId: client.id,
          planVersion: (latest?.planVersion ?? 0) + 1,
          status: CarePlanStatus.DRAFT,
          content: active ? active.content : { problems: [] },
          basedOnPlanId: active?.id ?? null,
          createdById: ctx.staffId,
          updatedById: ctx.staffId,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw ApiError.conflict('Someone started a draft of this care plan at the same moment; reload to open it.');
      }
      throw error;
    }
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.CARE_PLAN, [draft.id], ['planVersion', 'status', 'content', 'basedOnPlanId']);
    return this.reload(ctx, client, draft.id);
  }

  /** Replaces a draft's content. Only drafts are editable: submitted and signed versions are not. */
  async saveDraft(ctx: WriteContext, input: SaveCarePlanDraftInput): Promise<VisiblePlan> {
    const normalized = normalizeCarePlanContent(input.content);
    if (normalized.problems.length > 0) {
      throw ApiError.badInput(`Please correct the care plan: ${normalized.problems.map((p) => p.problem).join('; ')}.`, normalized.problems);
    }
    const { plan, client } = await this.findEditablePlan(ctx, input.planId);
    await assertCurrentVersion(ctx, CarePlanEntity, plan, input.expectedVersion);
    assertStatus(plan, CarePlanStatus.DRAFT, 'saved');
    await this.assertResponsibleStaff(ctx, normalized.responsibleStaff);
    await this.assertClientDiagnoses(ctx, client, normalized.diagnosisCodes);
    await versionedUpdate(ctx, CarePlanEntity, plan.id, input.expectedVersion, { content: normalized.content });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CARE_PLAN, [plan.id], ['content']);
    return this.reload(ctx, client, plan.id);
  }

  /** DRAFT → PENDING_REVIEW, once the plan has everything a supervisor needs to sign it. */
  async submitForReview(ctx: WriteContext, planId: string, expectedVersion: number): Promise<VisiblePlan> {
    const { plan, client } = await this.findEditablePlan(ctx, planId);
    await assertCurrentVersion(ctx, CarePlanEntity, plan, expectedVersion);
    assertStatus(plan, CarePlanStatus.DRAFT, 'submitted for review');
    const missing = carePlanReadinessProblems(plan.content);
    if (missing.length > 0) {
      throw ApiError.badInput(
        `The care plan is not ready for review: ${missing.join(' ')}`,
        missing.map((problem) => ({ field: 'content', problem })),
      );
    }
    await versionedUpdate(ctx, CarePlanEntity, plan.id, expectedVersion, {
      status: CarePlanStatus.PENDING_REVIEW,
      submittedAt: this.clock.now(),
      submittedById: ctx.staffId,
    });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CARE_PLAN, [plan.id], ['status', 'submittedAt', 'submittedById']);
    return this.reload(ctx, client, plan.id);
  }

  /**
   * PENDING_REVIEW → ACTIVE by a supervisor who can see the client. The previous active version is
   * superseded first, in the same transaction, so the one-active-plan index always holds.
   */
  async signOff(ctx: WriteContext, planId: string, expectedVersion: number, comment: string | null): Promise<VisiblePlan> {
    const { plan, client } = await this.findEditablePlan(ctx, planId);
    await assertCurrentVersion(ctx, CarePlanEntity, plan, expectedVersion);
    assertStatus(plan, CarePlanStatus.PENDING_REVIEW, 'signed off');
    // Sign-off is a second person's review: whoever submitted the plan cannot also sign it.
    if (plan.submittedById === ctx.staffId) {
      throw ApiError.forbidden('You submitted this plan; another supervisor needs to sign it off.', { entity: AuditEntityType.CARE_PLAN, id: plan.id });
    }
    const now = this.clock.now();
    const previous = await ctx.manager.getRepository(CarePlanEntity).findOne({ where: { clientId: plan.clientId, status: CarePlanStatus.ACTIVE } });
    if (previous) {
      await ctx.manager
        .createQueryBuilder()
        .update(CarePlanEntity)
        .set({ status: CarePlanStatus.SUPERSEDED, supersededAt: now, updatedById: ctx.staffId })
        .where('id = :id AND status = :active', { id: previous.id, active: CarePlanStatus.ACTIVE })
        .execute();
      ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CARE_PLAN, [previous.id], ['status', 'supersededAt']);
    }
    if (!client.program) throw new Error('signOff needs the client loaded with its program');
    await versionedUpdate(ctx, CarePlanEntity, plan.id, expectedVersion, {
      status: CarePlanStatus.ACTIVE,
      signedAt: now,
      signedById: ctx.staffId,
      signOffComment: comment?.trim() || null,
      reviewDueOn: reviewDueDate(this.clock.today(), client.levelOfCare, client.program.reviewIntervalOverrides ?? {}),
    });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CARE_PLAN, [plan.id], ['status', 'signedAt', 'signedById', 'signOffComment', 'reviewDueOn']);
    return this.reload(ctx, client, plan.id);
  }

  /** PENDING_REVIEW → DRAFT with the supervisor's comment on what to change. */
  async returnForChanges(ctx: WriteContext, planId: string, expectedVersion: number, comment: string): Promise<VisiblePlan> {
    const { plan, client } = await this.findEditablePlan(ctx, planId);
    await assertCurrentVersion(ctx, CarePlanEntity, plan, expectedVersion);
    assertStatus(plan, CarePlanStatus.PENDING_REVIEW, 'returned for changes');
    await versionedUpdate(ctx, CarePlanEntity, plan.id, expectedVersion, {
      status: CarePlanStatus.DRAFT,
      returnedAt: this.clock.now(),
      returnedById: ctx.staffId,
      returnComment: comment.trim(),
    });
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.CARE_PLAN, [plan.id], ['status', 'returnedAt', 'returnedById', 'returnComment']);
    return this.reload(ctx, client, plan.id);
  }

  /** Out of scope → NOT_FOUND (via the plan's client); in scope but not an editor → FORBIDDEN. */
  private async findEditablePlan(ctx: WriteContext, planId: string): Promise<{ plan: CarePlanEntity; client: EditableClient }> {
    const plan = await this.plans.findPlanInScope(ctx, planId);
    const client = await this.access.findEditableClient(ctx, plan.clientId);
    return { plan, client };
  }

  /** Every responsible staff member must belong to the caller's organization (one query). */
  private async assertResponsibleStaff(ctx: WriteContext, named: ReadonlyArray<{ staffId: string; field: string }>): Promise<void> {
    if (named.length === 0) return;
    const ids = [...new Set(named.map((n) => n.staffId))];
    const found = await ctx.manager
      .getRepository(StaffUserEntity)
      .find({ where: { id: In(ids), organizationId: ctx.organizationId }, select: { id: true } });
    const known = new Set(found.map((s) => s.id));
    const problems = named
      .filter((n) => !known.has(n.staffId))
      .map((n) => ({ field: n.field, problem: `responsibleStaffId ${n.staffId} is not a staff member of your organization` }));
    if (problems.length > 0) {
      throw ApiError.badInput(`Please correct the care plan: ${problems.map((p) => p.problem).join('; ')}.`, problems);
    }
  }

  /** A problem may name only diagnoses on the client's record, whatever their status (one query). */
  private async assertClientDiagnoses(ctx: WriteContext, client: EditableClient, named: ReadonlyArray<{ code: string; field: string }>): Promise<void> {
    if (named.length === 0) return;
    // Raw SQL because the diagnosis entity lives in the diagnoses lib, which depends on this one;
    // taking an EditableClient means only a client the access policy handed out can be asked about.
    const rows: Array<{ code: string }> = await ctx.manager.query('SELECT DISTINCT icd10_code AS code FROM diagnosis WHERE client_id = $1', [client.id]);
    const known = new Set(rows.map((r) => r.code));
    const problems = named
      .filter((n) => !known.has(n.code))
      .map((n) => ({ field: n.field, problem: `${n.code} is not a diagnosis on this client's record; record the diagnosis first` }));
    if (problems.length > 0) {
      throw ApiError.badInput(`Please correct the care plan: ${problems.map((p) => p.problem).join('; ')}.`, problems);
    }
  }

  private async reload(ctx: WriteContext, client: EditableClient, planId: string): Promise<VisiblePlan> {
    return planOf(client.id, await ctx.manager.getRepository(CarePlanEntity).findOneOrFail({ where: { id: planId } }));
  }
}

function assertStatus(plan: CarePlanEntity, required: CarePlanStatus, action: string): void {
  if (plan.status === required) return;
  const details = { planId: plan.id, status: plan.status };
  if (plan.status === CarePlanStatus.ACTIVE || plan.status === CarePlanStatus.SUPERSEDED) {
    throw ApiError.conflict(
      `Care plan version ${plan.planVersion} is signed and read-only, so it cannot be ${action}. Start a new draft to change the plan.`,
      details,
    );
  }
  if (plan.status === CarePlanStatus.PENDING_REVIEW) {
    throw ApiError.conflict(
      `Care plan version ${plan.planVersion} is waiting for supervisor review, so it cannot be ${action}; the supervisor can return it for changes.`,
      details,
    );
  }
  throw ApiError.conflict(`Care plan version ${plan.planVersion} is a draft; submit it for review before it can be ${action}.`, details);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
