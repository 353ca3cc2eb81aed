import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { WriteContext } from '@carecircle/api/platform';
import { AllowRoles, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { FamilyEngagementEventModel } from './family-engagement-event.model';
import { LogFamilyEngagementInput } from './log-family-engagement.input';
import { FamilyEngagementService } from './family-engagement.service';
import { SUPPORT_NETWORK_EDITORS } from './support-network-roles';

@Resolver(() => FamilyEngagementEventModel)
export class FamilyEngagementResolver {
  constructor(private readonly familyEngagement: FamilyEngagementService) {}

  /** Peer workers log their own contacts elsewhere; family engagement is the clinicians'. */
  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @Transaction()
  @Mutation(() => FamilyEngagementEventModel, { description: 'Logs a family engagement event that has happened, with the caller as staff.' })
  async logFamilyEngagement(@WriteCtx() ctx: WriteContext, @Args('input') input: LogFamilyEngagementInput): Promise<FamilyEngagementEventModel> {
    return FamilyEngagementEventModel.from(await this.familyEngagement.log(ctx, input));
  }
}
