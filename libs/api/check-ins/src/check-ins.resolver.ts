import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { CheckInCompletionModel } from './check-in-completion.model';
import { CheckInModel } from './check-in.model';
import { CheckInRangeArgs } from './check-in-range.args';
import { CheckInsService, MAX_CHECK_IN_RANGE_DAYS } from './check-ins.service';
import { LogCheckInInput } from './log-check-in.input';
import { SetCheckInScheduleArgs } from './set-check-in-schedule.args';

@Resolver(() => CheckInModel)
export class CheckInsResolver {
  constructor(
    private readonly service: CheckInsService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Transaction()
  @Mutation(() => CheckInModel, {
    description: "Records a check-in for a client the caller can see (counselor, supervisor or the client's peer worker), with the caller as recorder.",
  })
  async logCheckIn(@WriteCtx() ctx: WriteContext, @Args('input') input: LogCheckInInput): Promise<CheckInModel> {
    return CheckInModel.from(await this.service.log(ctx, input));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CheckInModel], {
    description: `A client's check-ins on the UTC days from \`from\` to \`to\` (at most ${MAX_CHECK_IN_RANGE_DAYS} days), newest first. FORBIDDEN for a peer support worker unless the client's consent names the peer support team for check-ins.`,
  })
  async checkIns(@Ctx() ctx: RequestContext, @Args() args: CheckInRangeArgs): Promise<CheckInModel[]> {
    // list() refuses a caller who may not see this client's check-ins, so whoever gets here reads the notes too.
    return (await this.service.list(ctx, args)).map((checkIn) => CheckInModel.from(checkIn));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CheckInCompletionModel, {
    description: "Check-ins received against the client's schedule over a range of days. Consent-gated for peer support workers like checkIns.",
  })
  async checkInCompletion(@Ctx() ctx: RequestContext, @Args() args: CheckInRangeArgs): Promise<CheckInCompletionModel> {
    return Object.assign(new CheckInCompletionModel(), await this.service.completion(ctx, args));
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ClientModel, { description: 'Sets how often the client is expected to check in. Returns the client with its new version.' })
  async setCheckInSchedule(@WriteCtx() ctx: WriteContext, @Args() args: SetCheckInScheduleArgs): Promise<ClientModel> {
    return ClientModel.from(await this.service.setSchedule(ctx, args), this.clock.today());
  }
}
