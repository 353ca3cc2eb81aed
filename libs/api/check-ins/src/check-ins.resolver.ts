import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { Clock, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
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
  @Mutation(() => CheckInModel, {
    description: "Records a check-in for a client the caller can see (counselor, supervisor or the client's peer worker), with the caller as recorder.",
  })
  async logCheckIn(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args('input') input: LogCheckInInput): Promise<CheckInModel> {
    return CheckInModel.from(await this.service.log({ me, requestId }, input), { showNote: true });
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [CheckInModel], { description: `A client's check-ins on the UTC days from \`from\` to \`to\` (at most ${MAX_CHECK_IN_RANGE_DAYS} days), newest first.` })
  async checkIns(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: CheckInRangeArgs): Promise<CheckInModel[]> {
    const { items, mayReadNote } = await this.service.list({ me, requestId }, args);
    return items.map((checkIn) => CheckInModel.from(checkIn, { showNote: mayReadNote(checkIn) }));
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => CheckInCompletionModel, { description: "Check-ins received against the client's schedule over a range of days." })
  async checkInCompletion(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() args: CheckInRangeArgs,
  ): Promise<CheckInCompletionModel> {
    return Object.assign(new CheckInCompletionModel(), await this.service.completion({ me, requestId }, args));
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Mutation(() => ClientModel, { description: 'Sets how often the client is expected to check in. Returns the client with its new version.' })
  async setCheckInSchedule(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() args: SetCheckInScheduleArgs,
  ): Promise<ClientModel> {
    return ClientModel.from(await this.service.setSchedule({ me, requestId }, args), this.clock.today());
  }
}
