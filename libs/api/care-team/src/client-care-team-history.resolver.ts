import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { CareTeamMemberModel } from './care-team-member.model';
import { CareTeamAssignmentService } from './care-team-assignment.service';

/** Adds `careTeamHistory` to Client: who was responsible when. The parent's id is one the policy scoped. */
@Resolver(() => ClientModel)
export class ClientCareTeamHistoryResolver {
  constructor(private readonly assignments: CareTeamAssignmentService) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [CareTeamMemberModel], {
    description: 'Every counselor and peer support worker assignment of this client, ended ones included, newest first (endedOn exclusive).',
  })
  async careTeamHistory(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<CareTeamMemberModel[]> {
    const loader = clientLoader(ctx, 'careTeam.history', (ids) => this.assignments.histories(ctx, ids));
    return (await loader.load(client.id)).map((assignment) => CareTeamMemberModel.from(assignment));
  }
}
