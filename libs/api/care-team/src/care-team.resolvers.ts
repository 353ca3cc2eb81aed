import { CareTeamCandidatesResolver } from './care-team-candidates.resolver';
import { ClientCareTeamResolver } from './client-care-team.resolver';
import { ClientCareTeamHistoryResolver } from './client-care-team-history.resolver';
import { CareTeamAssignmentResolver } from './care-team-assignment.resolver';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const careTeamResolvers = [ClientCareTeamResolver, CareTeamCandidatesResolver, ClientCareTeamHistoryResolver, CareTeamAssignmentResolver];
