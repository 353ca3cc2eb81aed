import {
  BAM_LEGACY_VERSION_PREFIX,
  BAM_SUBSCORES,
  MEASURE_BANDS,
  MeasureInstrument,
  isBamConcern,
  measureTotalRange,
  type BamSubscore,
} from '@carecircle/shared/domain';
import type { BamPointFragment, MeasurePointFragment } from '@carecircle/web/data-access';
import { formatIsoDate, parseIsoDate } from './dates';

export type ChartedInstrument = 'PHQ_9' | 'GAD_7' | 'BARC_10';

/** Which band tint to use: a severity scale the chart theme defines. */
export type BandTone = 'good' | 'mild' | 'moderate' | 'severe';

export interface ChartBand {
  label: string;
  /** Shading from y1 to y2 on the score axis; bands meet at half points so whole scores sit inside. */
  y1: number;
  y2: number;
  tone: BandTone;
}

export interface InstrumentInfo {
  title: string;
  /** What the score measures, for the axis label. */
  axisLabel: string;
  min: number;
  max: number;
  /** Higher is better (BARC-10) or worse (PHQ-9, GAD-7). */
  higherIsBetter: boolean;
}

/** The score axis, e.g. "PHQ-9 total (0–27)" from 0 to 27, from the published bands in shared/domain. */
function totalAxis(instrument: ChartedInstrument, name: string): Pick<InstrumentInfo, 'axisLabel' | 'min' | 'max'> {
  const { min, max } = measureTotalRange(instrument);
  return { axisLabel: `${name} total (${min}–${max})`, min, max };
}

export const INSTRUMENTS: Record<ChartedInstrument, InstrumentInfo> = {
  PHQ_9: { title: 'PHQ-9 depression', ...totalAxis('PHQ_9', 'PHQ-9'), higherIsBetter: false },
  GAD_7: { title: 'GAD-7 anxiety', ...totalAxis('GAD_7', 'GAD-7'), higherIsBetter: false },
  BARC_10: { title: 'BARC-10 recovery capital', ...totalAxis('BARC_10', 'BARC-10'), higherIsBetter: true },
};

const SEVERITY_TONES: Record<string, BandTone> = {
  MINIMAL: 'good',
  MILD: 'mild',
  MODERATE: 'moderate',
  MODERATELY_SEVERE: 'severe',
  SEVERE: 'severe',
  BELOW_THRESHOLD: 'mild',
  SUFFICIENT: 'good',
};

/** The published bands of an instrument as shaded areas: PHQ-9 0–4 minimal … 20–27 severe. */
export function measureBands(instrument: ChartedInstrument): ChartBand[] {
  const bands = MEASURE_BANDS[instrument as MeasureInstrument.PHQ_9];
  const { min, max } = INSTRUMENTS[instrument];
  return bands.map((band) => ({
    label: `${band.label} (${band.min}–${band.max})`,
    y1: Math.max(min, band.min - 0.5),
    y2: Math.min(max, band.max + 0.5),
    tone: SEVERITY_TONES[band.code] ?? 'mild',
  }));
}

/** Which published band a total falls in (for a summary when the API sent no label). */
export function bandLabelFor(instrument: ChartedInstrument, total: number): string | null {
  const bands = MEASURE_BANDS[instrument as MeasureInstrument.PHQ_9];
  return bands.find((b) => total >= b.min && total <= b.max)?.label ?? null;
}

export interface MeasurePoint {
  time: number;
  date: string;
  total: number;
  bandLabel: string | null;
}

type Administration = Pick<MeasurePointFragment, 'administeredOn' | 'total' | 'bandLabel'>;

/** Scored administrations oldest first; the BAM and unscored rows are left out. */
export function measurePoints(instrument: ChartedInstrument, history: readonly Administration[]): MeasurePoint[] {
  return history
    .filter((a): a is Administration & { total: number } => a.total !== null)
    .map((a) => ({
      time: parseIsoDate(a.administeredOn).getTime(),
      date: a.administeredOn,
      total: a.total,
      bandLabel: a.bandLabel ?? bandLabelFor(instrument, a.total),
    }))
    .sort((a, b) => a.time - b.time);
}

