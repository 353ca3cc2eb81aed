import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  CarePlanStatus,
  ConsentRecipientKind,
  ConsentScope,
  StaffRole,
  diffCarePlans,
  type CarePlanChange,
} from '@carecircle/shared/domain';
import { ApiError, Clock, type StaffPrincipal } from '@carecircle/api/platform';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientAccessPolicy, type ClientEntity } from '@carecircle/api/clients';
import { ConsentService } from '@carecircle/api/support-network';
import { CarePlanEntity } from './care-plan.entity';
import { CarePlanModel } from './care-plan.model';
import { carePlanContentFor, visibleContentForDiff } from './care-plan-visibility';

export const CARE_PLAN_LABEL = 'Care plan';
const PEER_SUPPORT_TEAM = { kind: ConsentRecipientKind.PEER_SUPPORT_TEAM, id: null };

/** Reads of care plans. Every one is scoped by ClientAccessPolicy through the plan's client. */
@Injectable()
export class CarePlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly consents: ConsentService,
    private readonly clock: Clock,
  ) {}

  /** Plans of the clients the caller may see. */
  visiblePlans(principal: StaffPrincipal, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<CarePlanEntity> {
    const qb = manager.getRepository(CarePlanEntity).createQueryBuilder('plan').innerJoin('plan.client', 'client');
    return this.access.restrictToVisible(qb, principal, 'client');
  }

  /** The plan if the caller may see its client; otherwise NOT_FOUND, as for an unknown id. */
  async findVisiblePlan(principal: StaffPrincipal, planId: string, manager: EntityManager = this.dataSource.manager): Promise<CarePlanEntity> {
    const plan = await this.visiblePlans(principal, manager).andWhere('plan.id = :planId', { planId }).getOne();
    if (!plan) throw ApiError.notFound(CARE_PLAN_LABEL, planId);
    return plan;
  }

  async current(principal: StaffPrincipal, clientId: string): Promise<CarePlanEntity | null> {
    const client = await this.access.findVisibleClient(principal, clientId, this.dataSource.manager);
    return this.dataSource.getRepository(CarePlanEntity).findOne({ where: { clientId: client.id, status: CarePlanStatus.ACTIVE } });
  }

  async open(principal: StaffPrincipal, clientId: string): Promise<CarePlanEntity | null> {
    const client = await this.access.findVisibleClient(principal, clientId, this.dataSource.manager);
    return this.dataSource
      .getRepository(CarePlanEntity)
      .findOne({ where: { clientId: client.id, status: In([CarePlanStatus.DRAFT, CarePlanStatus.PENDING_REVIEW]) } });
  }

  async history(principal: StaffPrincipal, clientId: string): Promise<CarePlanEntity[]> {
    const client = await this.access.findVisibleClient(principal, clientId, this.dataSource.manager);
    return this.dataSource.getRepository(CarePlanEntity).find({ where: { clientId: client.id }, order: { planVersion: 'DESC' } });
  }

  /** What changed from one version to another of the same client's plan, as far as the caller may see. */
  async diff(principal: StaffPrincipal, fromPlanId: string, toPlanId: string): Promise<{ changes: CarePlanChange[]; plans: CarePlanEntity[] }> {
    const plans = await this.visiblePlans(principal).andWhere('plan.id IN (:...ids)', { ids: [fromPlanId, toPlanId] }).getMany();
    const from = plans.find((p) => p.id === fromPlanId);
    const to = plans.find((p) => p.id === toPlanId);
    if (!from) throw ApiError.notFound(CARE_PLAN_LABEL, fromPlanId);
    if (!to) throw ApiError.notFound(CARE_PLAN_LABEL, toPlanId);
    if (from.clientId !== to.clientId) {
      throw ApiError.badInput('Both plans must be versions of the same client’s care plan.', [
        { field: 'toPlanId', problem: 'toPlanId belongs to a different client than fromPlanId' },
      ]);
    }
    const consented = await this.peerSupportTeamConsents(principal, [from.clientId]);
    const viewer = { role: principal.role, staffId: principal.id, peerSupportTeamConsented: consented.has(from.clientId) };
    const changes = diffCarePlans(
      visibleContentForDiff(carePlanContentFor(from.content, viewer)),
      visibleContentForDiff(carePlanContentFor(to.content, viewer)),
    );
    return { changes, plans: [from, to] };
  }

  /** Active plans past their review date in the caller's scope, oldest due first. */
  overdue(principal: StaffPrincipal, page: { offset: number; limit: number }): Promise<CarePlanEntity[]> {
    return this.visiblePlans(principal)
      .andWhere('plan.status = :active', { active: CarePlanStatus.ACTIVE })
      .andWhere('plan.review_due_on < :today', { today: this.clock.today() })
      .orderBy('plan.review_due_on', 'ASC')
      .addOrderBy('plan.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getMany();
  }

  /** Plans waiting for sign-off in the caller's scope (a supervisor's team queue), oldest submitted first. */
  awaitingSignOff(principal: StaffPrincipal, page: { offset: number; limit: number }): Promise<CarePlanEntity[]> {
    return this.visiblePlans(principal)
      .andWhere('plan.status = :pending', { pending: CarePlanStatus.PENDING_REVIEW })
      .orderBy('plan.submitted_at', 'ASC')
      .addOrderBy('plan.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getMany();
  }

  /**
   * Maps plans to what this caller may see: peer support workers get their part only, unless the
   * client consented to share the care plan with the peer support team (one consent query).
   */
  async present(principal: StaffPrincipal, plans: readonly CarePlanEntity[]): Promise<CarePlanModel[]> {
    const consented = await this.peerSupportTeamConsents(principal, plans.map((p) => p.clientId));
    const today = this.clock.today();
    return plans.map((plan) =>
      CarePlanModel.from(
        plan,
        carePlanContentFor(plan.content, { role: principal.role, staffId: principal.id, peerSupportTeamConsented: consented.has(plan.clientId) }),
        today,
      ),
    );
  }

  async presentOne(principal: StaffPrincipal, plan: CarePlanEntity): Promise<CarePlanModel> {
    const [model] = await this.present(principal, [plan]);
    if (!model) throw new Error('present() returns one model per plan');
    return model;
  }

  /** The active plan of each client, for clients the caller's query already scoped. */
  async activeForClients(principal: StaffPrincipal, clientIds: readonly string[]): Promise<Array<CarePlanEntity | null>> {
    const rows = await this.dataSource.getRepository(CarePlanEntity).find({
      where: { clientId: In([...clientIds]), organizationId: principal.organizationId, status: CarePlanStatus.ACTIVE },
    });
    const byClient = new Map(rows.map((row) => [row.clientId, row]));
    return clientIds.map((id) => byClient.get(id) ?? null);
  }

  /** Status of each client's newest plan version (the open one while a revision is under way). */
  async latestStatusForClients(principal: StaffPrincipal, clientIds: readonly string[]): Promise<Array<CarePlanStatus | null>> {
    const rows = await this.dataSource
      .getRepository(CarePlanEntity)
      .createQueryBuilder('plan')
      .select('plan.client_id', 'clientId')
      .addSelect('plan.status', 'status')
      .distinctOn(['plan.client_id'])
      .where('plan.client_id IN (:...clientIds)', { clientIds })
      .andWhere('plan.organization_id = :org', { org: principal.organizationId })
      .orderBy('plan.client_id')
      .addOrderBy('plan.plan_version', 'DESC')
      .getRawMany<{ clientId: string; status: CarePlanStatus }>();
    const byClient = new Map(rows.map((row) => [row.clientId, row.status]));
    return clientIds.map((id) => byClient.get(id) ?? null);
  }

  /** Staff members of the caller's organization by id, in the order asked. */
  async staffByIds(principal: StaffPrincipal, ids: readonly string[]): Promise<Array<StaffUserEntity | null>> {
    const rows = await this.dataSource
      .getRepository(StaffUserEntity)
      .find({ where: { id: In([...ids]), organizationId: principal.organizationId } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Clients by id within the caller's scope, with their program, in the order asked. */
  async clientsByIds(principal: StaffPrincipal, ids: readonly string[]): Promise<Array<ClientEntity | null>> {
    const rows = await this.access
      .visibleClients(principal, this.dataSource.manager)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async peerSupportTeamConsents(principal: StaffPrincipal, clientIds: readonly string[]): Promise<Set<string>> {
    if (principal.role !== StaffRole.PEER_SUPPORT || clientIds.length === 0) return new Set();
    const decisions = await this.consents.decide([...new Set(clientIds)], PEER_SUPPORT_TEAM, ConsentScope.CARE_PLAN);
    return new Set([...decisions].filter(([, d]) => d.allowed).map(([id]) => id));
  }
}
