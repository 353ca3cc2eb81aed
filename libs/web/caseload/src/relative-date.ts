import { differenceInCalendarDays, parseISO } from 'date-fns';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const relativeAlways = new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });
const fullDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** "today", "yesterday", "3 days ago" in the reader's locale, counted in calendar days. */
export function daysAgoText(instant: string, now: Date = new Date()): string {
  const days = differenceInCalendarDays(parseISO(instant), now);
  if (Math.abs(days) >= 60) return relative.format(Math.round(days / 30), 'month');
  return relative.format(days, 'day');
}

/** The full date and time of an instant, for the title and screen readers. */
export function fullDateTimeText(instant: string): string {
  return fullDateTime.format(parseISO(instant));
}

/** "in 5 days" for a count of days ahead. */
export function inDaysText(days: number): string {
  return days === 0 ? relative.format(0, 'day') : relativeAlways.format(days, 'day');
}
