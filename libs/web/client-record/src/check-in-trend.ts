import { subDays } from 'date-fns';
import { CRAVING_SCALE, MOOD_SCALE, calendarDayIn } from '@carecircle/shared/domain';
import type { ClientCheckInsQuery } from '@carecircle/web/data-access';
import { toIsoDate } from './dates';

type CheckIn = ClientCheckInsQuery['checkIns'][number];
type Completion = ClientCheckInsQuery['checkInCompletion'];

/** One check-in on the chart; `time` is epoch milliseconds for the time axis. */
export interface CheckInPoint {
  time: number;
  /** The organization's calendar day (its time zone; the browser's when none is known), YYYY-MM-DD. */
  day: string;
  craving: number | null;
  mood: number | null;
  usedSubstances: boolean;
  /** Where the "Use reported" marker sits (on the craving scale), or null when no use. */
  useMarker: number | null;
  channel: CheckIn['channel'];
  /** The staff member who entered it; null when the client sent it. */
  enteredBy: string | null;
}

/**
 * Check-ins oldest first, ready for the chart. Each counts on the organization's day (`timeZone`,
 * the session's organizationTimeZone), as the API counts it: a check-in at 23:30 in Los Angeles is
 * that day's, whatever the reader's browser says.
 */
export function checkInPoints(
  checkIns: ReadonlyArray<Pick<CheckIn, 'occurredAt' | 'craving' | 'mood' | 'usedSubstances' | 'channel'> & { recordedBy: { displayName: string } | null }>,
  timeZone?: string | null,
): CheckInPoint[] {
  return checkIns
    .map((c) => {
      const date = new Date(c.occurredAt);
      return {
        time: date.getTime(),
        day: timeZone && !Number.isNaN(date.getTime()) ? calendarDayIn(date, timeZone) : toIsoDate(date),
        craving: c.craving,
        mood: c.mood,
        usedSubstances: c.usedSubstances,
        useMarker: c.usedSubstances ? (c.craving ?? CRAVING_SCALE.max) : null,
        channel: c.channel,
        enteredBy: c.recordedBy?.displayName ?? null,
      };
    })
    .filter((p) => !Number.isNaN(p.time))
    .sort((a, b) => a.time - b.time);
}

export function average(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

const one = (value: number) => value.toFixed(1);

/** Days (the organization's) on which at least one check-in reported use. */
export function daysWithUse(points: readonly CheckInPoint[]): number {
  return new Set(points.filter((p) => p.usedSubstances).map((p) => p.day)).size;
}

/**
 * The chart's plain-language summary, e.g. "Average craving 6.2/10 in the last 2 weeks, up from
 * 3.1 in the 2 weeks before. Average mood 3.4/5. Use reported on 2 days. 9 of 12 expected
 * check-ins in the last 90 days (75%)."
 */
export function checkInSummary(points: readonly CheckInPoint[], completion: Completion | null, today: Date): string {
  const sentences: string[] = [];
  if (points.length === 0) {
    sentences.push('No check-ins in the last 90 days.');
  } else {
    const recentFrom = toIsoDate(subDays(today, 13));
    const priorFrom = toIsoDate(subDays(today, 27));
    const recent = points.filter((p) => p.day >= recentFrom);
    const prior = points.filter((p) => p.day >= priorFrom && p.day < recentFrom);
    const recentCraving = average(recent.map((p) => p.craving));
    const priorCraving = average(prior.map((p) => p.craving));
    if (recentCraving === null) {
      const all = average(points.map((p) => p.craving));
      sentences.push(
        all === null
          ? 'No craving ratings recorded.'
          : `No check-ins in the last 2 weeks; average craving before that ${one(all)}/${CRAVING_SCALE.max}.`,
      );
    } else if (priorCraving === null) {
      sentences.push(`Average craving ${one(recentCraving)}/${CRAVING_SCALE.max} in the last 2 weeks.`);
    } else {
      const diff = Number(one(recentCraving)) - Number(one(priorCraving));
      const trend = Math.abs(diff) < 0.5 ? 'about the same as' : diff > 0 ? 'up from' : 'down from';
      sentences.push(
        `Average craving ${one(recentCraving)}/${CRAVING_SCALE.max} in the last 2 weeks, ${trend} ${one(priorCraving)} in the 2 weeks before.`,
      );
    }
    const mood = average((recent.length > 0 ? recent : points).map((p) => p.mood));
    if (mood !== null) sentences.push(`Average mood ${one(mood)}/${MOOD_SCALE.max}${recent.length > 0 ? ' in the last 2 weeks' : ''}.`);
    const useDays = daysWithUse(points);
    sentences.push(useDays === 0 ? 'No use reported.' : `Use reported on ${useDays} ${useDays === 1 ? 'day' : 'days'}.`);
  }
  const completionText = completionSentence(completion);
  if (completionText) sentences.push(completionText);
  return sentences.join(' ');
}

/** "9 of 12 expected check-ins in the last 90 days (75%)." or null when nothing was expected. */
export function completionSentence(completion: Completion | null): string | null {
  if (!completion || completion.rate === null || completion.expected <= 0) return null;
  const expected = Math.round(completion.expected);
  return `${completion.received} of ${expected} expected check-ins in the last ${completion.days} days (${Math.round(completion.rate * 100)}%).`;
}

/** Evenly spaced axis ticks every `stepDays` days from `from` to `to` (YYYY-MM-DD, both local). */
export function dayTicks(from: string, to: string, stepDays: number): number[] {
  const ticks: number[] = [];
  const end = new Date(`${to}T00:00:00`).getTime();
  for (
    let d = new Date(`${from}T00:00:00`);
    d.getTime() <= end;
    d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + stepDays)
  ) {
    ticks.push(d.getTime());
  }
  return ticks;
}
