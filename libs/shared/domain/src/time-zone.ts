import type { IsoDate } from './episode-of-care';

/**
 * Time zones: an organization's zone decides where its days start — the day a check-in counts on,
 * the weeks of its charts and "today" — so a check-in at 23:30 in Los Angeles is not tomorrow's.
 * Used by the API (validation, day boundaries) and the web (the zone select, chart days), so both
 * sides agree on which zones exist and on what day an instant falls.
 */

/** Every organization starts here until its administrator picks its zone. */
export const DEFAULT_TIME_ZONE = 'UTC';

let zones: readonly string[] | undefined;

/**
 * The IANA zones this runtime knows (canonical names, e.g. America/Chicago), plus 'UTC', sorted.
 * Aliases like US/Pacific are left out on purpose: one name per zone keeps the select short.
 */
export function supportedTimeZones(): readonly string[] {
  zones ??= [...new Set([DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf('timeZone')])].sort((a, b) => a.localeCompare(b));
  return zones;
}

export function isSupportedTimeZone(zone: string): boolean {
  return supportedTimeZones().includes(zone);
}

/** The problem with a proposed zone in the words shown under the field, or null when it is fine. */
export function timeZoneProblem(zone: string): string | null {
  return isSupportedTimeZone(zone) ? null : `timeZone must be an IANA time zone such as America/Chicago or UTC (got "${zone}")`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in a zone: 2026-11-30T06:30Z is 2026-11-29 in America/Los_Angeles. */
export function calendarDayIn(instant: Date, timeZone: string): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
