import { BAM_FORM, describeValidAnswer, isValidItemAnswer, measureForm } from './measure-items';

/** Standardized measures: scored here, from item answers, never trusted from the client side. */
export enum MeasureInstrument {
  PHQ_9 = 'PHQ_9',
  GAD_7 = 'GAD_7',
  BARC_10 = 'BARC_10',
  BAM = 'BAM',
}

/** An answer list the instrument's form does not accept. `answerIndex` is the offending answer's position, or null for the count. */
export class MeasureAnswerError extends Error {
  constructor(
    message: string,
    readonly answerIndex: number | null = null,
  ) {
    super(message);
    this.name = 'MeasureAnswerError';
  }
}

export interface MeasureScore {
  instrument: MeasureInstrument;
  /** Null for BAM, which has no total. */
  total: number | null;
  band: string | null;
  bandLabel: string | null;
  subscores: Record<string, number>;
  /** Clinical concerns the answers raise, e.g. PHQ-9 item 9 above 0. */
  alerts: string[];
}

interface Band {
  code: string;
  label: string;
  min: number;
  max: number;
}

const PHQ9_BANDS: Band[] = [
  { code: 'MINIMAL', label: 'Minimal', min: 0, max: 4 },
  { code: 'MILD', label: 'Mild', min: 5, max: 9 },
  { code: 'MODERATE', label: 'Moderate', min: 10, max: 14 },
  { code: 'MODERATELY_SEVERE', label: 'Moderately severe', min: 15, max: 19 },
  { code: 'SEVERE', label: 'Severe', min: 20, max: 27 },
];

const GAD7_BANDS: Band[] = [
  { code: 'MINIMAL', label: 'Minimal', min: 0, max: 4 },
  { code: 'MILD', label: 'Mild', min: 5, max: 9 },
  { code: 'MODERATE', label: 'Moderate', min: 10, max: 14 },
  { code: 'SEVERE', label: 'Severe', min: 15, max: 21 },
];

const BARC10_BANDS: Band[] = [
  { code: 'BELOW_THRESHOLD', label: 'Below the recovery-capital threshold', min: 10, max: 46 },
  { code: 'SUFFICIENT', label: 'Sufficient recovery capital', min: 47, max: 60 },
];

export const MEASURE_BANDS: Record<Exclude<MeasureInstrument, MeasureInstrument.BAM>, readonly Band[]> = {
  [MeasureInstrument.PHQ_9]: PHQ9_BANDS,
  [MeasureInstrument.GAD_7]: GAD7_BANDS,
  [MeasureInstrument.BARC_10]: BARC10_BANDS,
};

/** The lowest and highest total an instrument with bands can score, e.g. PHQ-9 0–27. */
export function measureTotalRange(
  instrument: Exclude<MeasureInstrument, MeasureInstrument.BAM> | `${Exclude<MeasureInstrument, MeasureInstrument.BAM>}`,
): { min: number; max: number } {
  const bands = MEASURE_BANDS[instrument as Exclude<MeasureInstrument, MeasureInstrument.BAM>];
  return { min: Math.min(...bands.map((b) => b.min)), max: Math.max(...bands.map((b) => b.max)) };
}

/**
 * Checks answers as given against the instrument's published form (measure-items.ts): the count,
 * then each answer against its item's type. Throws MeasureAnswerError naming the item.
 */
export function checkMeasureAnswers(instrument: MeasureInstrument | `${MeasureInstrument}`, answers: readonly number[]): void {
  const form = measureForm(instrument);
  if (answers.length !== form.items.length) {
    const count =
      instrument === MeasureInstrument.BAM ? `${form.items.length} answers (items 1–6, 7A–7G, 8–17)` : `${form.items.length} items`;
    throw new MeasureAnswerError(`${form.name} has ${count}; got ${answers.length} answers.`);
  }
  form.items.forEach((item, i) => {
    const answer = answers[i];
    if (!isValidItemAnswer(item, answer)) {
      throw new MeasureAnswerError(`${form.name} item ${item.number} must be ${describeValidAnswer(item)}; got ${answer}.`, i);
    }
  });
}

