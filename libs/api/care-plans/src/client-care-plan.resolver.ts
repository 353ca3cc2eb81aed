import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { CarePlanStatus } from './care-plan-enums';
import { CarePlanModel } from './care-plan.model';
import { CarePlansService } from './care-plans.service';

/** Adds the care plan to Client. The parent Client was already scoped and audited by its query. */
@Resolver(() => ClientModel)
export class ClientCarePlanResolver {
  constructor(
    private readonly plans: CarePlansService,
    private readonly audit: AuditService,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => CarePlanModel, { nullable: true, description: 'The signed, active care plan; null before the first sign-off.' })
  async currentCarePlan(@Parent() client: ClientModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<CarePlanModel | null> {
    const loader = requestLoader(ctx.req, 'carePlans.activeByClient', async (clientIds: readonly string[]) => {
      const plans = await this.plans.activeForClients(me, clientIds);
      const found = plans.filter((p) => p !== null);
      await this.audit.record({ actor: me, requestId: ctx.req.requestId, action: 'READ', entityType: 'CarePlan', entityIds: found.map((p) => p.id) });
      const models = new Map((await this.plans.present(me, found)).map((m) => [m.id, m]));
      return plans.map((p) => (p ? (models.get(p.id) ?? null) : null));
    });
    return loader.load(client.id);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => CarePlanStatus, {
    nullable: true,
    description: "Status of the newest plan version: DRAFT or PENDING_REVIEW while a revision is open, otherwise ACTIVE; null when there is no plan yet.",
  })
  carePlanStatus(@Parent() client: ClientModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<CarePlanStatus | null> {
    const loader = requestLoader(ctx.req, 'carePlans.latestStatusByClient', (clientIds: readonly string[]) => this.plans.latestStatusForClients(me, clientIds));
    return loader.load(client.id);
  }
}
