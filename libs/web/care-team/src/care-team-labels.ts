import { MAX_ASSIGNMENT_DAYS_AHEAD, toIsoDate } from '@carecircle/shared/domain';
import { addDays, parseISO } from 'date-fns';

/** The two parts on a care team, as a clinician says them. */
export const PART_LABELS: Record<string, string> = { COUNSELOR: 'Counselor', PEER_SUPPORT: 'Peer worker' };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A `YYYY-MM-DD` date in the reader's locale ("Mar 3, 2026"), without time-zone shifts. */
export function formatDay(isoDate: string): string {
  const date = parseISO(isoDate.slice(0, 10));
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** The last day a care-team change may be scheduled for, as the API checks it. */
export function latestAssignmentDay(todayIso: string): string {
  return toIsoDate(addDays(parseISO(todayIso), MAX_ASSIGNMENT_DAYS_AHEAD));
}
