import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/** Today as YYYY-MM-DD in the device's time zone (the day the peer worker means by "today"). */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

export function addDaysIso(isoDate: string, days: number): string {
  return format(addDays(parseISO(isoDate), days), 'yyyy-MM-dd');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const longDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** A YYYY-MM-DD day in the reader's locale, e.g. "Mar 4, 2026". */
export function formatDay(isoDate: string): string {
  return dayFormat.format(parseISO(isoDate));
}

/** e.g. "Wednesday, March 4". */
export function formatLongDay(isoDate: string): string {
  return longDayFormat.format(parseISO(isoDate));
}

/** "today", "yesterday", "3 days ago", "in 2 days" relative to `today`. */
export function relativeDay(isoDate: string, today: string): string {
  return relative.format(daysBetween(today, isoDate), 'day');
}
