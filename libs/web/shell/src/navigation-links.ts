import type { StaffRole } from '@carecircle/web/data-access';

export interface NavigationLink {
  to: string;
  label: string;
}

/** What each role sees in the main navigation. Clinical roles land on their client list. */
export const NAVIGATION_BY_ROLE: Record<StaffRole, readonly NavigationLink[]> = {
  COUNSELOR: [{ to: '/', label: 'My caseload' }],
  SUPERVISOR: [{ to: '/', label: 'Team caseload' }],
  PEER_SUPPORT: [{ to: '/', label: 'My clients' }],
  ADMIN: [{ to: '/', label: 'Administration' }],
};
