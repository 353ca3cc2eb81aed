import { ResolveField, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { Clock } from '@carecircle/api/platform';
import { AllowRoles, StaffMemberModel, fieldContext, type GraphQLRequest } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { CareTeamMemberModel } from './care-team-member.model';
import { CareTeamService } from './care-team.service';

/** Adds `careTeam` to Client; the parent's id is one the policy scoped. */
@Resolver(() => ClientModel)
export class ClientCareTeamResolver {
  constructor(
    private readonly careTeamService: CareTeamService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @ResolveField(() => [CareTeamMemberModel], { description: 'Counselor and peer support worker assigned now.' })
  careTeam(client: ClientModel, _args: unknown, graphql: GraphQLRequest): CareTeamMemberModel[] | Promise<CareTeamMemberModel[]> {
    const prefetched = client.prefetched?.careTeam;
    if (prefetched !== undefined) {
      return prefetched.map((a) => Object.assign(new CareTeamMemberModel(), { ...a, staff: Object.assign(new StaffMemberModel(), a.staff) }));
    }
    const ctx = fieldContext(graphql);
    const today = this.clock.today();
    const loader = clientLoader(ctx, 'careTeam.current', (ids) => this.careTeamService.currentTeams(ctx, ids, today));
    return loader.load(client.id).then((assignments) => assignments.map((a) => CareTeamMemberModel.from(a)));
  }
}
