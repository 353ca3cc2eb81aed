import { parseISO } from 'date-fns';
import type { IsoDate } from '@carecircle/shared/domain';

/**
 * The seed's "now": the first moment of its `today`, in the server's time zone (the zone that
 * `toIsoDateToday()` reads the date in). The seed may run at any hour of that day, so nothing
 * timed later than midnight can be trusted not to lie in the future; every timestamped record
 * (check-ins, sign-offs, revocations) is made before it, and every dated record on or before
 * `today`. Deterministic for a given `today`, unlike the wall clock.
 */
export function seedNow(today: IsoDate): Date {
  return parseISO(today);
}

/** A moment on `date` at `hour:minute` server time; always before seedNow(today) for a date before today. */
export function atTime(date: IsoDate, hour: number, minute = 0): Date {
  const d = parseISO(date);
  d.setHours(hour, minute, 0, 0);
  return d;
}
