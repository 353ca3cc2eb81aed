import {
  CRAVING_SCALE,
  isSupportSystemDimension,
  LANDMARK_DAYS_DEFAULT,
  LANDMARK_DAYS_MAX,
  LANDMARK_DAYS_MIN,
  RETENTION_HORIZON_DAYS,
  SMALL_GROUP_MIN_CLIENTS,
  SUPPORT_SYSTEM_DIMENSION_LABELS,
  SUPPORT_SYSTEM_DIMENSIONS,
  SUPPORT_SYSTEM_GROUPS,
  SupportSystemDimension,
} from '@carecircle/shared/domain';
import type { DashboardCheckInTrendsQuery, RetentionGroupClientsQuery, SupportSystemRetentionQuery } from '@carecircle/web/data-access';
import { hasTrendData, trendPoints, type TrendPoint } from './check-in-trends-shaping';
import { percent, survivalAt } from './retention-shaping';

export type SupportSystemReport = SupportSystemRetentionQuery['retention'];
export type SupportCurve = SupportSystemReport['curves'][number];
export type LogRank = NonNullable<SupportSystemReport['logRank']>;
export type SupportGroupClient = RetentionGroupClientsQuery['retentionGroupClients'][number];
export type SupportTrend = DashboardCheckInTrendsQuery['checkInTrends'][number];

/** The comparison picker's options, in the shared words and order. */
export const SUPPORT_DIMENSION_OPTIONS: readonly { value: SupportSystemDimension; label: string }[] = SUPPORT_SYSTEM_DIMENSIONS.map(
  (value) => ({ value, label: SUPPORT_SYSTEM_DIMENSION_LABELS[value] }),
);

export const SMALL_GROUP_NOTE = `too small to read (n < ${SMALL_GROUP_MIN_CLIENTS})`;

export const ASSOCIATION_CAUTION = 'These figures show association in this program’s data, not cause.';

/** The landmark in one plain sentence: why the groups are fair to compare. */
export function landmarkSentence(landmarkDays: number): string {
  return (
    `Each client’s group is fixed from what was recorded in their first ${landmarkDays} days, and the curves start on day ` +
    `${landmarkDays} among clients still in treatment then, so clients who simply stayed longer do not get credit for having ` +
    'more time to log support.'
  );
}

/**
 * A p-value as journals print it: "p < 0.001", three decimals below 0.01, two otherwise, and
 * "p > 0.99" rather than a p of 1.00.
 */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p)) return 'p unknown';
  if (p < 0.001) return 'p < 0.001';
  if (p >= 0.995) return 'p > 0.99';
  if (p < 0.0095) return `p = ${p.toFixed(3)}`;
  return `p = ${p.toFixed(2)}`;
}

/** "Log-rank test across 3 groups: χ² = 6.21 with 2 degrees of freedom, p = 0.04." and what that means. */
export function logRankSentence(logRank: LogRank | null | undefined): string {
  if (!logRank) {
    return 'No log-rank test: it needs at least two groups with clients still in treatment at the landmark and someone leaving care after it.';
  }
  const df = `${logRank.degreesOfFreedom} ${logRank.degreesOfFreedom === 1 ? 'degree' : 'degrees'} of freedom`;
  const reading =
    logRank.pValue < 0.05
      ? 'Differences this large between the curves would be unusual if the groups stayed equally long.'
      : 'Differences this large between the curves could easily arise by chance.';
  return `Log-rank test across ${logRank.groups} groups: χ² = ${logRank.chiSquare.toFixed(2)} with ${df}, ${formatPValue(logRank.pValue)}. ${reading}`;
}

/** A group's name, marked when too few clients were in it at the landmark to read its curve. */
export function supportGroupLabel(curve: Pick<SupportCurve, 'group' | 'tooSmallToRead'>): string {
  return curve.tooSmallToRead ? `${curve.group} — ${SMALL_GROUP_NOTE}` : curve.group;
}

/** The curves in the shared display order; groups the contract does not know go last, as the API sent them. */
export function orderSupportCurves<C extends Pick<SupportCurve, 'group'>>(dimension: string, curves: readonly C[]): C[] {
  if (!isSupportSystemDimension(dimension)) return [...curves];
  const order: readonly string[] = SUPPORT_SYSTEM_GROUPS[dimension];
  const rank = (group: string) => (order.includes(group) ? order.indexOf(group) : order.length);
  return [...curves].sort((a, b) => rank(a.group) - rank(b.group));
}

function clients(n: number): string {
  return `${n} ${n === 1 ? 'client' : 'clients'}`;
}

