import {
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
import type { RetentionGroupClientsQuery, SupportSystemRetentionQuery } from '@carecircle/web/data-access';
import { percent, survivalAt } from './retention-shaping';

export type SupportSystemReport = SupportSystemRetentionQuery['retention'];
export type SupportCurve = SupportSystemReport['curves'][number];
export type LogRank = NonNullable<SupportSystemReport['logRank']>;
export type SupportGroupClient = RetentionGroupClientsQuery['retentionGroupClients'][number];

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
