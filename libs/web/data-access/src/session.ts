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
}

export interface Session {
  token: string;
  /** ISO date-time; the token stops working then. */
  expiresAt: string;
  me: SessionUser;
}

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEndReason = 'signed-out' | 'expired';
