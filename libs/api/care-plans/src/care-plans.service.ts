import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import { AuditEntityType, CarePlanStatus, ClientStatus, ConsentScope, diffCarePlans, type CarePlanChange } from '@carecircle/shared/domain';
import { ApiError, ApiErrorCode, Clock, SortDirection, orderAndPage, type RequestContext, type SortTerm } from '@carecircle/api/platform';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type VisibleClient, type VisibleClientId, type VisibleClientIds } from '@carecircle/api/clients';
import { DisclosurePolicy } from '@carecircle/api/support-network';
import { CarePlanEntity } from './care-plan.entity';
import { CarePlanModel } from './care-plan.model';
import { carePlanContentFor, visibleContentForDiff, type CarePlanViewer } from './care-plan-visibility';

/**
 * A plan of a client the access policy handed out: its `clientId` was minted by the policy, so the
 * plan may be shown, as far as the disclosure policy allows.
 */
export type VisiblePlan = CarePlanEntity & { readonly clientId: VisibleClientId };

/** `row`, loaded for the visible client `clientId`, as that client's plan. */
export function planOf(clientId: VisibleClientId, row: CarePlanEntity): VisiblePlan {
  if (row.clientId !== clientId) throw new Error(`Care plan ${row.id} is not a plan of client ${clientId}`);
  return row as VisiblePlan;
}

/**
 * NOT_FOUND for a plan id the caller cannot see (or that does not exist), named as a CarePlan so
 * the refusal is recorded against it. The message keeps its wording ("Care plan … was not found.").
 */
export function carePlanNotFound(planId: string): ApiError {
  return new ApiError(ApiErrorCode.NOT_FOUND, `Care plan ${planId} was not found.`, { entity: AuditEntityType.CARE_PLAN, id: planId });
}

/** The review queue: oldest due first (ties by plan id, so pages never overlap). */
const OLDEST_DUE_FIRST: readonly SortTerm[] = [
  { sql: 'plan.review_due_on', direction: SortDirection.ASC },
  { sql: 'plan.id', direction: SortDirection.ASC },
];

/** The sign-off queue: oldest submitted first. */
const OLDEST_SUBMITTED_FIRST: readonly SortTerm[] = [
  { sql: 'plan.submitted_at', direction: SortDirection.ASC },
  { sql: 'plan.id', direction: SortDirection.ASC },
];

/**
 * Reads of care plans. Every one is scoped by ClientAccessPolicy through the plan's client, which
 * also records the client as disclosed; what a peer sees of a plan is the DisclosurePolicy's call.
 */
