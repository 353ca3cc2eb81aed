import { ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, ClientStatus, lastMilestoneReached, nextMilestone } from '@carecircle/shared/domain';
import { Clock } from '@carecircle/api/platform';
import { AllowRoles } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { MilestoneModel } from './milestone.model';

/**
 * Adds recovery milestones to Client, computed from its recovery start date: no query at all. Without
 * parameter decorators, GraphQL calls them directly for every row of a list (see `fieldContext`).
 */
@Resolver(() => ClientModel)
export class ClientMilestonesResolver {
  constructor(private readonly clock: Clock) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => MilestoneModel, {
    nullable: true,
    description: 'The next milestone after today; null without a recovery start date, and after discharge (milestones stop counting).',
  })
  nextMilestone(client: ClientModel): MilestoneModel | null {
    if (!client.recoveryStartDate || client.status === ClientStatus.DISCHARGED) return null;
    const today = this.clock.today();
    const next = nextMilestone(client.recoveryStartDate, today);
    return next ? MilestoneModel.from(next, today) : null;
  }

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => MilestoneModel, {
    nullable: true,
    description: 'The most recent milestone reached on or before today, or on or before the discharge date once discharged.',
  })
  lastMilestone(client: ClientModel): MilestoneModel | null {
    if (!client.recoveryStartDate) return null;
    const today = this.clock.today();
    // After discharge the program no longer follows the recovery date: count up to the last day in treatment.
    const until = client.status === ClientStatus.DISCHARGED && client.dischargeDate && client.dischargeDate < today ? client.dischargeDate : today;
    const last = lastMilestoneReached(client.recoveryStartDate, until);
    return last ? MilestoneModel.from(last, today) : null;
  }
}
