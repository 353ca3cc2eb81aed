import { ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, ClientStatus } from '@carecircle/shared/domain';
import { Clock } from '@carecircle/api/platform';
import { AllowRoles, fieldContext, type GraphQLRequest } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { CarePlanStatus } from './care-plan-enums';
import { CarePlanModel } from './care-plan.model';
import { CarePlansService, type VisiblePlan } from './care-plans.service';

/** Adds the care plan to Client; the parent's id is one the policy scoped, and disclosed with it. */
@Resolver(() => ClientModel)
export class ClientCarePlanResolver {
  constructor(
    private readonly plans: CarePlansService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => CarePlanModel, { nullable: true, description: 'The signed, active care plan; null before the first sign-off.' })
  currentCarePlan(client: ClientModel, _args: unknown, graphql: GraphQLRequest): CarePlanModel | null | Promise<CarePlanModel | null> {
    const prefetched = client.prefetched?.currentCarePlan;
    if (prefetched !== undefined) return prefetched && this.fromPrefetched(client, prefetched);
    const ctx = fieldContext(graphql);
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
  carePlanStatus(client: ClientModel, _args: unknown, graphql: GraphQLRequest): CarePlanStatus | null | Promise<CarePlanStatus | null> {
    const prefetched = client.prefetched?.carePlanStatus;
    if (prefetched !== undefined) return prefetched;
    const ctx = fieldContext(graphql);
    const loader = clientLoader(ctx, 'carePlans.latestStatusByClient', (clientIds) => this.plans.latestStatusForClients(ctx, clientIds));
    return loader.load(client.id);
  }

  /**
   * The plan a list fetched with its client: only its identity and review date, which is all such a
   * list asks for (the list prefetches nothing when the document asks for more). Overdue as
   * `CarePlansService.present` says: active, past its review date, and the client not discharged.
   */
  private fromPrefetched(client: ClientModel, plan: NonNullable<NonNullable<ClientModel['prefetched']>['currentCarePlan']>): CarePlanModel {
    const today = this.clock.today();
    const isOverdue =
      plan.status === CarePlanStatus.ACTIVE && plan.reviewDueOn !== null && plan.reviewDueOn < today && client.status !== ClientStatus.DISCHARGED;
    return Object.assign(new CarePlanModel(), { ...plan, isOverdue });
  }
}