@Injectable()
export class CarePlansService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly disclosure: DisclosurePolicy,
    private readonly clock: Clock,
  ) {}

  /** Plans of the clients the caller may see, with their client row. */
  private visiblePlans(ctx: RequestContext): SelectQueryBuilder<CarePlanEntity> {
    const qb = ctx.manager.getRepository(CarePlanEntity).createQueryBuilder('plan').innerJoinAndSelect('plan.client', 'client');
    return this.access.restrictToVisible(qb, ctx, 'client');
  }

  /**
   * The plan if the caller may see its client; otherwise NOT_FOUND, as for an unknown id. Nothing is
   * recorded as disclosed: the write path uses it before checking that the caller may edit.
   */
  async findPlanInScope(ctx: RequestContext, planId: string): Promise<CarePlanEntity> {
    const plan = await this.visiblePlans(ctx).andWhere('plan.id = :planId', { planId }).getOne();
    if (!plan) throw carePlanNotFound(planId);
    return plan;
  }

  /** The plan and its client, found through the access policy, which records the client as read. */
  async findVisiblePlan(ctx: RequestContext, planId: string): Promise<VisiblePlan> {
    const plan = await this.findPlanInScope(ctx, planId);
    const client = await this.access.findVisibleClient(ctx, plan.clientId);
    return planOf(client.id, plan);
  }

  async current(ctx: RequestContext, clientId: string): Promise<VisiblePlan | null> {
    const client = await this.access.findVisibleClient(ctx, clientId);
    const plan = await ctx.manager.getRepository(CarePlanEntity).findOne({ where: { clientId: client.id, status: CarePlanStatus.ACTIVE } });
    return plan ? planOf(client.id, plan) : null;
  }

  async open(ctx: RequestContext, clientId: string): Promise<VisiblePlan | null> {
    const client = await this.access.findVisibleClient(ctx, clientId);
    const plan = await ctx.manager
      .getRepository(CarePlanEntity)
      .findOne({ where: { clientId: client.id, status: In([CarePlanStatus.DRAFT, CarePlanStatus.PENDING_REVIEW]) } });
    return plan ? planOf(client.id, plan) : null;
  }

  async history(ctx: RequestContext, clientId: string): Promise<VisiblePlan[]> {
    const client = await this.access.findVisibleClient(ctx, clientId);
    const plans = await ctx.manager.getRepository(CarePlanEntity).find({ where: { clientId: client.id }, order: { planVersion: 'DESC' } });
    return plans.map((plan) => planOf(client.id, plan));
  }

  /** What changed from one version to another of the same client's plan, as far as the caller may see. */
  async diff(ctx: RequestContext, fromPlanId: string, toPlanId: string): Promise<CarePlanChange[]> {
    const plans = await this.visiblePlans(ctx).andWhere('plan.id IN (:...ids)', { ids: [fromPlanId, toPlanId] }).getMany();
    const from = plans.find((p) => p.id === fromPlanId);
    const to = plans.find((p) => p.id === toPlanId);
    if (!from) throw carePlanNotFound(fromPlanId);
    if (!to) throw carePlanNotFound(toPlanId);
    if (from.clientId !== to.clientId) {
      throw ApiError.badInput('Both plans must be versions of the same client’s care plan.', [
        { field: 'toPlanId', problem: 'toPlanId belongs to a different client than fromPlanId' },
      ]);
    }
    const client = await this.access.findVisibleClient(ctx, from.clientId);
    const viewer = await this.viewerOf(ctx, client.id);
    return diffCarePlans(
      visibleContentForDiff(carePlanContentFor(from.content, viewer)),
      visibleContentForDiff(carePlanContentFor(to.content, viewer)),
    );
  }

  /** Active plans past their review date in the caller's scope, oldest due first. */
  async overdue(ctx: RequestContext, page: { offset: number; limit: number }): Promise<VisiblePlan[]> {
    const query = this.visiblePlans(ctx)
      .andWhere('plan.status = :active', { active: CarePlanStatus.ACTIVE })
      .andWhere('plan.review_due_on < :today', { today: this.clock.today() })
      // A discharged client's plan ended with the episode: not waiting for a review (the dashboard counts the same way).
      .andWhere('client.status <> :discharged', { discharged: ClientStatus.DISCHARGED });
    const rows = await orderAndPage(query, OLDEST_DUE_FIRST, page).getMany();
    return this.disclose(ctx, rows);
  }

  /** Plans waiting for sign-off in the caller's scope (a supervisor's team queue), oldest submitted first. */
  async awaitingSignOff(ctx: RequestContext, page: { offset: number; limit: number }): Promise<VisiblePlan[]> {
    const query = this.visiblePlans(ctx)
      .andWhere('plan.status = :pending', { pending: CarePlanStatus.PENDING_REVIEW });
    const rows = await orderAndPage(query, OLDEST_SUBMITTED_FIRST, page).getMany();
    return this.disclose(ctx, rows);
  }

  /**
   * Maps plans to what this caller may see: the whole plan where the disclosure policy allows the
   * care plan (counselors, supervisors, peers under the client's consent), otherwise the caller's
   * own part (one consent query for a page of clients).
   */
  async present(ctx: RequestContext, plans: readonly VisiblePlan[]): Promise<CarePlanModel[]> {
    const today = this.clock.today();
    const discharged = await this.dischargedAmong(ctx, plans, today);
    return Promise.all(
      plans.map(async (plan) => {
        const model = CarePlanModel.from(plan, carePlanContentFor(plan.content, await this.viewerOf(ctx, plan.clientId)), today);
        // A discharged client's plan is closed with the episode: never "review overdue".
        if (discharged.has(plan.clientId)) model.isOverdue = false;
        return model;
      }),
    );
  }

  /** Clients of plans that would show as overdue who are discharged; asks the database only when a plan came without its client. */
  private async dischargedAmong(ctx: RequestContext, plans: readonly VisiblePlan[], today: string): Promise<Set<string>> {
    const candidates = plans.filter((plan) => plan.status === CarePlanStatus.ACTIVE && plan.reviewDueOn !== null && plan.reviewDueOn < today);
    const discharged = new Set<string>(candidates.filter((plan) => plan.client?.status === ClientStatus.DISCHARGED).map((plan) => plan.clientId));
    const unknown = [...new Set(candidates.filter((plan) => !plan.client).map((plan) => plan.clientId))];
    if (unknown.length > 0) {
      const rows: Array<{ id: string }> = await ctx.manager.query(`SELECT id FROM client WHERE id = ANY($1::uuid[]) AND status = 'DISCHARGED'`, [unknown]);
      for (const row of rows) discharged.add(row.id);
    }
    return discharged;
  }

  async presentOne(ctx: RequestContext, plan: VisiblePlan): Promise<CarePlanModel> {
    const [model] = await this.present(ctx, [plan]);
    if (!model) throw new Error('present() returns one model per plan');
    return model;
  }

  /** The active plan of each client, in one query. */
  async activeForClients(ctx: RequestContext, clientIds: VisibleClientIds): Promise<Array<VisiblePlan | null>> {
    const rows = await ctx.manager.getRepository(CarePlanEntity).find({ where: { clientId: In([...clientIds]), status: CarePlanStatus.ACTIVE } });
    const byClient = new Map(rows.map((row) => [row.clientId, row]));
    return clientIds.map((id) => {
      const plan = byClient.get(id);
      return plan ? planOf(id, plan) : null;
    });
  }

  /** Status of each client's newest plan version (the open one while a revision is under way). */
  async latestStatusForClients(ctx: RequestContext, clientIds: VisibleClientIds): Promise<Array<CarePlanStatus | null>> {
    const rows = await ctx.manager
      .getRepository(CarePlanEntity)
      .createQueryBuilder('plan')
      .select('plan.client_id', 'clientId')
      .addSelect('plan.status', 'status')
      .distinctOn(['plan.client_id'])
      .where('plan.client_id IN (:...clientIds)', { clientIds })
      .orderBy('plan.client_id')
      .addOrderBy('plan.plan_version', 'DESC')
      .getRawMany<{ clientId: string; status: CarePlanStatus }>();
    const byClient = new Map(rows.map((row) => [row.clientId, row.status]));
    return clientIds.map((id) => byClient.get(id) ?? null);
  }

  /** Staff members of the caller's organization by id, in the order asked. */
  async staffByIds(ctx: RequestContext, ids: readonly string[]): Promise<Array<StaffUserEntity | null>> {
    const rows = await ctx.manager.getRepository(StaffUserEntity).find({ where: { id: In([...ids]), organizationId: ctx.organizationId } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Clients by id within the caller's scope, with their program, in the order asked; the ones found
   * are recorded as disclosed (one row per client for the whole request).
   */
  async clientsByIds(ctx: RequestContext, ids: readonly string[]): Promise<Array<VisibleClient | null>> {
    const rows = await this.access
      .visibleClients(ctx)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(this.access.disclose(ctx, rows).map((client) => [client.id as string, client]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Plans of a scoped query, their clients recorded as disclosed. */
  private disclose(ctx: RequestContext, rows: readonly CarePlanEntity[]): VisiblePlan[] {
    const clients = this.access.disclose(
      ctx,
      rows.map((row) => {
        if (!row.client) throw new Error('A visible plan is loaded with its client');
        return row.client;
      }),
    );
    const visible = new Map(clients.map((client) => [client.id as string, client.id]));
    return rows.flatMap((row) => {
      const clientId = visible.get(row.clientId);
      return clientId ? [planOf(clientId, row)] : [];
    });
  }

  private async viewerOf(ctx: RequestContext, clientId: VisibleClientId): Promise<CarePlanViewer> {
    return { staffId: ctx.staffId, mayDiscloseWholePlan: await this.disclosure.mayDisclose(ctx, clientId, ConsentScope.CARE_PLAN) };
  }
}
