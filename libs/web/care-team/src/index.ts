// Who is responsible for whom: the care team on the record (with its history and reassignment),
// the supervisor's caseload balance, and moving a caseload.
export { CareTeamSection } from './care-team-section';
export type { CareTeamSectionProps } from './care-team-section';
export { TeamCaseloadsPage } from './team-caseloads-page';
export { MoveCaseloadPage } from './move-caseload-page';
