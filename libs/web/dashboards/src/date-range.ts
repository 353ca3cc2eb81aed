import { differenceInCalendarDays, format, isValid, parseISO, subDays, subMonths } from 'date-fns';
import { EPISODE_SELECTION_LABELS, EpisodeSelection } from '@carecircle/shared/domain';
import type { MetricDimension } from '@carecircle/web/data-access';

/** The API refuses metric ranges longer than this (3 × 366 days). */
export const MAX_RANGE_DAYS = 3 * 366;

export type RangePreset = 'last-90-days' | 'last-6-months' | 'last-12-months';

export const RANGE_PRESETS: readonly { key: RangePreset; label: string }[] = [
  { key: 'last-90-days', label: 'Last 90 days' },
  { key: 'last-6-months', label: 'Last 6 months' },
  { key: 'last-12-months', label: 'Last 12 months' },
];

export const DEFAULT_PRESET: RangePreset = 'last-12-months';

export interface DateRange {
  /** YYYY-MM-DD, first day included. */
  from: string;
  /** YYYY-MM-DD, last day included. */
  to: string;
}

export interface DashboardSettings {
  range: DateRange;
  /** The preset the range came from, or null for a custom range. */
  preset: RangePreset | null;
  dimension: MetricDimension;
  /** Which episodes of care retention, the curves and readmission count. */
  episodes: EpisodeSelection;
}

/** "Count: all episodes / first episodes only", in the shared words. */
export const EPISODE_OPTIONS: readonly { value: EpisodeSelection; label: string }[] = Object.values(EpisodeSelection).map((value) => ({
  value,
  label: EPISODE_SELECTION_LABELS[value],
}));

export const DIMENSION_OPTIONS: readonly {
  value: MetricDimension;
  label: string;
}[] = [
  { value: 'ALL', label: 'All clients' },
  { value: 'PROGRAM', label: 'Program' },
  { value: 'COUNSELOR', label: 'Counselor' },
  { value: 'MODALITY', label: 'Modality' },
  { value: 'DUAL_DIAGNOSIS', label: 'Dual diagnosis' },
  { value: 'ADMISSION_MONTH', label: 'Admission month' },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** A real calendar day written YYYY-MM-DD, or null. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = parseISO(value);
  return isValid(date) && toIsoDate(date) === value ? date : null;
}

/** The days a preset covers, ending today. */
export function presetRange(preset: RangePreset, today: Date): DateRange {
  const to = toIsoDate(today);
  switch (preset) {
    case 'last-90-days':
      return { from: toIsoDate(subDays(today, 90)), to };
    case 'last-6-months':
      return { from: toIsoDate(subMonths(today, 6)), to };
    case 'last-12-months':
      return { from: toIsoDate(subMonths(today, 12)), to };
  }
}

/** A message saying what is wrong with the range, or null when the API will accept it. */
export function validateRange(from: string, to: string): string | null {
  if (!from.trim() && !to.trim()) return 'Enter a “From” and a “To” date.';
  if (!from.trim()) return 'Enter a “From” date.';
  if (!to.trim()) return 'Enter a “To” date.';
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start) return '“From” is not a valid date.';
  if (!end) return '“To” is not a valid date.';
  if (start > end) return '“From” must be on or before “To”.';
  if (differenceInCalendarDays(end, start) + 1 > MAX_RANGE_DAYS) return 'Choose a range of at most 3 years.';
  return null;
}

function isPreset(value: string | null): value is RangePreset {
  return RANGE_PRESETS.some((p) => p.key === value);
}

function isEpisodeSelection(value: string | null): value is EpisodeSelection {
  return EPISODE_OPTIONS.some((o) => o.value === value);
}

function isDimension(value: string | null): value is MetricDimension {
  return DIMENSION_OPTIONS.some((d) => d.value === value);
}

/**
 * The dashboard's settings from its URL: `from` + `to` for a custom range, or `range` for a preset
 * (so a shared "last 90 days" link stays relative), `groupBy` and `episodes`. Anything unusable falls
 * back to the last 12 months, all clients, all episodes.
 */
export function readDashboardParams(params: URLSearchParams, today: Date): DashboardSettings {
  const groupBy = params.get('groupBy');
  const dimension: MetricDimension = isDimension(groupBy) ? groupBy : 'ALL';
  const episodesParam = params.get('episodes');
  const episodes = isEpisodeSelection(episodesParam) ? episodesParam : EpisodeSelection.ALL;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (from && to && validateRange(from, to) === null) return { range: { from, to }, preset: null, dimension, episodes };
  const rangeParam = params.get('range');
  const preset = isPreset(rangeParam) ? rangeParam : DEFAULT_PRESET;
  return { range: presetRange(preset, today), preset, dimension, episodes };
}

/** Writes the settings into a copy of the params, leaving unrelated ones alone; defaults are left out. */
export function writeDashboardParams(
  params: URLSearchParams,
  change: { preset: RangePreset } | { range: DateRange } | { dimension: MetricDimension } | { episodes: EpisodeSelection },
): URLSearchParams {
  const next = new URLSearchParams(params);
  if ('episodes' in change) {
    if (change.episodes === EpisodeSelection.ALL) next.delete('episodes');
    else next.set('episodes', change.episodes);
  } else if ('preset' in change) {
    next.delete('from');
    next.delete('to');
    if (change.preset === DEFAULT_PRESET) next.delete('range');
    else next.set('range', change.preset);
  } else if ('range' in change) {
    next.delete('range');
    next.set('from', change.range.from);
    next.set('to', change.range.to);
  } else if (change.dimension === 'ALL') {
    next.delete('groupBy');
  } else {
    next.set('groupBy', change.dimension);
  }
  return next;
}

/** "Mar 2, 2026" in the reader's locale. */
export function formatDay(iso: string, locale?: string): string {
  const date = parseIsoDate(iso);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date) : iso;
}
