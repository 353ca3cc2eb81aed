import { CRAVING_SCALE, MOOD_SCALE } from '@carecircle/shared/domain';
import type { DashboardCheckInTrendsQuery } from '@carecircle/web/data-access';
import { addDays } from 'date-fns';
import { parseIsoDate, toIsoDate } from './date-range';

export type CheckInTrend = DashboardCheckInTrendsQuery['checkInTrends'][number];
export type CheckInWeek = CheckInTrend['weeks'][number];

export interface TrendPoint {
  weekStart: string;
  /** Sunday of the week, YYYY-MM-DD. */
  weekEnd: string;
  clientsInCare: number;
  expected: number;
  received: number;
  /** 0–100, or null when no check-ins were expected. */
  completionPct: number | null;
  usePct: number | null;
  meetingsPct: number | null;
  /** 0–10. */
  craving: number | null;
  /** 1–5. */
  mood: number | null;
}

function pct(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

export function weekEnd(weekStart: string): string {
  const start = parseIsoDate(weekStart);
  return start ? toIsoDate(addDays(start, 6)) : weekStart;
}

/** Weekly points for the charts, oldest first. With several groups, the first (ALL: "All clients"). */
export function trendPoints(trends: readonly CheckInTrend[]): TrendPoint[] {
  const weeks = trends[0]?.weeks ?? [];
  return [...weeks]
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .map((w) => ({
      weekStart: w.weekStart,
      weekEnd: weekEnd(w.weekStart),
      clientsInCare: w.clientsInCare,
      expected: w.expected,
      received: w.received,
      completionPct: pct(w.completionRate),
      usePct: pct(w.shareReportingUse),
      meetingsPct: pct(w.shareAttendingMeetings),
      craving: oneDecimal(w.meanCraving),
      mood: oneDecimal(w.meanMood),
    }));
}

/** True when there is at least one week with check-ins expected or received. */
export function hasTrendData(points: readonly TrendPoint[]): boolean {
  return points.some((p) => p.expected > 0 || p.received > 0);
}

/** "Mar 2, 2026" in sentences: a range can span a new year. */
function weekOf(iso: string, locale?: string): string {
  const date = parseIsoDate(iso);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date) : iso;
}

/** Short "Mar 2" labels for the weekly axis, in the reader's locale. */
export function weekLabel(iso: string, locale?: string): string {
  const date = parseIsoDate(iso);
  return date
    ? new Intl.DateTimeFormat(locale, {
        month: 'short',
        day: 'numeric',
      }).format(date)
    : iso;
}

function count(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** Completion over the whole range and in the latest week, and the share reporting use. */
export function completionSummary(points: readonly TrendPoint[], locale?: string): string {
  if (!hasTrendData(points)) return 'No check-ins were expected in this range.';
  const expected = points.reduce((sum, p) => sum + p.expected, 0);
  const received = points.reduce((sum, p) => sum + p.received, 0);
  const overall = expected > 0 ? Math.round((received / expected) * 100) : null;
  const latest = [...points]
    .reverse()
    .find((p): p is TrendPoint & { completionPct: number } => p.completionPct !== null);
  const parts: string[] = [];
  if (overall !== null) {
    parts.push(
      `Over ${points.length} ${points.length === 1 ? 'week' : 'weeks'}, clients completed ${overall}% of expected check-ins (${count(received, locale)} of ${count(expected, locale)}).`,
    );
  } else {
    parts.push(`${count(received, locale)} check-ins were received; none were expected by the clients' schedules.`);
  }
  if (latest) {
    const use = latest.usePct === null ? '' : ` and ${Math.round(latest.usePct)}% of those checking in reported use`;
    parts.push(
      `In the week of ${weekOf(latest.weekStart, locale)}, completion was ${Math.round(latest.completionPct)}%${use}.`,
    );
  }
  return parts.join(' ');
}

function change(first: number, last: number, scale: string): string {
  if (Math.abs(first - last) < 0.05) return `held at ${last.toFixed(1)} ${scale}`;
  return `${last < first ? 'fell' : 'rose'} from ${first.toFixed(1)} to ${last.toFixed(1)} ${scale}`;
}

/** How mean craving and mood moved between the first and the latest week that has them. */
export function cravingMoodSummary(points: readonly TrendPoint[], locale?: string): string {
  const series = (key: 'craving' | 'mood') =>
    points.flatMap((p) => (p[key] === null ? [] : [{ weekStart: p.weekStart, value: p[key] }]));
  const craving = series('craving');
  const mood = series('mood');
  const parts: string[] = [];
  const [firstCraving, lastCraving] = [craving[0], craving[craving.length - 1]];
  if (firstCraving && lastCraving) {
    parts.push(
      craving.length === 1
        ? `Mean craving was ${lastCraving.value.toFixed(1)} out of ${CRAVING_SCALE.max} in the week of ${weekOf(lastCraving.weekStart, locale)}.`
        : `Mean craving ${change(firstCraving.value, lastCraving.value, `out of ${CRAVING_SCALE.max}`)} between the weeks of ${weekOf(firstCraving.weekStart, locale)} and ${weekOf(lastCraving.weekStart, locale)}.`,
    );
  }
  const [firstMood, lastMood] = [mood[0], mood[mood.length - 1]];
  if (firstMood && lastMood) {
    parts.push(
      mood.length === 1
        ? `Mean mood was ${lastMood.value.toFixed(1)} out of ${MOOD_SCALE.max}.`
        : `Mean mood ${change(firstMood.value, lastMood.value, `out of ${MOOD_SCALE.max}`)} (higher is better).`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : 'No check-ins with craving or mood were recorded in this range.';
}
