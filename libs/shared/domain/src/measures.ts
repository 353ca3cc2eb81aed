/** Standardized measures: scored here, from item answers, never trusted from the client side. */
export enum MeasureInstrument {
  PHQ_9 = 'PHQ_9',
  GAD_7 = 'GAD_7',
  BARC_10 = 'BARC_10',
  BAM = 'BAM',
}

export class MeasureAnswerError extends Error {
  constructor(message: string) {
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

function checkItems(name: string, answers: readonly number[], count: number, min: number, max: number): void {
  if (answers.length !== count) throw new MeasureAnswerError(`${name} has ${count} items; got ${answers.length} answers.`);
  answers.forEach((answer, i) => {
    if (!Number.isInteger(answer) || answer < min || answer > max) {
      throw new MeasureAnswerError(`${name} item ${i + 1} must be a whole number from ${min} to ${max}; got ${answer}.`);
    }
  });
}

function band(bands: readonly Band[], total: number): Band {
  return bands.find((b) => total >= b.min && total <= b.max)!;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function scorePhq9(answers: readonly number[]): MeasureScore {
  checkItems('PHQ-9', answers, 9, 0, 3);
  const total = sum(answers);
  const b = band(PHQ9_BANDS, total);
  const alerts = answers[8]! > 0 ? [`PHQ-9 item 9 (thoughts of self-harm) answered ${answers[8]}: safety follow-up needed.`] : [];
  return { instrument: MeasureInstrument.PHQ_9, total, band: b.code, bandLabel: b.label, subscores: { item9: answers[8]! }, alerts };
}

export function scoreGad7(answers: readonly number[]): MeasureScore {
  checkItems('GAD-7', answers, 7, 0, 3);
  const total = sum(answers);
  const b = band(GAD7_BANDS, total);
  return { instrument: MeasureInstrument.GAD_7, total, band: b.code, bandLabel: b.label, subscores: {}, alerts: [] };
}

export function scoreBarc10(answers: readonly number[]): MeasureScore {
  checkItems('BARC-10', answers, 10, 1, 6);
  const total = sum(answers);
  const b = band(BARC10_BANDS, total);
  return { instrument: MeasureInstrument.BARC_10, total, band: b.code, bandLabel: b.label, subscores: {}, alerts: [] };
}

/** BAM items that ask for a number of days in the past 30, answered as days (0–30). */
export const BAM_DAY_ITEMS: readonly number[] = [4, 5, 6, 8, 11, 12, 13, 14];

/** 0 days → 0, 1–3 → 1, 4–8 → 2, 9–15 → 3, 16–30 → 4. */
export function bamDaysToScore(days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > 30) throw new MeasureAnswerError(`Days must be a whole number from 0 to 30; got ${days}.`);
  if (days === 0) return 0;
  if (days <= 3) return 1;
  if (days <= 8) return 2;
  if (days <= 15) return 3;
  return 4;
}

const BAM_USE = [4, 5, 6];
const BAM_RISK = [1, 2, 3, 8, 11, 15];
const BAM_PROTECTIVE = [9, 10, 12, 13, 14, 16];

/**
 * BAM (Likert version): 17 items scored 0–4. `answers` holds items 1–17 in order, already on the
 * 0–4 scale; use bamDaysToScore for the day-count items first. Item 7's sub-items (7A–7G, which
 * drugs) are recorded separately and not scored. No total: three sub-scores.
 */
export function scoreBam(answers: readonly number[]): MeasureScore {
  checkItems('BAM', answers, 17, 0, 4);
  const item = (n: number) => answers[n - 1]!;
  const use = sum(BAM_USE.map(item));
  const risk = sum(BAM_RISK.map(item));
  const protective = sum(BAM_PROTECTIVE.map(item));
  const alerts: string[] = [];
  if (use >= 1) alerts.push(`BAM use score ${use} (1 or more is clinically significant).`);
  if (risk >= 12) alerts.push(`BAM risk factors ${risk} (12 or more is a concern).`);
  if (protective <= 12) alerts.push(`BAM protective factors ${protective} (12 or less is a concern).`);
  return { instrument: MeasureInstrument.BAM, total: null, band: null, bandLabel: null, subscores: { use, risk, protective }, alerts };
}

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
