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

/** How far ahead a handover may be scheduled: far enough to plan a leave, near enough to stay true. */
export const MAX_ASSIGNMENT_DAYS_AHEAD = 90;

/**
 * Why a care-team change cannot take effect on `effectiveOn`, or null when it can: not before the
 * client's admission, not before the current assignment of that role began (history never
 * overlaps), not more than MAX_ASSIGNMENT_DAYS_AHEAD days after today. Dates are `YYYY-MM-DD`.
 */
export function assignmentDateProblem(
  effectiveOn: string,
  bounds: { today: string; admissionDate: string; currentStartedOn: string | null },
): string | null {
  if (effectiveOn < bounds.admissionDate) return `effectiveOn cannot be before the admission date (${bounds.admissionDate})`;
  if (bounds.currentStartedOn && effectiveOn < bounds.currentStartedOn) {
    return `effectiveOn cannot be before the current assignment began (${bounds.currentStartedOn})`;
  }
  const [y, m, d] = bounds.today.split('-').map(Number) as [number, number, number];
  const latest = new Date(Date.UTC(y, m - 1, d + MAX_ASSIGNMENT_DAYS_AHEAD)).toISOString().slice(0, 10);
  if (effectiveOn > latest) return `effectiveOn cannot be more than ${MAX_ASSIGNMENT_DAYS_AHEAD} days ahead (${latest} at the latest)`;
  return null;
}
