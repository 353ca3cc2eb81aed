import { useState } from 'react';
import { calendarDayIn, toIsoDate } from '@carecircle/shared/domain';
import { sessionStore } from './session-store';
import { useSession } from './use-session';

/**
 * "Today" for the organization, as a local Date (noon, clear of any daylight-saving midnight) on
 * the organization's calendar day: a counselor in Chicago reading a Los Angeles program's record
 * at 00:30 sees the program's today, which is still yesterday for them. Date maths written for a
 * local Date (subDays, format 'yyyy-MM-dd') then count the organization's days. Without a zone
 * (a session stored before zones existed) the browser's own now is used, as before.
 */
export function organizationToday(timeZone: string | null | undefined, now: Date = new Date()): Date {
  if (!timeZone) return now;
  const [year, month, day] = calendarDayIn(now, timeZone).split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12);
}

/** The organization's today, fixed for the life of the component (a page does not change day under its reader). */
export function useOrganizationToday(): Date {
  const zone = useSession()?.me.organizationTimeZone;
  const [today] = useState(() => organizationToday(zone));
  return today;
}

/**
 * The organization's today as YYYY-MM-DD, read when called: for validation rules written outside a
 * component ("cannot be in the future"), so the browser refuses exactly the days the server refuses.
 */
export function organizationTodayIso(now: Date = new Date()): string {
  return toIsoDate(organizationToday(sessionStore.getSession()?.me.organizationTimeZone, now));
}
