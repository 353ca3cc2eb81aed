import type { StaffRole } from '@carecircle/web/data-access';

/** The page title each clinical role knows its list by. */
export function caseloadHeading(role: StaffRole): string {
  switch (role) {
    case 'COUNSELOR':
      return 'My caseload';
    case 'SUPERVISOR':
      return 'Team caseload';
    case 'PEER_SUPPORT':
      return 'My clients';
    default:
      return 'Clients';
  }
}
