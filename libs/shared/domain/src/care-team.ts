/** A staff member's part in one client's care. */
export enum CareTeamRole {
  COUNSELOR = 'COUNSELOR',
  PEER_SUPPORT = 'PEER_SUPPORT',
}

/** A staff member's part on the team, e.g. "Jo Smith (Peer support)". */
export const CARE_TEAM_ROLE_LABELS: Record<CareTeamRole, string> = {
  [CareTeamRole.COUNSELOR]: 'Counselor',
  [CareTeamRole.PEER_SUPPORT]: 'Peer support',
};
