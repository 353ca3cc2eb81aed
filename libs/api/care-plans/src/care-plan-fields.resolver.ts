import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntityType, CLINICAL_ROLES } from '@carecircle/shared/domain';
import { ApiError, Clock, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { CarePlanModel } from './care-plan.model';
import { CarePlanInterventionModel } from './care-plan-content.model';
import { CarePlansService } from './care-plans.service';

/** One staff query per request for every staff reference on every plan in the response. */
export function staffLoader(ctx: RequestContext, plans: CarePlansService) {
  return ctx.loader('carePlans.staff', (ids: readonly string[]) => plans.staffByIds(ctx, ids));
}

async function staffMember(ctx: RequestContext, plans: CarePlansService, id: string | null): Promise<StaffMemberModel | null> {
  if (!id) return null;
  const staff: StaffUserEntity | null = await staffLoader(ctx, plans).load(id);
  return staff ? StaffMemberModel.from(staff) : null;
}

/** Who wrote, submitted, signed and returned a plan, and its client: batched per request. */
@Resolver(() => CarePlanModel)
export class CarePlanFieldsResolver {
  constructor(
    private readonly plans: CarePlansService,
    private readonly clock: Clock,
  ) {}

  /** Through the access policy, in one query per request, which records each client shown as read. */
  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => ClientModel, { description: 'The client the plan is for.' })
  async client(@Parent() plan: CarePlanModel, @Ctx() ctx: RequestContext): Promise<ClientModel> {
    const loader = ctx.loader('carePlans.client', (ids: readonly string[]) => this.plans.clientsByIds(ctx, ids));
    const client = await loader.load(plan.clientId);
    if (!client) throw ApiError.notFound(AuditEntityType.CLIENT, plan.clientId);
    return ClientModel.from(client, this.clock.today());
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { description: 'Who started this version.' })
  async createdBy(@Parent() plan: CarePlanModel, @Ctx() ctx: RequestContext): Promise<StaffMemberModel> {
    return (await staffMember(ctx, this.plans, plan.createdById)) ?? missingStaff(plan.createdById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { description: 'Who changed this version last.' })
  async updatedBy(@Parent() plan: CarePlanModel, @Ctx() ctx: RequestContext): Promise<StaffMemberModel> {
    return (await staffMember(ctx, this.plans, plan.updatedById)) ?? missingStaff(plan.updatedById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true })
  submittedBy(@Parent() plan: CarePlanModel, @Ctx() ctx: RequestContext): Promise<StaffMemberModel | null> {
    return staffMember(ctx, this.plans, plan.submittedById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true, description: 'The supervisor who signed this version.' })
  signedBy(@Parent() plan: CarePlanModel, @Ctx() ctx: RequestContext): Promise<StaffMemberModel | null> {
    return staffMember(ctx, this.plans, plan.signedById);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true, description: 'The supervisor who last returned it for changes.' })
  returnedBy(@Parent() plan: CarePlanModel, @Ctx() ctx: RequestContext): Promise<StaffMemberModel | null> {
    return staffMember(ctx, this.plans, plan.returnedById);
  }
}

/** The staff member responsible for an intervention, from the same per-request staff loader. */
@Resolver(() => CarePlanInterventionModel)
export class CarePlanInterventionResolver {
  constructor(private readonly plans: CarePlansService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => StaffMemberModel, { nullable: true })
  responsibleStaff(@Parent() intervention: CarePlanInterventionModel, @Ctx() ctx: RequestContext): Promise<StaffMemberModel | null> {
    return staffMember(ctx, this.plans, intervention.responsibleStaffId);
  }
}

function missingStaff(id: string): never {
  throw ApiError.notFound('Staff member', id);
}
