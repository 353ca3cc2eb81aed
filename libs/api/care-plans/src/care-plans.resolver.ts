import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { PageArgs, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { CarePlanModel } from './care-plan.model';
import { CarePlanChangeModel } from './care-plan-change.model';
import { CarePlanDiffArgs, CarePlanIdArgs, ClientCarePlanArgs } from './care-plan.args';
import { CarePlansService } from './care-plans.service';

/**
 * Reading care plans. Every read is scoped by ClientAccessPolicy through the plan's client, which
 * records the client as disclosed (finding no plan is still a look at the client's record).
 */
@Resolver(() => CarePlanModel)
export class CarePlansResolver {
  constructor(private readonly plans: CarePlansService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CarePlanModel, { description: 'One version of a care plan.' })
  async carePlan(@Ctx() ctx: RequestContext, @Args() { id }: CarePlanIdArgs): Promise<CarePlanModel> {
    return this.plans.presentOne(ctx, await this.plans.findVisiblePlan(ctx, id));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CarePlanModel, { nullable: true, description: "The client's signed, active plan; null before the first sign-off." })
  async currentCarePlan(@Ctx() ctx: RequestContext, @Args() { clientId }: ClientCarePlanArgs): Promise<CarePlanModel | null> {
    const plan = await this.plans.current(ctx, clientId);
    return plan ? this.plans.presentOne(ctx, plan) : null;
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CarePlanModel, { nullable: true, description: 'The draft or the version waiting for review, if a revision is under way.' })
  async openCarePlan(@Ctx() ctx: RequestContext, @Args() { clientId }: ClientCarePlanArgs): Promise<CarePlanModel | null> {
    const plan = await this.plans.open(ctx, clientId);
    return plan ? this.plans.presentOne(ctx, plan) : null;
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CarePlanModel], { description: "Every version of the client's plan, newest first; signed versions are read-only." })
  async carePlanHistory(@Ctx() ctx: RequestContext, @Args() { clientId }: ClientCarePlanArgs): Promise<CarePlanModel[]> {
    return this.plans.present(ctx, await this.plans.history(ctx, clientId));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CarePlanChangeModel], { description: 'What changed between two versions of the same client’s plan.' })
  async carePlanDiff(@Ctx() ctx: RequestContext, @Args() args: CarePlanDiffArgs): Promise<CarePlanChangeModel[]> {
    const changes = await this.plans.diff(ctx, args.fromPlanId, args.toPlanId);
    return changes.map((c) => CarePlanChangeModel.from(c));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CarePlanModel], { description: 'Active plans past their review date among the clients you see, oldest due first.' })
  async carePlansOverdue(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<CarePlanModel[]> {
    return this.plans.present(ctx, await this.plans.overdue(ctx, page));
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => [CarePlanModel], {
    description: "Plans waiting for sign-off among the clients you see (a supervisor's team queue), oldest submitted first.",
  })
  async carePlansAwaitingSignOff(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<CarePlanModel[]> {
    return this.plans.present(ctx, await this.plans.awaitingSignOff(ctx, page));
  }
}
