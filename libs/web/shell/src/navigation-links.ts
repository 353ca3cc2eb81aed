import type { StaffRole } from '@carecircle/web/data-access';

export interface NavigationLink {
  to: string;
  label: string;
}

/** What each role sees in the main navigation. Clinical roles land on their client list. */
export const NAVIGATION_BY_ROLE: Record<StaffRole, readonly NavigationLink[]> = {
  COUNSELOR: [
    { to: '/', label: 'My caseload' },
    { to: '/clients/new', label: 'Admit a client' },
    { to: '/dashboard', label: 'My dashboard' },
  ],
  SUPERVISOR: [
    { to: '/', label: 'Team caseload' },
    { to: '/clients/new', label: 'Admit a client' },
    { to: '/dashboard', label: 'Team dashboard' },
    { to: '/sign-off', label: 'Sign-off queue' },
    { to: '/team', label: 'Team caseloads' },
  ],
  PEER_SUPPORT: [
    { to: '/', label: 'Today' },
    { to: '/caseload', label: 'My clients' },
    { to: '/log-contact', label: 'Log a contact' },
  ],
  ADMIN: [
    { to: '/', label: 'Administration' },
    { to: '/admin/staff', label: 'Staff' },
    { to: '/admin/programs', label: 'Programs' },
    { to: '/admin/organization', label: 'Organization' },
  ],
};
