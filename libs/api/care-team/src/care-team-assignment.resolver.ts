import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import { Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { AssignCareTeamMemberInput } from './assign-care-team-member.input';
import { CareTeamAssignmentService } from './care-team-assignment.service';
import { MoveCaseloadInput } from './move-caseload.input';

/** A supervisor changes who is responsible for whom: one client at a time, or a whole caseload at once. */
@Resolver(() => ClientModel)
export class CareTeamAssignmentResolver {
  constructor(
    private readonly assignments: CareTeamAssignmentService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => ClientModel, {
    description:
      "Makes a staff member the client's counselor or peer support worker from effectiveOn, ending the current holder of that part " +
      'on the same day (ended_on is exclusive: from then on they no longer see the client through it). The client must be one whose ' +
      'counselor is you or on your team, in treatment. Refusals change nothing: unknown or other-organization staff NOT_FOUND; ' +
      'reasons STAFF_INACTIVE, WRONG_ROLE, NOT_ON_YOUR_TEAM, PEER_NOT_IN_PROGRAM; effectiveOn before the admission or the current ' +
      'assignment, or more than 90 days ahead; CONFLICT (ALREADY_ASSIGNED) for the person already assigned.',
  })
  async assignCareTeamMember(@WriteCtx() ctx: WriteContext, @Args('input') input: AssignCareTeamMemberInput): Promise<ClientModel> {
    const client = await this.assignments.assign(ctx, input);
    return ClientModel.from(client, this.clock.today());
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Transaction()
  @Mutation(() => Int, {
    description:
      "Moves clients of one person's caseload (their counselor part, or their peer-worker part for a peer support worker) to the " +
      'colleagues named, all on effectiveOn, under the rules of assignCareTeamMember. All or none: any refused move is named in one ' +
      'BAD_USER_INPUT (field moves.N.clientId or moves.N.toStaffId) and nothing moves. Returns how many clients moved.',
  })
  async moveCaseload(@WriteCtx() ctx: WriteContext, @Args('input') input: MoveCaseloadInput): Promise<number> {
    return this.assignments.move(ctx, input);
  }

  @AllowRoles(StaffRole.SUPERVISOR)
  @Query(() => [ClientModel], {
    description:
      "The clients in care currently on this person's caseload (counselor, or peer worker for a peer support worker) that you can see: " +
      'for moving a caseload. The person must be you or on your team (active or deactivated); otherwise NOT_FOUND.',
  })
  async caseloadOf(@Ctx() ctx: RequestContext, @Args('staffId', { type: () => ID }) staffId: string): Promise<ClientModel[]> {
    const today = this.clock.today();
    return (await this.assignments.caseloadOf(ctx, staffId)).map((client) => ClientModel.from(client, today));
  }
}
