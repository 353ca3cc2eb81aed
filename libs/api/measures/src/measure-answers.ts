import { MEASURE_BANDS, MeasureInstrument, scoreMeasure, type MeasureScore } from '@carecircle/shared/domain';

/**
 * Scores answers as the person gave them, in the order of the instrument's published form
 * (MEASURE_FORMS in @carecircle/shared/domain): for the BAM, 23 answers — items 1–6, 7A–7G
 * (days each drug kind was used: recorded, not scored), items 8–17 — with day counts for the
 * day items, converted to 0–4 by the shared rule. Throws MeasureAnswerError naming the item.
 */
export function scoreAnswers(instrument: MeasureInstrument, answers: readonly number[]): MeasureScore {
  return scoreMeasure(instrument, answers);
}

/** The human label of a stored band code, e.g. MODERATE → "Moderate"; null for the BAM. */
export function bandLabel(instrument: MeasureInstrument, band: string | null): string | null {
  if (!band || instrument === MeasureInstrument.BAM) return null;
  return MEASURE_BANDS[instrument].find((b) => b.code === band)?.label ?? null;
}