/**
 * The landmark curves in a sentence: who is compared, which readable group stays longest and which
 * least at day 90 (or the next horizon after the landmark), and which groups are too small to read.
 */
export function supportCurvesSummary(curves: readonly SupportCurve[], landmarkDays: number): string {
  const total = curves.reduce((sum, c) => sum + c.clients, 0);
  const drawn = curves.filter((c) => c.steps.length > 0 && c.clients > 0);
  if (total === 0 || drawn.length === 0) {
    return `No client admitted in this range was still in treatment on day ${landmarkDays}.`;
  }
  const readable = drawn.filter((c) => !c.tooSmallToRead);
  const small = drawn.filter((c) => c.tooSmallToRead).map((c) => c.group);
  const smallNote = small.length > 0 ? ` Too small to read (fewer than ${SMALL_GROUP_MIN_CLIENTS} clients): ${small.join('; ')}.` : '';
  const start = `Of ${clients(total)} still in treatment on day ${landmarkDays}`;
  if (readable.length === 0) return `${start}, every group is too small to read (fewer than ${SMALL_GROUP_MIN_CLIENTS} clients each).`;

  const candidates = [...RETENTION_HORIZON_DAYS.filter((d) => d > landmarkDays && d >= 90), landmarkDays + 30];
  const reaches = (c: SupportCurve, t: number) => survivalAt(c.steps, t) !== null;
  // The first horizon every readable group has been followed to, else the first any has.
  const horizon =
    candidates.find((t) => readable.every((c) => reaches(c, t))) ?? candidates.find((t) => readable.some((c) => reaches(c, t)));
  if (horizon === undefined) return `${start}, none has been followed to day ${landmarkDays + 30} yet.${smallNote}`;
  const estimates = readable
    .map((c) => ({ group: c.group, value: survivalAt(c.steps, horizon) }))
    .filter((e): e is { group: string; value: number } => e.value !== null)
    .sort((a, b) => b.value - a.value || a.group.localeCompare(b.group));
  const best = estimates[0]!;
  const worst = estimates[estimates.length - 1]!;
  if (readable.length === 1) {
    return `${start}, only ${best.group} is large enough to read: an estimated ${percent(best.value)}% still in treatment on day ${horizon}.${smallNote}`;
  }
  if (estimates.length === 1) {
    return (
      `${start}: an estimated ${percent(best.value)}% of ${best.group} still in treatment on day ${horizon}; ` +
      `the other groups have not been followed that long.${smallNote}`
    );
  }
  return (
    `${start}: ${best.group} stays longest, an estimated ${percent(best.value)}% still in treatment on day ${horizon}; ` +
    `${worst.group} least, ${percent(worst.value)}%.${smallNote}`
  );
}

export interface SupportSettings {
  dimension: SupportSystemDimension;
  landmarkDays: number;
}

/** A landmark typed by a person: a whole number of days within the bounds, or why not. */
export function parseLandmark(text: string): { days: number } | { problem: string } {
  const trimmed = text.trim();
  const days = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(days) || days < LANDMARK_DAYS_MIN || days > LANDMARK_DAYS_MAX) {
    return { problem: `Enter a whole number of days from ${LANDMARK_DAYS_MIN} to ${LANDMARK_DAYS_MAX}.` };
  }
  return { days };
}

/** The section's settings from the URL (`compare`, `landmark`); anything unusable falls back to the defaults. */
export function readSupportParams(params: URLSearchParams): SupportSettings {
  const compare = params.get('compare') ?? '';
  const landmark = parseLandmark(params.get('landmark') ?? '');
  return {
    dimension: isSupportSystemDimension(compare) ? compare : SupportSystemDimension.SUPPORTIVE_NETWORK,
    landmarkDays: 'days' in landmark ? landmark.days : LANDMARK_DAYS_DEFAULT,
  };
}

/** Writes one setting into a copy of the params, leaving the others alone; defaults are left out. */
export function writeSupportParams(
  params: URLSearchParams,
  change: { dimension: SupportSystemDimension } | { landmarkDays: number },
): URLSearchParams {
  const next = new URLSearchParams(params);
  if ('dimension' in change) {
    if (change.dimension === SupportSystemDimension.SUPPORTIVE_NETWORK) next.delete('compare');
    else next.set('compare', change.dimension);
  } else if (change.landmarkDays === LANDMARK_DAYS_DEFAULT) {
    next.delete('landmark');
  } else {
    next.set('landmark', String(change.landmarkDays));
  }
  return next;
}

/** Where an episode behind a curve stands: still in treatment, or how it ended as the curves count it. */
export function groupClientOutcome(row: Pick<SupportGroupClient, 'dischargeDate' | 'leftCare'>): string {
  if (!row.dischargeDate) return 'Still in treatment';
  return row.leftCare ? 'Left care' : 'Completed or transferred';
}

