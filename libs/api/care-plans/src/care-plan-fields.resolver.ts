import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { ApiError, Clock, requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { AuditService } from '@carecircle/api/audit';
import { CarePlanModel } from './care-plan.model';
import { CarePlanInterventionModel } from './care-plan-content.model';
import { CarePlansService } from './care-plans.service';

/** One staff query per request for every staff reference on every plan in the response. */
export function staffLoader(ctx: GraphQLRequestContext, me: StaffPrincipal, plans: CarePlansService) {
  return requestLoader(ctx.req, 'carePlans.staff', (ids: readonly string[]) => plans.staffByIds(me, ids));
}

async function staffMember(ctx: GraphQLRequestContext, me: StaffPrincipal, plans: CarePlansService, id: string | null): Promise<StaffMemberModel | null> {
  if (!id) return null;
  const staff: StaffUserEntity | null = await staffLoader(ctx, me, plans).load(id);
  return staff ? StaffMemberModel.from(staff) : null;
}

/** Who wrote, submitted, signed and returned a plan, and its client: batched per request. */
@Resolver(() => CarePlanModel)
export class CarePlanFieldsResolver {
  constructor(
    private readonly plans: CarePlansService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => ClientModel, { description: 'The client the plan is for.' })
  async client(@Parent() plan: CarePlanModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<ClientModel> {
    const loader = requestLoader(ctx.req, 'carePlans.client', async (ids: readonly string[]) => {
      const clients = await this.plans.clientsByIds(me, ids);
      const shown = clients.flatMap((c) => (c ? [c.id] : []));
      await this.audit.record({ actor: me, requestId: ctx.req.requestId, action: 'LIST', entityType: 'Client', entityIds: shown });
      return clients;
    });
    const client = await loader.load(plan.clientId);
    if (!client) throw ApiError.notFound('Client', plan.clientId);
    return ClientModel.from(client, this.clock.today());
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { description: 'Who started this version.' })
  async createdBy(@Parent() plan: CarePlanModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<StaffMemberModel> {
    return (await staffMember(ctx, me, this.plans, plan.createdById)) ?? missingStaff(plan.createdById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { description: 'Who changed this version last.' })
  async updatedBy(@Parent() plan: CarePlanModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<StaffMemberModel> {
    return (await staffMember(ctx, me, this.plans, plan.updatedById)) ?? missingStaff(plan.updatedById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true })
  submittedBy(@Parent() plan: CarePlanModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<StaffMemberModel | null> {
    return staffMember(ctx, me, this.plans, plan.submittedById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true, description: 'The supervisor who signed this version.' })
  signedBy(@Parent() plan: CarePlanModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<StaffMemberModel | null> {
    return staffMember(ctx, me, this.plans, plan.signedById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true, description: 'The supervisor who last returned it for changes.' })
  returnedBy(@Parent() plan: CarePlanModel, @CurrentStaff() me: StaffPrincipal, @Context() ctx: GraphQLRequestContext): Promise<StaffMemberModel | null> {
    return staffMember(ctx, me, this.plans, plan.returnedById);
  }
}

/** The staff member responsible for an intervention, from the same per-request staff loader. */
@Resolver(() => CarePlanInterventionModel)
export class CarePlanInterventionResolver {
  constructor(private readonly plans: CarePlansService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true })
  responsibleStaff(
    @Parent() intervention: CarePlanInterventionModel,
    @CurrentStaff() me: StaffPrincipal,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<StaffMemberModel | null> {
    return staffMember(ctx, me, this.plans, intervention.responsibleStaffId);
  }
}

function missingStaff(id: string): never {
  throw ApiError.notFound('Staff member', id);
}
