import type { StaffRole } from './gql/graphql';

/** The signed-in staff member, as `login` returns it. */
export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
  organizationId: string;
  organizationName: string;
  /** The organization's IANA time zone, where its days start; absent in sessions stored before zones existed. */
  organizationTimeZone?: string;
  /** The privacy-officer permission (who viewed any record); absent in sessions stored before it existed. */
  isPrivacyOfficer?: boolean;
}

/**
 * What the web keeps of the signed-in session, for display: who, and until when. No token: the session itself
 * is an httpOnly cookie the API sets, out of reach of any script in the page.
 */
export interface Session {
  /** ISO date-time; the session ends then unless activity renews it (renewSession). */
  expiresAt: string;
  /** The organization's automatic sign-out: minutes without activity. Absent in sessions stored before it existed. */
  inactivitySignOutMinutes?: number;
  me: SessionUser;
}

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEndReason = 'signed-out' | 'expired' | 'inactive';

/** The sign-in page's words after an automatic sign-out. */
export function inactivitySignOutMessage(minutes: number | null): string {
  return minutes ? `You were signed out after ${minutes} minutes without activity.` : 'You were signed out after a time without activity.';
}
