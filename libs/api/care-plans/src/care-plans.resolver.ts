import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { PageArgs, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { CarePlanModel } from './care-plan.model';
import { CarePlanChangeModel } from './care-plan-change.model';
import { CarePlanDiffArgs, CarePlanIdArgs, ClientCarePlanArgs } from './care-plan.args';
import { CarePlansService } from './care-plans.service';
import type { CarePlanEntity } from './care-plan.entity';

/** Reading care plans. Every read is scoped by ClientAccessPolicy and audited. */
@Resolver(() => CarePlanModel)
export class CarePlansResolver {
  constructor(
    private readonly plans: CarePlansService,
    private readonly audit: AuditService,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CarePlanModel, { description: 'One version of a care plan.' })
  async carePlan(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() { id }: CarePlanIdArgs): Promise<CarePlanModel> {
    const plan = await this.plans.findVisiblePlan(me, id);
    await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'CarePlan', entityIds: [plan.id] });
    return this.plans.presentOne(me, plan);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CarePlanModel, { nullable: true, description: "The client's signed, active plan; null before the first sign-off." })
  async currentCarePlan(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() { clientId }: ClientCarePlanArgs,
  ): Promise<CarePlanModel | null> {
    return this.readOne(me, requestId, clientId, await this.plans.current(me, clientId));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CarePlanModel, { nullable: true, description: 'The draft or the version waiting for review, if a revision is under way.' })
  async openCarePlan(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() { clientId }: ClientCarePlanArgs,
  ): Promise<CarePlanModel | null> {
    return this.readOne(me, requestId, clientId, await this.plans.open(me, clientId));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CarePlanModel], { description: "Every version of the client's plan, newest first; signed versions are read-only." })
  async carePlanHistory(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() { clientId }: ClientCarePlanArgs,
  ): Promise<CarePlanModel[]> {
    const plans = await this.plans.history(me, clientId);
    await this.recordList(me, requestId, plans, clientId);
    return this.plans.present(me, plans);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CarePlanChangeModel], { description: 'What changed between two versions of the same client’s plan.' })
  async carePlanDiff(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: CarePlanDiffArgs): Promise<CarePlanChangeModel[]> {
    const { changes, plans } = await this.plans.diff(me, args.fromPlanId, args.toPlanId);
    await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'CarePlan', entityIds: [...new Set(plans.map((p) => p.id))] });
    return changes.map((c) => CarePlanChangeModel.from(c));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CarePlanModel], { description: 'Active plans past their review date among the clients you see, oldest due first.' })
  async carePlansOverdue(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() page: PageArgs): Promise<CarePlanModel[]> {
    const plans = await this.plans.overdue(me, page);
    await this.recordList(me, requestId, plans);
    return this.plans.present(me, plans);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => [CarePlanModel], {
    description: "Plans waiting for sign-off among the clients you see (a supervisor's team queue), oldest submitted first.",
  })
  async carePlansAwaitingSignOff(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() page: PageArgs): Promise<CarePlanModel[]> {
    const plans = await this.plans.awaitingSignOff(me, page);
    await this.recordList(me, requestId, plans);
    return this.plans.present(me, plans);
  }

  private async readOne(me: StaffPrincipal, requestId: string, clientId: string, plan: CarePlanEntity | null): Promise<CarePlanModel | null> {
    // Finding no plan is still a look at the client's record.
    await this.audit.record(
      plan
        ? { actor: me, requestId, action: 'READ', entityType: 'CarePlan', entityIds: [plan.id] }
        : { actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [clientId] },
    );
    if (!plan) return null;
    return this.plans.presentOne(me, plan);
  }

  private async recordList(me: StaffPrincipal, requestId: string, plans: readonly CarePlanEntity[], clientId?: string): Promise<void> {
    if (plans.length === 0 && clientId) {
      await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [clientId] });
      return;
    }
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'CarePlan', entityIds: plans.map((p) => p.id) });
  }
}
