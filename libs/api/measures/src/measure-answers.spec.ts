import { BAM_FORM, MeasureAnswerError, MeasureInstrument } from '@carecircle/shared/domain';
import { bandLabel, scoreAnswers } from './measure-answers';

/** BAM answers as given, in form order (1–6, 7A–7G, 8–17), by printed item number; unnamed items 0. */
const bamAnswers = (byItem: Record<string, number> = {}) => BAM_FORM.items.map((item) => byItem[item.number] ?? 0);

describe('scoring answers as they were given', () => {
  it('converts BAM day counts to the 0–4 scale and scores Likert and yes/no answers as given', () => {
    // Use: item 4, 5 days → 2. Protective: 9 Considerably (3), 10 (4 days → 2), 14 yes (4), 16 (30 days → 4).
    const score = scoreAnswers(MeasureInstrument.BAM, bamAnswers({ 4: 5, 9: 3, 10: 4, 14: 4, 16: 30, '7A': 12 }));
    expect(score.subscores).toEqual({ use: 2, risk: 0, protective: 13 });
    expect(score.total).toBeNull();
  });

  it('names the BAM item and its position when an answer does not fit the item', () => {
    expect(() => scoreAnswers(MeasureInstrument.BAM, bamAnswers({ 5: 31 }))).toThrow(
      new MeasureAnswerError('BAM item 5 must be a whole number of days from 0 to 30; got 31.', 4),
    );
  });

  it('leaves PHQ-9 answers as they are and reports the band label', () => {
    const score = scoreAnswers(MeasureInstrument.PHQ_9, [2, 2, 2, 2, 2, 1, 1, 0, 0]);
    expect(score).toMatchObject({ total: 12, band: 'MODERATE' });
    expect(bandLabel(MeasureInstrument.PHQ_9, score.band)).toBe('Moderate');
    expect(bandLabel(MeasureInstrument.BAM, null)).toBeNull();
  });
});
