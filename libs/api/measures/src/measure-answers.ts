import {
  BAM_DAY_ITEMS,
  MEASURE_BANDS,
  MeasureAnswerError,
  MeasureInstrument,
  bamDaysToScore,
  scoreMeasure,
  type MeasureScore,
} from '@carecircle/shared/domain';

/** The version stored when the caller names none. */
export const DEFAULT_INSTRUMENT_VERSIONS: Record<MeasureInstrument, string> = {
  [MeasureInstrument.PHQ_9]: 'PHQ-9',
  [MeasureInstrument.GAD_7]: 'GAD-7',
  [MeasureInstrument.BARC_10]: 'BARC-10',
  [MeasureInstrument.BAM]: 'BAM (Likert, past 30 days)',
};

/**
 * Scores answers as the person gave them. For the BAM, the items that ask for a number of days
 * (4, 5, 6, 8, 11, 12, 13, 14) are answered in days, 0–30, and converted to 0–4 here; the other
 * items are already on the 0–4 scale. Throws MeasureAnswerError naming the item.
 */
export function scoreAnswers(instrument: MeasureInstrument, answers: readonly number[]): MeasureScore {
  if (instrument !== MeasureInstrument.BAM || answers.length !== 17) return scoreMeasure(instrument, answers);
  const scored = answers.map((answer, i) => {
    const item = i + 1;
    if (!BAM_DAY_ITEMS.includes(item)) return answer;
    try {
      return bamDaysToScore(answer);
    } catch {
      throw new MeasureAnswerError(`BAM item ${item} asks for a number of days in the past 30: a whole number from 0 to 30; got ${answer}.`);
    }
  });
  return scoreMeasure(instrument, scored);
}

/** The human label of a stored band code, e.g. MODERATE → "Moderate"; null for the BAM. */
export function bandLabel(instrument: MeasureInstrument, band: string | null): string | null {
  if (!band || instrument === MeasureInstrument.BAM) return null;
  return MEASURE_BANDS[instrument].find((b) => b.code === band)?.label ?? null;
}
