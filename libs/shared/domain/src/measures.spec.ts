import { MeasureAnswerError, MeasureInstrument, bamDaysToScore, measureTotalRange, scoreBam, scoreBarc10, scoreGad7, scorePhq9 } from './measures';

/** Answers adding up to `total`, filled from item 1 with at most `max` each, item 9 kept at `item9`. */
function phq9(total: number, item9 = 0): number[] {
  const answers = Array(9).fill(0);
  answers[8] = item9;
  let left = total - item9;
  for (let i = 0; i < 8 && left > 0; i++) {
    answers[i] = Math.min(3, left);
    left -= answers[i];
  }
  return answers;
}

describe('PHQ-9 scoring at the band edges', () => {
  it.each([
    [0, 'MINIMAL'],
    [4, 'MINIMAL'],
    [5, 'MILD'],
    [9, 'MILD'],
    [10, 'MODERATE'],
    [14, 'MODERATE'],
    [15, 'MODERATELY_SEVERE'],
    [19, 'MODERATELY_SEVERE'],
    [20, 'SEVERE'],
    [24, 'SEVERE'],
  ])('total %i is %s', (total, band) => {
    const score = scorePhq9(phq9(total));
    expect(score.total).toBe(total);
    expect(score.band).toBe(band);
    expect(score.alerts).toEqual([]);
  });

  it('scores the maximum, 27, as severe with the safety alert', () => {
    expect(scorePhq9(Array(9).fill(3))).toMatchObject({ total: 27, band: 'SEVERE', alerts: [expect.stringContaining('item 9')] });
  });

  it('raises the safety alert for item 9 = 1 even when the total is only 3', () => {
    const score = scorePhq9(phq9(3, 1));
    expect(score.total).toBe(3);
    expect(score.band).toBe('MINIMAL');
    expect(score.alerts[0]).toMatch(/item 9 .* answered 1/);
  });

  it('rejects the wrong number of answers and out-of-range answers', () => {
    expect(() => scorePhq9([0, 0, 0])).toThrow(new MeasureAnswerError('PHQ-9 has 9 items; got 3 answers.'));
    expect(() => scorePhq9([0, 0, 0, 0, 4, 0, 0, 0, 0])).toThrow(/item 5 must be a whole number from 0 to 3; got 4/);
    expect(() => scorePhq9([0, 0, 0, 0, 1.5, 0, 0, 0, 0])).toThrow(MeasureAnswerError);
  });
});

describe('GAD-7 scoring at the band edges', () => {
  const gad7 = (total: number) => {
    const a = Array(7).fill(0);
    let left = total;
    for (let i = 0; i < 7 && left > 0; i++) {
      a[i] = Math.min(3, left);
      left -= a[i];
    }
    return a;
  };
  it.each([
    [4, 'MINIMAL'],
    [5, 'MILD'],
    [9, 'MILD'],
    [10, 'MODERATE'],
    [14, 'MODERATE'],
    [15, 'SEVERE'],
    [21, 'SEVERE'],
  ])('total %i is %s', (total, band) => {
    expect(scoreGad7(gad7(total))).toMatchObject({ total, band });
  });
  it('rejects eight answers', () => {
    expect(() => scoreGad7(Array(8).fill(0))).toThrow(/GAD-7 has 7 items; got 8/);
  });
});

describe('BARC-10 recovery capital', () => {
  it('calls 46 below the threshold and 47 sufficient', () => {
    expect(scoreBarc10([5, 5, 5, 5, 5, 5, 4, 4, 4, 4])).toMatchObject({ total: 46, band: 'BELOW_THRESHOLD' });
    expect(scoreBarc10([5, 5, 5, 5, 5, 5, 5, 4, 4, 4])).toMatchObject({ total: 47, band: 'SUFFICIENT' });
    expect(scoreBarc10(Array(10).fill(1)).total).toBe(10);
    expect(scoreBarc10(Array(10).fill(6)).total).toBe(60);
  });
  it('rejects 0, which is not on the 1–6 scale', () => {
    expect(() => scoreBarc10([0, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toThrow(/item 1 must be a whole number from 1 to 6; got 0/);
  });
});

describe('BAM sub-scores', () => {
  it('converts days to the 0–4 scale at every edge', () => {
    expect([0, 1, 3, 4, 8, 9, 15, 16, 30].map(bamDaysToScore)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(() => bamDaysToScore(31)).toThrow(MeasureAnswerError);
  });

  it('sums use (4+5+6), risk (1,2,3,8,11,15) and protective (9,10,12,13,14,16) and has no total', () => {
    //              1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
    const answers = [2, 3, 1, 0, 1, 0, 4, 2, 3, 4, 1, 2, 2, 1, 3, 0, 4];
    const score = scoreBam(answers);
    expect(score.total).toBeNull();
    expect(score.subscores).toEqual({ use: 1, risk: 2 + 3 + 1 + 2 + 1 + 3, protective: 3 + 4 + 2 + 2 + 1 + 0 });
    expect(score.alerts).toEqual([
      'BAM use score 1 (1 or more is clinically significant).',
      'BAM risk factors 12 (12 or more is a concern).',
      'BAM protective factors 12 (12 or less is a concern).',
    ]);
  });

  it('raises no concern for no use, low risk and strong protection', () => {
    const answers = [0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 4, 4, 4, 0, 4, 4];
    expect(scoreBam(answers)).toMatchObject({ subscores: { use: 0, risk: 0, protective: 24 }, alerts: [] });
  });
});

describe('measure total ranges', () => {
  it('spans the published totals: PHQ-9 0–27, GAD-7 0–21, BARC-10 10–60', () => {
    expect(measureTotalRange(MeasureInstrument.PHQ_9)).toEqual({ min: 0, max: 27 });
    expect(measureTotalRange(MeasureInstrument.GAD_7)).toEqual({ min: 0, max: 21 });
    expect(measureTotalRange('BARC_10')).toEqual({ min: 10, max: 60 });
  });
});