/** "Latest 12 on Mar 3, 2026: moderate. Down from 16 on Feb 1, 2026. 4 administrations." */
export function measureSummary(instrument: ChartedInstrument, points: readonly MeasurePoint[]): string {
  const { title } = INSTRUMENTS[instrument];
  const latest = points.at(-1);
  if (!latest) return `No ${title.split(' ')[0]} scores recorded yet.`;
  const parts = [
    `Latest ${latest.total} on ${formatIsoDate(latest.date)}${latest.bandLabel ? `: ${latest.bandLabel.toLowerCase()}` : ''}.`,
  ];
  const previous = points.at(-2);
  if (previous) {
    const direction = latest.total === previous.total ? 'Unchanged from' : latest.total > previous.total ? 'Up from' : 'Down from';
    parts.push(`${direction} ${previous.total} on ${formatIsoDate(previous.date)}.`);
  }
  parts.push(`${points.length} ${points.length === 1 ? 'administration' : 'administrations'} in all.`);
  return parts.join(' ');
}

/** Y-axis ticks at the band edges, so the gridlines line up with the published cut-offs. */
export function bandTicks(instrument: ChartedInstrument): number[] {
  const bands = MEASURE_BANDS[instrument as MeasureInstrument.PHQ_9];
  const { max } = INSTRUMENTS[instrument];
  return [...bands.map((b) => b.min), max];
}

/** The BAM sub-scores in chart order. */
export const BAM_SERIES: readonly BamSubscore[] = ['use', 'risk', 'protective'];

export interface BamPoint {
  time: number;
  date: string;
  use: number;
  risk: number;
  protective: number;
  /** Recorded before the BAM item types were corrected; its sub-scores are kept as recorded. */
  legacy: boolean;
}

/** BAM administrations with sub-scores, oldest first, placed on the day they were given. */
export function bamPoints(history: readonly Pick<BamPointFragment, 'administeredOn' | 'instrumentVersion' | 'bamSubscores'>[]): BamPoint[] {
  return history
    .flatMap((a) =>
      a.bamSubscores
        ? [
            {
              time: parseIsoDate(a.administeredOn).getTime(),
              date: a.administeredOn,
              ...a.bamSubscores,
              legacy: a.instrumentVersion.startsWith(BAM_LEGACY_VERSION_PREFIX),
            },
          ]
        : [],
    )
    .sort((a, b) => a.time - b.time);
}

/** "use 2 (1 or more is significant)" for each sub-score past its cut-off; empty when none is. */
export function bamConcerns(point: Pick<BamPoint, BamSubscore>): string[] {
  return BAM_SERIES.filter((name) => isBamConcern(name, point[name])).map((name) => {
    const { label, concern, cutoff } = BAM_SUBSCORES[name];
    return `${label.toLowerCase()} ${point[name]} (${concern === 'atLeast' ? `${cutoff} or more` : `${cutoff} or less`} is a concern)`;
  });
}

/** "Latest BAM on Mar 3, 2026: use 0, risk 8, protective 18 — no sub-score past its cut-off. 5 administrations in all." */
export function bamSummary(points: readonly BamPoint[]): string {
  const latest = points.at(-1);
  if (!latest) return 'No BAM recorded yet.';
  const concerns = bamConcerns(latest);
  const parts = [
    `Latest BAM on ${formatIsoDate(latest.date)}: use ${latest.use}, risk factors ${latest.risk}, protective factors ${latest.protective}` +
      (concerns.length ? ` — concern: ${concerns.join('; ')}.` : ' — no sub-score past its cut-off.'),
  ];
  const previous = points.at(-2);
  if (previous)
    parts.push(
      `Before that, on ${formatIsoDate(previous.date)}: use ${previous.use}, risk ${previous.risk}, protective ${previous.protective}.`,
    );
  parts.push(`${points.length} ${points.length === 1 ? 'administration' : 'administrations'} in all.`);
  const legacy = points.filter((p) => p.legacy).length;
  if (legacy) parts.push(`${legacy} recorded before the BAM item types were corrected; their sub-scores are shown as recorded.`);
  return parts.join(' ');
}
