import { differenceInCalendarDays, format, parseISO, subDays } from 'date-fns';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
});

/** A `YYYY-MM-DD` calendar date as a local Date at midnight, without time-zone shifts. */
export function parseIsoDate(isoDate: string): Date {
  return parseISO(isoDate.slice(0, 10));
}

/** A `YYYY-MM-DD` calendar date in the reader's locale ("Mar 3, 2026" in en-US). */
export function formatIsoDate(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

const monthYearFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });

/** Month and year, for axes spanning months ("Nov 25"). */
export function formatMonthYear(date: Date | number): string {
  return monthYearFormat.format(date);
}

/** Day and month only, for chart axes. */
export function formatShortDate(date: Date | number): string {
  return shortDateFormat.format(date);
}

/** A local Date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Whole calendar days from `today` to `isoDate`: 0 today, negative when past. */
export function daysFromToday(isoDate: string, today: Date): number {
  return differenceInCalendarDays(parseIsoDate(isoDate), today);
}

/** The check-in chart's window: the last `days` days up to and including today. */
export function lastDaysRange(today: Date, days = 90): { from: string; to: string } {
  return { from: toIsoDate(subDays(today, days - 1)), to: toIsoDate(today) };
}

/** "in 12 days", "tomorrow", "today", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
