import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { MilestoneReachedModel } from './milestone-reached.model';
import { MilestoneModel } from './milestone.model';
import { MilestonesReachedArgs } from './milestones-reached.args';
import { MilestonesService, MAX_MILESTONE_WINDOW_DAYS } from './milestones.service';
import { ResetRecoveryStartDateInput } from './reset-recovery-start-date.input';

@Resolver(() => MilestoneReachedModel)
export class MilestonesResolver {
  constructor(
    private readonly service: MilestonesService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [MilestoneReachedModel], {
    description: `Milestones the caller's clients (not discharged) reach from \`from\` to \`to\` (at most ${MAX_MILESTONE_WINDOW_DAYS} days), by date.`,
  })
  async milestonesReached(@Ctx() ctx: RequestContext, @Args() { from, to }: MilestonesReachedArgs): Promise<MilestoneReachedModel[]> {
    const today = this.clock.today();
    const clients = new Map<string, ClientModel>();
    return (await this.service.reached(ctx, from, to)).map(({ client, milestone }) => {
      const model = clients.get(client.id) ?? ClientModel.from(client, today);
      clients.set(client.id, model);
      return Object.assign(new MilestoneReachedModel(), { client: model, milestone: MilestoneModel.from(milestone, today) });
    });
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ClientModel, {
    description: 'Confirms that reported use resets the recovery start date; keeps the previous date in the history. Counselor or supervisor only.',
  })
  async resetRecoveryStartDate(@WriteCtx() ctx: WriteContext, @Args('input') input: ResetRecoveryStartDateInput): Promise<ClientModel> {
    return ClientModel.from(await this.service.resetRecoveryStartDate(ctx, input), this.clock.today());
  }
}
