import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { Clock, requestLoader, type GraphQLRequestContext } from '@carecircle/api/platform';
import { AllowRoles } from '@carecircle/api/auth';
import { ClientModel } from '@carecircle/api/clients';
import { CareTeamMemberModel } from './care-team-member.model';
import { CareTeamService } from './care-team.service';

/** Adds `careTeam` to Client. The parent Client was already scoped and audited by its query. */
@Resolver(() => ClientModel)
export class ClientCareTeamResolver {
  constructor(
    private readonly careTeamService: CareTeamService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [CareTeamMemberModel], { description: 'Counselor and peer support worker assigned now.' })
  async careTeam(@Parent() client: ClientModel, @Context() ctx: GraphQLRequestContext): Promise<CareTeamMemberModel[]> {
    const today = this.clock.today();
    const loader = requestLoader(ctx.req, 'careTeam.current', (ids: readonly string[]) => this.careTeamService.currentTeams(ids, today));
    const assignments = await loader.load(client.id);
    return assignments.map((a) => CareTeamMemberModel.from(a));
  }
}
