import { RETENTION_HORIZON_DAYS } from '@carecircle/shared/domain';
import type { DashboardRetentionQuery } from '@carecircle/web/data-access';

export type RetentionRate = DashboardRetentionQuery['retention']['rates'][number];
export type RetentionCurve = DashboardRetentionQuery['retention']['curves'][number];
/** What drawing a curve needs; landmark curves (support system) carry more fields. */
export type CurveData = Pick<RetentionCurve, 'group' | 'clients' | 'steps'>;
export type SurvivalStep = RetentionCurve['steps'][number];

/** The horizons retention is reported at (the API reports the same ones). */
export const RETENTION_DAYS = RETENTION_HORIZON_DAYS;
/** The days the numbers-at-risk table shows: admission, then each horizon. */
export const AT_RISK_DAYS = [0, ...RETENTION_HORIZON_DAYS] as const;

/**
 * The days a numbers-at-risk table shows for curves starting on `startDay`: that day, then each
 * horizon after it (admission and every horizon for ordinary curves).
 */
export function atRiskDays(startDay = 0): number[] {
  return [startDay, ...RETENTION_HORIZON_DAYS.filter((d) => d > startDay)];
}

export interface CurvePoint {
  /** Days since admission. */
  days: number;
  /** Share still in treatment, 0–100. */
  percent: number;
}

/** Whole percent from a 0–1 share. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

/**
 * Kaplan–Meier steps as chart points in %, starting from everyone in treatment on day 0, or on
 * `startDay` for curves that start at a landmark (everyone in them was still in treatment then).
 */
export function curvePoints(steps: readonly SurvivalStep[], startDay = 0): CurvePoint[] {
  const points: CurvePoint[] = [{ days: startDay, percent: 100 }];
  for (const step of [...steps].sort((a, b) => a.days - b.days)) {
    points.push({
      days: step.days,
      percent: Math.round(step.survival * 1000) / 10,
    });
  }
  return points;
}

/** Clients still at risk (in treatment and followed) at day t: the first step on or after t, or 0. */
export function numberAtRisk(steps: readonly SurvivalStep[], t: number): number {
  const step = [...steps].sort((a, b) => a.days - b.days).find((s) => s.days >= t);
  return step ? step.atRisk : 0;
}

/**
 * The Kaplan–Meier estimate (0–1) at day t: survival after the last step on or before t; 1 before
 * any step. Null when nobody in the group was followed that long (the curve stops earlier).
 */
export function survivalAt(steps: readonly SurvivalStep[], t: number): number | null {
  const sorted = [...steps].sort((a, b) => a.days - b.days);
  const last = sorted[sorted.length - 1];
  if (!last || last.days < t) return null;
  let survival = 1;
  for (const step of sorted) {
    if (step.days > t) break;
    survival = step.survival;
  }
  return survival;
}

export interface AtRiskRow {
  group: string;
  label: string;
  /** Numbers at risk at AT_RISK_DAYS, in order. */
  atRisk: number[];
}

/** Numbers at risk per group at `days` (admission and each horizon unless told). */
export function atRiskTable(
  curves: readonly CurveData[],
  label: (group: string) => string,
  days: readonly number[] = AT_RISK_DAYS,
): AtRiskRow[] {
  return curves.map((curve) => ({
    group: curve.group,
    label: label(curve.group),
    atRisk: days.map((t) => numberAtRisk(curve.steps, t)),
  }));
}

export interface RetentionTile {
  days: number;
  /** Whole percent, or null when nobody has been admitted that long. */
  percent: number | null;
  retained: number;
  eligible: number;
}

/** One tile per horizon from the ALL-clients rates; horizons the API left out count as nobody eligible. */
export function retentionTiles(rates: readonly RetentionRate[]): RetentionTile[] {
  return RETENTION_DAYS.map((days) => {
    const rate = rates.find((r) => r.days === days);
    if (!rate || rate.eligible === 0 || rate.rate === null) {
      return {
        days,
        percent: null,
        retained: rate?.retained ?? 0,
        eligible: rate?.eligible ?? 0,
      };
    }
    return {
      days,
      percent: percent(rate.rate),
      retained: rate.retained,
      eligible: rate.eligible,
    };
  });
}

function clients(n: number): string {
  return `${n} ${n === 1 ? 'client' : 'clients'}`;
}

/** "90-day retention is 64% (23 of 36 clients)." — at 90 days, or the longest horizon anyone has reached. */
export function retentionRatesSummary(rates: readonly RetentionRate[]): string {
  const tiles = retentionTiles(rates);
  const preferred = [90, 60, 30, 180];
  const tile = preferred.map((d) => tiles.find((t) => t.days === d)).find((t) => t && t.percent !== null);
  if (!tile || tile.percent === null) {
    return 'No client admitted in this range has been in care for 30 days yet, so retention cannot be reported.';
  }
  return `${tile.days}-day retention is ${tile.percent}% (${tile.retained} of ${clients(tile.eligible)}).`;
}

/**
 * The curves in a sentence: for one group, the share still in treatment at 90 days (or the
 * longest time followed); for several, which group retains longest and shortest at that time.
 */
export function retentionCurvesSummary(curves: readonly RetentionCurve[], label: (group: string) => string): string {
  const withSteps = curves.filter((c) => c.steps.length > 0);
  if (withSteps.length === 0) return 'No clients were admitted in this range.';
  const horizon = [90, 60, 30].find((t) => withSteps.some((c) => survivalAt(c.steps, t) !== null));
  const total = withSteps.reduce((sum, c) => sum + c.clients, 0);
  if (horizon === undefined) {
    return `${clients(total)} admitted in this range; none has been followed for 30 days yet.`;
  }
  const estimates = withSteps
    .map((c) => ({
      label: label(c.group),
      clients: c.clients,
      value: survivalAt(c.steps, horizon),
    }))
    .filter((e): e is { label: string; clients: number; value: number } => e.value !== null)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const best = estimates[0]!;
  if (withSteps.length === 1) {
    return `Of ${clients(best.clients)}, an estimated ${percent(best.value)}% are still in treatment at ${horizon} days.`;
  }
  const worst = estimates[estimates.length - 1]!;
  const longest = `${best.label} retains longest: ${percent(best.value)}% still in treatment at ${horizon} days.`;
  if (estimates.length === 1 || worst.label === best.label) return longest;
  return `${longest} ${worst.label} retains least: ${percent(worst.value)}%.`;
}
