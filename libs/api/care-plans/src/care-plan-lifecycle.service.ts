import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, QueryFailedError, type DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { CarePlanStatus, carePlanReadinessProblems, reviewDueDate } from '@carecircle/shared/domain';
import { ApiError, Clock, type StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type ClientEntity } from '@carecircle/api/clients';
import { CarePlanEntity } from './care-plan.entity';
import { CARE_PLAN_LABEL, CarePlansService } from './care-plans.service';
import { normalizeCarePlanContent } from './care-plan-content';
import type { SaveCarePlanDraftInput } from './save-care-plan-draft.input';

const OPEN_STATUSES = [CarePlanStatus.DRAFT, CarePlanStatus.PENDING_REVIEW];
const STALE_LABEL = 'care plan';

export interface WriteContext {
  me: StaffPrincipal;
  requestId: string;
}

/**
 * The care plan's lifecycle: draft → review → signed → superseded. Each step is one transaction
 * with its audit rows, checked against the version the caller loaded so no edit is overwritten.
 */
@Injectable()
export class CarePlanLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly plans: CarePlansService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A new draft, copied from the active plan (same item ids) or empty. */
  async startDraft({ me, requestId }: WriteContext, clientId: string): Promise<CarePlanEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const client = await this.access.findEditableClient(me, clientId, manager);
        const repo = manager.getRepository(CarePlanEntity);
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
        const draft = await repo.save(
          repo.create({
            organizationId: client.organizationId,
            clientId: client.id,
            planVersion: (latest?.planVersion ?? 0) + 1,
            status: CarePlanStatus.DRAFT,
            content: active ? active.content : { problems: [] },
            basedOnPlanId: active?.id ?? null,
            createdById: me.id,
            updatedById: me.id,
          }),
        );
        await this.audit.record(
          { actor: me, requestId, action: 'CREATE', entityType: 'CarePlan', entityIds: [draft.id], fields: ['planVersion', 'status', 'content', 'basedOnPlanId'] },
          manager,
        );
        return this.reload(manager, draft.id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw ApiError.conflict('Someone started a draft of this care plan at the same moment; reload to open it.');
      }
      throw error;
    }
  }

  /** Replaces a draft's content. Only drafts are editable: submitted and signed versions are not. */
  async saveDraft({ me, requestId }: WriteContext, input: SaveCarePlanDraftInput): Promise<CarePlanEntity> {
    const normalized = normalizeCarePlanContent(input.content);
    if (normalized.problems.length > 0) {
      throw ApiError.badInput(`Please correct the care plan: ${normalized.problems.map((p) => p.problem).join('; ')}.`, normalized.problems);
    }
    return this.dataSource.transaction(async (manager) => {
      const { plan } = await this.findEditablePlan(me, input.planId, manager);
      await this.assertVersion(manager, plan, input.expectedVersion);
      assertStatus(plan, CarePlanStatus.DRAFT, 'saved');
      await this.assertResponsibleStaff(me, normalized.responsibleStaff, manager);
      await this.conditionalUpdate(manager, plan, input.expectedVersion, { content: normalized.content, updatedById: me.id });
      await this.audit.record({ actor: me, requestId, action: 'UPDATE', entityType: 'CarePlan', entityIds: [plan.id], fields: ['content'] }, manager);
      return this.reload(manager, plan.id);
    });
  }

  /** DRAFT → PENDING_REVIEW, once the plan has everything a supervisor needs to sign it. */
  async submitForReview({ me, requestId }: WriteContext, planId: string, expectedVersion: number): Promise<CarePlanEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { plan } = await this.findEditablePlan(me, planId, manager);
      await this.assertVersion(manager, plan, expectedVersion);
      assertStatus(plan, CarePlanStatus.DRAFT, 'submitted for review');
      const missing = carePlanReadinessProblems(plan.content);
      if (missing.length > 0) {
        throw ApiError.badInput(
          `The care plan is not ready for review: ${missing.join(' ')}`,
          missing.map((problem) => ({ field: 'content', problem })),
        );
      }
      await this.conditionalUpdate(manager, plan, expectedVersion, {
        status: CarePlanStatus.PENDING_REVIEW,
        submittedAt: this.clock.now(),
        submittedById: me.id,
        updatedById: me.id,
      });
      await this.audit.record(
        { actor: me, requestId, action: 'UPDATE', entityType: 'CarePlan', entityIds: [plan.id], fields: ['status', 'submittedAt', 'submittedById'] },
        manager,
      );
      return this.reload(manager, plan.id);
    });
  }

  /**
   * PENDING_REVIEW → ACTIVE by a supervisor who can see the client. The previous active version is
   * superseded first, in the same transaction, so the one-active-plan index always holds.
   */
  async signOff({ me, requestId }: WriteContext, planId: string, expectedVersion: number, comment: string | null): Promise<CarePlanEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { plan, client } = await this.findEditablePlan(me, planId, manager);
      await this.assertVersion(manager, plan, expectedVersion);
      assertStatus(plan, CarePlanStatus.PENDING_REVIEW, 'signed off');
      // Sign-off is a second person's review: whoever submitted the plan cannot also sign it.
      if (plan.submittedById === me.id) {
        throw ApiError.forbidden('You submitted this plan; another supervisor needs to sign it off.');
      }
      const now = this.clock.now();
      const previous = await manager.getRepository(CarePlanEntity).findOne({ where: { clientId: plan.clientId, status: CarePlanStatus.ACTIVE } });
      if (previous) {
        await manager
          .createQueryBuilder()
          .update(CarePlanEntity)
          .set({ status: CarePlanStatus.SUPERSEDED, supersededAt: now, updatedById: me.id })
          .where('id = :id AND status = :active', { id: previous.id, active: CarePlanStatus.ACTIVE })
          .execute();
        await this.audit.record(
          { actor: me, requestId, action: 'UPDATE', entityType: 'CarePlan', entityIds: [previous.id], fields: ['status', 'supersededAt'] },
          manager,
        );
      }
      if (!client.program) throw new Error('signOff needs the client loaded with its program');
      await this.conditionalUpdate(manager, plan, expectedVersion, {
        status: CarePlanStatus.ACTIVE,
        signedAt: now,
        signedById: me.id,
        signOffComment: comment?.trim() || null,
        reviewDueOn: reviewDueDate(this.clock.today(), client.levelOfCare, client.program.reviewIntervalOverrides ?? {}),
        updatedById: me.id,
      });
      await this.audit.record(
        {
          actor: me,
          requestId,
          action: 'UPDATE',
          entityType: 'CarePlan',
          entityIds: [plan.id],
          fields: ['status', 'signedAt', 'signedById', 'signOffComment', 'reviewDueOn'],
        },
        manager,
      );
      return this.reload(manager, plan.id);
    });
  }

  /** PENDING_REVIEW → DRAFT with the supervisor's comment on what to change. */
  async returnForChanges({ me, requestId }: WriteContext, planId: string, expectedVersion: number, comment: string): Promise<CarePlanEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { plan } = await this.findEditablePlan(me, planId, manager);
      await this.assertVersion(manager, plan, expectedVersion);
      assertStatus(plan, CarePlanStatus.PENDING_REVIEW, 'returned for changes');
      await this.conditionalUpdate(manager, plan, expectedVersion, {
        status: CarePlanStatus.DRAFT,
        returnedAt: this.clock.now(),
        returnedById: me.id,
        returnComment: comment.trim(),
        updatedById: me.id,
      });
      await this.audit.record(
        { actor: me, requestId, action: 'UPDATE', entityType: 'CarePlan', entityIds: [plan.id], fields: ['status', 'returnedAt', 'returnedById', 'returnComment'] },
        manager,
      );
      return this.reload(manager, plan.id);
    });
  }

  /** Out of scope → NOT_FOUND (via the plan's client); in scope but not an editor → FORBIDDEN. */
  private async findEditablePlan(me: StaffPrincipal, planId: string, manager: EntityManager): Promise<{ plan: CarePlanEntity; client: ClientEntity }> {
    const plan = await this.plans.findVisiblePlan(me, planId, manager);
    const client = await this.access.findEditableClient(me, plan.clientId, manager);
    return { plan, client };
  }

  private async assertVersion(manager: EntityManager, plan: CarePlanEntity, expectedVersion: number): Promise<void> {
    if (plan.version !== expectedVersion) throw await this.staleWrite(manager, plan.id);
  }

  /** UPDATE … WHERE version = expected; nothing is overwritten when someone saved in between. */
  private async conditionalUpdate(
    manager: EntityManager,
    plan: CarePlanEntity,
    expectedVersion: number,
    set: QueryDeepPartialEntity<CarePlanEntity>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(CarePlanEntity)
      .set(set)
      .where('id = :id AND version = :expectedVersion AND status = :status', { id: plan.id, expectedVersion, status: plan.status })
      .execute();
    if (result.affected !== 1) throw await this.staleWrite(manager, plan.id);
  }

  private async staleWrite(manager: EntityManager, planId: string): Promise<ApiError> {
    const current = await manager.getRepository(CarePlanEntity).findOne({ where: { id: planId }, relations: { updatedBy: true } });
    if (!current) return ApiError.notFound(CARE_PLAN_LABEL, planId);
    return ApiError.staleWrite(STALE_LABEL, planId, {
      version: current.version,
      changedByName: current.updatedBy?.displayName ?? 'a colleague',
      changedById: current.updatedById,
      changedAt: current.updatedAt,
    });
  }

  /** Every responsible staff member must belong to the caller's organization (one query). */
  private async assertResponsibleStaff(me: StaffPrincipal, named: ReadonlyArray<{ staffId: string; field: string }>, manager: EntityManager): Promise<void> {
    if (named.length === 0) return;
    const ids = [...new Set(named.map((n) => n.staffId))];
    const found = await manager
      .getRepository(StaffUserEntity)
      .find({ where: { id: In(ids), organizationId: me.organizationId }, select: { id: true } });
    const known = new Set(found.map((s) => s.id));
    const problems = named
      .filter((n) => !known.has(n.staffId))
      .map((n) => ({ field: n.field, problem: `responsibleStaffId ${n.staffId} is not a staff member of your organization` }));
    if (problems.length > 0) {
      throw ApiError.badInput(`Please correct the care plan: ${problems.map((p) => p.problem).join('; ')}.`, problems);
    }
  }

  private reload(manager: EntityManager, planId: string): Promise<CarePlanEntity> {
    return manager.getRepository(CarePlanEntity).findOneOrFail({ where: { id: planId } });
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
