/** What a staff member does decides which client data they may see. */
export enum StaffRole {
  COUNSELOR = 'COUNSELOR',
  SUPERVISOR = 'SUPERVISOR',
  PEER_SUPPORT = 'PEER_SUPPORT',
  ADMIN = 'ADMIN',
}

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  [StaffRole.COUNSELOR]: 'Counselor',
  [StaffRole.SUPERVISOR]: 'Clinical supervisor',
  [StaffRole.PEER_SUPPORT]: 'Peer support worker',
  [StaffRole.ADMIN]: 'Administrator',
};

/** Roles that read clinical records at all; admins manage staff and programs only. */
export const CLINICAL_ROLES: readonly StaffRole[] = [
  StaffRole.COUNSELOR,
  StaffRole.SUPERVISOR,
  StaffRole.PEER_SUPPORT,
];