/** What the weekly support-system chart draws per group: check-in completion (%) or mean craving. */
export type SupportTrendMeasure = 'completionPct' | 'craving';

/** One group's weekly check-in figures, oldest week first. */
export interface GroupTrend {
  group: string;
  points: TrendPoint[];
}

/** One week of the chart: the week, then the measure per group under `groupTrendKey(i)`. */
export interface GroupTrendRow {
  weekStart: string;
  [series: string]: string | number | null;
}

/** The weekly trends per group, in the shared display order, shaped as the dashboard's other trend charts are. */
export function supportGroupTrends(dimension: string, trends: readonly SupportTrend[]): GroupTrend[] {
  return orderSupportCurves(dimension, trends).map((trend) => ({ group: trend.group, points: trendPoints([trend]) }));
}

/** A group's key in the chart's rows: plain keys, because recharts reads a data key with dots or brackets as a path. */
export function groupTrendKey(index: number): string {
  return `group${index}`;
}

/** The rows the chart draws: every week any group has, oldest first, with each group's measure (null where it has none). */
export function groupTrendRows(groups: readonly GroupTrend[], measure: SupportTrendMeasure): GroupTrendRow[] {
  const weeks = [...new Set(groups.flatMap((g) => g.points.map((p) => p.weekStart)))].sort();
  return weeks.map((weekStart) => {
    const row: GroupTrendRow = { weekStart };
    groups.forEach((g, i) => {
      row[groupTrendKey(i)] = g.points.find((p) => p.weekStart === weekStart)?.[measure] ?? null;
    });
    return row;
  });
}

/**
 * Each group's colour and dash index: the index its curve has in the support-system curves (so a group looks the
 * same in both charts); a group with no curve takes the next free index, in the order given.
 */
export function supportSeriesIndexes(curveGroups: readonly string[], groups: readonly string[]): Map<string, number> {
  const indexes = new Map(curveGroups.map((group, i) => [group, i]));
  let next = curveGroups.length;
  for (const group of groups) if (!indexes.has(group)) indexes.set(group, next++);
  return indexes;
}

/** True when the chart has something to draw for the measure. */
export function hasGroupTrendData(groups: readonly GroupTrend[], measure: SupportTrendMeasure): boolean {
  return measure === 'completionPct'
    ? groups.some((g) => hasTrendData(g.points))
    : groups.some((g) => g.points.some((p) => p.craving !== null));
}

/**
 * The weekly chart in a sentence, naming each group's figure over the whole range: completion as check-ins
 * received of those expected (weeks weighted by how many were expected), craving as the mean of its weekly means.
 */
export function supportTrendsSummary(groups: readonly GroupTrend[], measure: SupportTrendMeasure, landmarkDays: number): string {
  if (!hasGroupTrendData(groups, measure)) {
    return measure === 'completionPct'
      ? `No check-ins were expected in this range from clients still in treatment on day ${landmarkDays} of their episode.`
      : `No craving was reported in this range by clients still in treatment on day ${landmarkDays} of their episode.`;
  }
  const weeks = new Set(groups.flatMap((g) => g.points.map((p) => p.weekStart))).size;
  const over = `over ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  if (measure === 'completionPct') {
    const parts = groups.map((g) => {
      const expected = g.points.reduce((sum, p) => sum + p.expected, 0);
      const received = g.points.reduce((sum, p) => sum + p.received, 0);
      return expected > 0 ? `${g.group} ${Math.round((received / expected) * 100)}%` : `${g.group} none expected`;
    });
    return `Check-ins completed of those expected, ${over}: ${parts.join('; ')}.`;
  }
  const parts = groups.map((g) => {
    const values = g.points.flatMap((p) => (p.craving === null ? [] : [p.craving]));
    return values.length > 0
      ? `${g.group} ${(values.reduce((sum, v) => sum + v, 0) / values.length).toFixed(1)}`
      : `${g.group} none reported`;
  });
  return `Mean craving (${CRAVING_SCALE.min}–${CRAVING_SCALE.max}, lower is better), averaged ${over}: ${parts.join('; ')}.`;
}

/** Who the weekly chart counts, in one sentence: a different set of clients from the curves'. */
export function trendCohortSentence(landmarkDays: number): string {
  return (
    `Clients in care in this range, each grouped by what was recorded in the first ${landmarkDays} days of their current ` +
    `episode; clients whose episode had not reached day ${landmarkDays}, or who left before it, are not counted.`
  );
}
