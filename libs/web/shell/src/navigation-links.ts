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
    { to: '/emergency-access', label: 'Emergency access' },
  ],
  SUPERVISOR: [
    { to: '/', label: 'Team caseload' },
    { to: '/clients/new', label: 'Admit a client' },
    { to: '/dashboard', label: 'Team dashboard' },
    { to: '/sign-off', label: 'Sign-off queue' },
    { to: '/team', label: 'Team caseloads' },
    { to: '/emergency-access', label: 'Emergency access' },
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

/** The privacy-officer permission sits beside the role, so its page is added to whatever the role sees. */
export const PRIVACY_OFFICER_LINK: NavigationLink = { to: '/privacy', label: 'Privacy' };

export function navigationFor(me: { role: StaffRole; isPrivacyOfficer?: boolean }): readonly NavigationLink[] {
  const links = NAVIGATION_BY_ROLE[me.role];
  return me.isPrivacyOfficer ? [...links, PRIVACY_OFFICER_LINK] : links;
}