function band(bands: readonly Band[], total: number): Band {
  return bands.find((b) => total >= b.min && total <= b.max)!;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function scorePhq9(answers: readonly number[]): MeasureScore {
  checkMeasureAnswers(MeasureInstrument.PHQ_9, answers);
  const total = sum(answers);
  const b = band(PHQ9_BANDS, total);
  const item9 = phq9SelfHarmAnswer(answers);
  const alerts = item9 > 0 ? [`PHQ-9 item 9 (thoughts of self-harm) answered ${item9}: safety follow-up needed.`] : [];
  return { instrument: MeasureInstrument.PHQ_9, total, band: b.code, bandLabel: b.label, subscores: { item9 }, alerts };
}

export function scoreGad7(answers: readonly number[]): MeasureScore {
  checkMeasureAnswers(MeasureInstrument.GAD_7, answers);
  const total = sum(answers);
  const b = band(GAD7_BANDS, total);
  return { instrument: MeasureInstrument.GAD_7, total, band: b.code, bandLabel: b.label, subscores: {}, alerts: [] };
}

export function scoreBarc10(answers: readonly number[]): MeasureScore {
  checkMeasureAnswers(MeasureInstrument.BARC_10, answers);
  const total = sum(answers);
  const b = band(BARC10_BANDS, total);
  return { instrument: MeasureInstrument.BARC_10, total, band: b.code, bandLabel: b.label, subscores: {}, alerts: [] };
}

/** PHQ-9 item 9 (thoughts of self-harm) as answered; above 0 is an urgent safety flag whatever the total. */
export function phq9SelfHarmAnswer(answers: readonly number[]): number {
  return answers[8] ?? 0;
}

/** Whether an administration needs urgent safety follow-up now (PHQ-9 item 9 above 0). */
export function needsUrgentSafetyFollowUp(instrument: MeasureInstrument | `${MeasureInstrument}`, answers: readonly number[]): boolean {
  return instrument === MeasureInstrument.PHQ_9 && phq9SelfHarmAnswer(answers) > 0;
}

/** BAM items answered as a number of days in the past 30 and scored (7A–7G are day counts, not scored). */
export const BAM_DAY_ITEMS: readonly number[] = [2, 3, 4, 5, 6, 10, 11, 13, 16];
/** BAM items answered on a 0–4 Likert scale, scored as answered. */
export const BAM_LIKERT_ITEMS: readonly number[] = [1, 8, 9, 12, 15, 17];
/** BAM item answered no (0) or yes (4). */
export const BAM_YES_NO_ITEM = 14;

/** 0 days → 0, 1–3 → 1, 4–8 → 2, 9–15 → 3, 16–30 → 4. */
export function bamDaysToScore(days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > 30)
    throw new MeasureAnswerError(`Days must be a whole number from 0 to 30; got ${days}.`);
  if (days === 0) return 0;
  if (days <= 3) return 1;
  if (days <= 8) return 2;
  if (days <= 15) return 3;
  return 4;
}

export type BamSubscore = 'use' | 'risk' | 'protective';

/** The BAM sub-scores: which items, their range, and when the score is a concern (../shared/DOMAIN.md). */
export const BAM_SUBSCORES: Record<
  BamSubscore,
  { label: string; items: readonly number[]; max: number; concern: 'atLeast' | 'atMost'; cutoff: number }
> = {
  use: { label: 'Use', items: [4, 5, 6], max: 12, concern: 'atLeast', cutoff: 1 },
  risk: { label: 'Risk factors', items: [1, 2, 3, 8, 11, 15], max: 24, concern: 'atLeast', cutoff: 12 },
  protective: { label: 'Protective factors', items: [9, 10, 12, 13, 14, 16], max: 24, concern: 'atMost', cutoff: 12 },
};

/** Whether a BAM sub-score is past its cut-off (use ≥ 1, risk ≥ 12, protective ≤ 12). */
export function isBamConcern(subscore: BamSubscore, value: number): boolean {
  const { concern, cutoff } = BAM_SUBSCORES[subscore];
  return concern === 'atLeast' ? value >= cutoff : value <= cutoff;
}

/**
 * The 0–4 score of each scored BAM item (1–17 except 7), from answers as given in form order
 * (23 answers: day counts for the day items, Likert values, 0/4 for item 14). Checks them first.
 */
export function bamItemScores(answers: readonly number[]): Map<number, number> {
  checkMeasureAnswers(MeasureInstrument.BAM, answers);
  const scores = new Map<number, number>();
  BAM_FORM.items.forEach((item, i) => {
    if (!item.scored) return;
    const answer = answers[i]!;
    scores.set(Number(item.number), item.kind === 'DAYS' ? bamDaysToScore(answer) : answer);
  });
  return scores;
}

/**
 * BAM (Likert version, past 30 days), from the 23 answers as given (see BAM_FORM): day counts are
 * converted to 0–4, Likert and yes/no answers score as answered, 7A–7G are recorded and not scored.
 * No total: three sub-scores.
 */
export function scoreBam(answers: readonly number[]): MeasureScore {
  const scores = bamItemScores(answers);
  const subscore = (name: BamSubscore) => sum(BAM_SUBSCORES[name].items.map((n) => scores.get(n)!));
  const use = subscore('use');
  const risk = subscore('risk');
  const protective = subscore('protective');
  const alerts: string[] = [];
  if (isBamConcern('use', use)) alerts.push(`BAM use score ${use} (1 or more is clinically significant).`);
  if (isBamConcern('risk', risk)) alerts.push(`BAM risk factors ${risk} (12 or more is a concern).`);
  if (isBamConcern('protective', protective)) alerts.push(`BAM protective factors ${protective} (12 or less is a concern).`);
  return { instrument: MeasureInstrument.BAM, total: null, band: null, bandLabel: null, subscores: { use, risk, protective }, alerts };
}

/** Scores answers as given, in form order (measure-items.ts), checking each against its item first. */
export function scoreMeasure(instrument: MeasureInstrument, answers: readonly number[]): MeasureScore {
  switch (instrument) {
    case MeasureInstrument.PHQ_9:
      return scorePhq9(answers);
    case MeasureInstrument.GAD_7:
      return scoreGad7(answers);
    case MeasureInstrument.BARC_10:
      return scoreBarc10(answers);
    case MeasureInstrument.BAM:
      return scoreBam(answers);
  }
}
