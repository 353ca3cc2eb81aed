import { DISCHARGE_REASON_LABELS, DischargeReason, READMISSION_WINDOW_DAYS } from '@carecircle/shared/domain';
import type { ReadmissionRateFieldsFragment } from '@carecircle/web/data-access';

export type ReadmissionRate = ReadmissionRateFieldsFragment;
/** A discharge reason as the API names it. */
export type ReasonCode = NonNullable<ReadmissionRate['dischargeReason']>;
export type ReadmissionWindow = (typeof READMISSION_WINDOW_DAYS)[number];

export interface ReadmissionTile {
  days: ReadmissionWindow;
  /** Whole percent, or null when no discharge's outcome is known yet for this window. */
  percent: number | null;
  readmitted: number;
  /** Discharges whose outcome over this window is known (deaths excluded). */
  eligible: number;
}

/** One discharge reason on the chart: rates in % (null when nobody is eligible), with the counts behind them. */
export interface ReasonRow {
  reason: ReasonCode;
  /** The reason in a few words, for the chart axis ("Dropped out"). */
  label: string;
  /** The full TEDS wording, for the CSV and tooltips. */
  fullLabel: string;
  discharges: number;
  eligible30: number;
  readmitted30: number;
  pct30: number | null;
  eligible90: number;
  readmitted90: number;
  pct90: number | null;
}

const pct = (share: number | null): number | null => (share === null ? null : Math.round(share * 100));

function windowOf(rate: ReadmissionRate, days: ReadmissionWindow) {
  return days === 30
    ? { readmitted: rate.readmittedWithin30Days, eligible: rate.eligibleWithin30Days, share: rate.rateWithin30Days }
    : { readmitted: rate.readmittedWithin90Days, eligible: rate.eligibleWithin90Days, share: rate.rateWithin90Days };
}

/** The 30- and 90-day tiles for all discharges together. */
export function readmissionTiles(overall: ReadmissionRate): ReadmissionTile[] {
  return READMISSION_WINDOW_DAYS.map((days) => {
    const w = windowOf(overall, days);
    return { days, percent: w.eligible > 0 ? pct(w.share) : null, readmitted: w.readmitted, eligible: w.eligible };
  });
}

/** "Dropped out (left against professional advice)" → "Dropped out": the axis has little room. */
export function shortReasonLabel(reason: ReasonCode): string {
  return reasonLabel(reason).replace(/\s*\(.*\)$/, '');
}

/** The TEDS wording from the shared domain. */
export function reasonLabel(reason: ReasonCode): string {
  return DISCHARGE_REASON_LABELS[reason as DischargeReason] ?? reason;
}

/** Rows for the chart by discharge reason, the most discharges first; the all-reasons row is left out. */
export function reasonRows(byReason: readonly ReadmissionRate[]): ReasonRow[] {
  return byReason
    .flatMap((r) => (r.dischargeReason !== null && r.discharges > 0 ? [{ ...r, dischargeReason: r.dischargeReason }] : []))
    .map((r) => ({
      reason: r.dischargeReason,
      label: shortReasonLabel(r.dischargeReason),
      fullLabel: reasonLabel(r.dischargeReason),
      discharges: r.discharges,
      eligible30: r.eligibleWithin30Days,
      readmitted30: r.readmittedWithin30Days,
      pct30: r.eligibleWithin30Days > 0 ? pct(r.rateWithin30Days) : null,
      eligible90: r.eligibleWithin90Days,
      readmitted90: r.readmittedWithin90Days,
      pct90: r.eligibleWithin90Days > 0 ? pct(r.rateWithin90Days) : null,
    }))
    .sort((a, b) => b.discharges - a.discharges || a.label.localeCompare(b.label));
}

const discharges = (n: number) => `${n} ${n === 1 ? 'discharge' : 'discharges'}`;

/**
 * The plain-language summary of the readmission card, e.g. "24 discharges in this range. 3 of 20
 * (15%) came back within 30 days; 6 of 15 (40%) came back within 90 days. After treatment
 * completed: 3 of 6 (50%) within 90 days." DOMAIN.md: a high rate after "treatment completed" says
 * discharge planning is failing, so that reason is always named when its outcome is known.
 */
export function readmissionSummary(overall: ReadmissionRate, byReason: readonly ReadmissionRate[]): string {
  if (overall.discharges === 0) return 'No discharges in this range, so there is no readmission to report.';
  const [t30, t90] = readmissionTiles(overall);
  const part = (tile: ReadmissionTile | undefined, days: number) =>
    !tile || tile.percent === null
      ? `none has been out ${days} days yet`
      : `${tile.readmitted} of ${tile.eligible} (${tile.percent}%) came back within ${days} days`;
  const sentences = [`${discharges(overall.discharges)} in this range.`, `${capitalize(part(t30, 30))}; ${part(t90, 90)}.`];
  const completed = reasonRows(byReason).find((r) => r.reason === 'TREATMENT_COMPLETED');
  if (completed && completed.pct90 !== null) {
    sentences.push(`After treatment completed: ${completed.readmitted90} of ${completed.eligible90} (${completed.pct90}%) within 90 days.`);
  } else if (completed && completed.pct30 !== null) {
    sentences.push(`After treatment completed: ${completed.readmitted30} of ${completed.eligible30} (${completed.pct30}%) within 30 days.`);
  }
  return sentences.join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
