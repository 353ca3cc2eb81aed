import { Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, StaffMemberModel } from '@carecircle/api/auth';
import { CareTeamCandidatesService } from './care-team-candidates.service';

/** Who the caller may assign as counselor or peer worker, for the admission form's pickers. Not client data. */
@Resolver(() => StaffMemberModel)
export class CareTeamCandidatesResolver {
  constructor(private readonly candidatesService: CareTeamCandidatesService) {}

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => [StaffMemberModel], {
    description:
      'Active staff the caller may assign at admission, with their role: a counselor gets themselves and the peer support workers; ' +
      "a supervisor gets the counselors on their team and the peer support workers. The caller's organization only.",
  })
  async careTeamCandidates(@Ctx() ctx: RequestContext): Promise<StaffMemberModel[]> {
    return (await this.candidatesService.candidates(ctx)).map((staff) => StaffMemberModel.from(staff));
  }
}
