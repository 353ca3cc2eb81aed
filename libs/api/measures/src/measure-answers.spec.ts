import { MeasureAnswerError, MeasureInstrument } from '@carecircle/shared/domain';
import { bandLabel, scoreAnswers } from './measure-answers';

/** Items 1–17 as answered; day-count items (4, 5, 6, 8, 11, 12, 13, 14) in days. */
const bamAnswers = (overrides: Record<number, number> = {}) =>
  Array.from({ length: 17 }, (_, i) => overrides[i + 1] ?? 0);

describe('scoring answers as they were given', () => {
  it('converts BAM day-count answers to the 0–4 scale before scoring (5 days of use → 2)', () => {
    const score = scoreAnswers(MeasureInstrument.BAM, bamAnswers({ 4: 5, 9: 4, 10: 4, 12: 30 }));
    expect(score.subscores).toEqual({ use: 2, risk: 0, protective: 12 });
    expect(score.total).toBeNull();
  });

  it('names the BAM item when a day count is out of range', () => {
    expect(() => scoreAnswers(MeasureInstrument.BAM, bamAnswers({ 5: 31 }))).toThrow(new MeasureAnswerError(
      'BAM item 5 asks for a number of days in the past 30: a whole number from 0 to 30; got 31.',
    ));
  });

  it('leaves PHQ-9 answers as they are and reports the band label', () => {
    const score = scoreAnswers(MeasureInstrument.PHQ_9, [2, 2, 2, 2, 2, 1, 1, 0, 0]);
    expect(score).toMatchObject({ total: 12, band: 'MODERATE' });
    expect(bandLabel(MeasureInstrument.PHQ_9, score.band)).toBe('Moderate');
    expect(bandLabel(MeasureInstrument.BAM, null)).toBeNull();
  });
});
