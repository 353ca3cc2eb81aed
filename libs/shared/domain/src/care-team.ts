/** A staff member's part in one client's care. */
export enum CareTeamRole {
  COUNSELOR = 'COUNSELOR',
  PEER_SUPPORT = 'PEER_SUPPORT',
}
