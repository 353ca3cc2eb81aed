import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import type { RequestContext, WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { ClientRestrictionArgs, EmergencyAccessArgs, EmergencyClientArgs, EmergencyLookupArgs } from './emergency-access.inputs';
import { EmergencyAccessModel, EmergencyClientMatchModel } from './emergency-access.models';
import { EmergencyAccessService } from './emergency-access.service';

const ALL_ROLES = Object.values(StaffRole);

/** Break-the-glass: restriction, emergency opening and the list of emergency accesses (rules in the service). */
@Resolver(() => EmergencyAccessModel)
export class EmergencyAccessResolver {
  constructor(private readonly emergency: EmergencyAccessService) {}

  // Any role may hold the privacy-officer permission; the service checks it or the supervisor's team.
  @AllowRoles(...ALL_ROLES)
  @Transaction()
  @Mutation(() => ID, { description: "Restricts a client's record to its current care team; others open it only in an emergency. Returns the client id." })
  markClientRestricted(@WriteCtx() ctx: WriteContext, @Args() args: ClientRestrictionArgs): Promise<string> {
    return this.emergency.markRestricted(ctx, args);
  }

  @AllowRoles(...ALL_ROLES)
  @Transaction()
  @Mutation(() => ID, { description: "Removes a record's restriction. Returns the client id." })
  unmarkClientRestricted(@WriteCtx() ctx: WriteContext, @Args() args: ClientRestrictionArgs): Promise<string> {
    return this.emergency.unmarkRestricted(ctx, args);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => EmergencyAccessModel, {
    description: 'Opens a restricted or out-of-scope record for reading for 60 minutes, recorded with the nature of the emergency (42 CFR 2.51).',
  })
  requestEmergencyAccess(@WriteCtx() ctx: WriteContext, @Args() args: EmergencyAccessArgs): Promise<EmergencyAccessModel> {
    return this.emergency.requestEmergencyAccess(ctx, args);
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => [EmergencyClientMatchModel], { description: 'Clients of your organization with exactly this last name and date of birth, to open in an emergency.' })
  findClientForEmergency(@Ctx() ctx: RequestContext, @Args() args: EmergencyLookupArgs): Promise<EmergencyClientMatchModel[]> {
    return this.emergency.findClientForEmergency(ctx, args);
  }

  @AllowRoles(...ALL_ROLES)
  @Query(() => [EmergencyAccessModel], { description: "A client's emergency accesses, newest first: for its care team, its supervisor and privacy officers." })
  emergencyAccessesForClient(@Ctx() ctx: RequestContext, @Args() args: EmergencyClientArgs): Promise<EmergencyAccessModel[]> {
    return this.emergency.forClient(ctx, args.clientId);
  }

  @AllowRoles(...ALL_ROLES)
  @Query(() => [EmergencyAccessModel], {
    description: "Emergency accesses of the last 30 days: all of the organization's for privacy officers, the team's clients' for supervisors.",
  })
  recentEmergencyAccesses(@Ctx() ctx: RequestContext): Promise<EmergencyAccessModel[]> {
    return this.emergency.recent(ctx);
  }
}

/** What the record needs to show a restriction and an emergency access in progress. */
@Resolver(() => ClientModel)
export class ClientEmergencyFieldsResolver {
  constructor(private readonly emergency: EmergencyAccessService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => Boolean, { description: 'Restricted to its current care team; others open it only in an emergency.' })
  restricted(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.emergency.isRestricted(ctx, client.id);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => Date, { nullable: true, description: 'When your emergency access to this record ends; null when you see it by your normal scope.' })
  emergencyAccessUntil(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return this.emergency.accessUntil(ctx, client.id);
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => Boolean, { description: 'Whether you may mark or unmark this record restricted (its supervisor or a privacy officer).' })
  mayChangeRestriction(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.emergency.mayChangeRestriction(ctx, client.id);
  }
}
