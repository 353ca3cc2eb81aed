import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { CarePlanStatus } from './care-plan-enums';
import { CarePlanModel } from './care-plan.model';
import { CarePlansService, type VisiblePlan } from './care-plans.service';

/** Adds the care plan to Client; the parent's id is one the policy scoped, and disclosed with it. */
@Resolver(() => ClientModel)
export class ClientCarePlanResolver {
  constructor(private readonly plans: CarePlansService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => CarePlanModel, { nullable: true, description: 'The signed, active care plan; null before the first sign-off.' })
  async currentCarePlan(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<CarePlanModel | null> {
    const loader = clientLoader(ctx, 'carePlans.activeByClient', async (clientIds) => {
      const plans = await this.plans.activeForClients(ctx, clientIds);
      const found = plans.filter((p): p is VisiblePlan => p !== null);
      const models = new Map((await this.plans.present(ctx, found)).map((m) => [m.id, m]));
      return plans.map((p) => (p ? (models.get(p.id) ?? null) : null));
    });
    return loader.load(client.id);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => CarePlanStatus, {
    nullable: true,
    description: "Status of the newest plan version: DRAFT or PENDING_REVIEW while a revision is open, otherwise ACTIVE; null when there is no plan yet.",
  })
  carePlanStatus(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<CarePlanStatus | null> {
    const loader = clientLoader(ctx, 'carePlans.latestStatusByClient', (clientIds) => this.plans.latestStatusForClients(ctx, clientIds));
    return loader.load(client.id);
  }
}
