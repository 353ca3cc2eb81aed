import { BAM_FORM, BARC10_FORM, GAD7_FORM, MEASURE_INSTRUMENT_VERSIONS, PHQ9_FORM, measureForm, measureItemIndex } from './measure-items';
import {
  BAM_DAY_ITEMS,
  BAM_LIKERT_ITEMS,
  MeasureAnswerError,
  MeasureInstrument,
  bamDaysToScore,
  bamItemScores,
  measureTotalRange,
  needsUrgentSafetyFollowUp,
  scoreBam,
  scoreBarc10,
  scoreGad7,
  scorePhq9,
} from './measures';

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

/** BAM answers as given, in form order (1–6, 7A–7G, 8–17), by printed item number; unnamed items 0. */
function bam(byItem: Record<string, number> = {}): number[] {
  return BAM_FORM.items.map((item) => byItem[item.number] ?? 0);
}

describe('BAM item types (published BAM, past 30 days)', () => {
  const kinds = (kind: 'CHOICE' | 'DAYS') => BAM_FORM.items.filter((i) => i.kind === kind && i.scored).map((i) => Number(i.number));

  it('answers items 2, 3, 4, 5, 6, 10, 11, 13 and 16 in days and 1, 8, 9, 12, 14, 15, 17 by choice', () => {
    expect(kinds('DAYS')).toEqual([2, 3, 4, 5, 6, 10, 11, 13, 16]);
    expect(kinds('DAYS')).toEqual(BAM_DAY_ITEMS);
    expect(kinds('CHOICE')).toEqual([1, 8, 9, 12, 14, 15, 17]);
    expect(BAM_LIKERT_ITEMS).toEqual([1, 8, 9, 12, 15, 17]);
  });

  it('records 7A–7G as day counts that are not scored', () => {
    const drugs = BAM_FORM.items.filter((i) => i.number.startsWith('7'));
    expect(drugs.map((i) => [i.number, i.kind, i.scored])).toEqual(
      ['7A', '7B', '7C', '7D', '7E', '7F', '7G'].map((n) => [n, 'DAYS', false]),
    );
    expect(BAM_FORM.items).toHaveLength(23);
    // 30 days of each drug kind moves no sub-score.
    const heavy = scoreBam(bam({ '7A': 30, '7B': 30, '7C': 30, '7D': 30, '7E': 30, '7F': 30, '7G': 30 }));
    expect(heavy.subscores).toEqual({ use: 0, risk: 0, protective: 0 });
  });

  it('uses the published words: physical health excellent → poor, cravings not at all → extremely, item 14 no 0 / yes 4', () => {
    const item = (n: string) => BAM_FORM.items[measureItemIndex('BAM', n)]!;
    const words = (n: string) => {
      const it = item(n);
      return it.kind === 'CHOICE' ? it.choices.map((c) => `${c.value} ${c.label}`) : [];
    };
    expect(words('1')).toEqual(['0 Excellent', '1 Very good', '2 Good', '3 Fair', '4 Poor']);
    expect(words('8')).toEqual(['0 Not at all', '1 Slightly', '2 Moderately', '3 Considerably', '4 Extremely']);
    for (const n of ['9', '12', '15', '17']) expect(words(n)).toEqual(words('8'));
    expect(words('14')).toEqual(['0 No', '4 Yes']);
    expect(item('8').text).toMatch(/cravings or urges/);
  });

  it('scores a craving answered "extremely" as 4 in the risk sub-score', () => {
    const extremely = BAM_FORM.items[measureItemIndex('BAM', '8')]!;
    expect(extremely.kind === 'CHOICE' && extremely.choices.find((c) => c.label === 'Extremely')?.value).toBe(4);
    expect(scoreBam(bam({ 8: 4 })).subscores['risk']).toBe(4);
    expect(bamItemScores(bam({ 8: 4 })).get(8)).toBe(4);
  });
});

describe('BAM sub-scores', () => {
  it('converts days to the 0–4 scale at every edge', () => {
    expect([0, 1, 3, 4, 8, 9, 15, 16, 30].map(bamDaysToScore)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(() => bamDaysToScore(31)).toThrow(MeasureAnswerError);
  });

  it('converts each day-count item at the published edges (0→0, 3→1, 4→2, 15→3, 16→4)', () => {
    for (const n of BAM_DAY_ITEMS) {
      expect([0, 3, 4, 15, 16].map((days) => bamItemScores(bam({ [n]: days })).get(n))).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('sums use (4+5+6), risk (1,2,3,8,11,15) and protective (9,10,12,13,14,16) and has no total', () => {
    // Day items in days: 2 → 9 nights (3), 3 → 2 days (1), 4 → 0, 5 → 1 day (1), 6 → 0, 10 → 20 (4), 11 → 3 (1), 13 → 5 (2), 16 → 0.
    const answers = bam({ 1: 2, 2: 9, 3: 2, 5: 1, 8: 2, 9: 3, 10: 20, 11: 3, 12: 2, 13: 5, 14: 0, 15: 3, 17: 4 });
    const score = scoreBam(answers);
    expect(score.total).toBeNull();
    expect(score.subscores).toEqual({ use: 1, risk: 2 + 3 + 1 + 2 + 1 + 3, protective: 3 + 4 + 2 + 2 + 0 + 0 });
    expect(score.alerts).toEqual([
      'BAM use score 1 (1 or more is clinically significant).',
      'BAM risk factors 12 (12 or more is a concern).',
      'BAM protective factors 11 (12 or less is a concern).',
    ]);
  });

  it('raises no concern for no use, low risk and strong protection', () => {
    const answers = bam({ 9: 4, 10: 30, 12: 4, 13: 16, 14: 4, 16: 20, 17: 4 });
    expect(scoreBam(answers)).toMatchObject({ subscores: { use: 0, risk: 0, protective: 24 }, alerts: [] });
  });

  it('refuses answers outside each item type, naming the item and its position', () => {
    const refusal = (byItem: Record<string, number>) => {
      try {
        scoreBam(bam(byItem));
      } catch (error) {
        return [(error as MeasureAnswerError).message, (error as MeasureAnswerError).answerIndex];
      }
      return null;
    };
    expect(refusal({ 8: 5 })).toEqual(['BAM item 8 must be a whole number from 0 to 4; got 5.', 13]);
    expect(refusal({ 2: 31 })).toEqual(['BAM item 2 must be a whole number of nights from 0 to 30; got 31.', 1]);
    expect(refusal({ '7C': 31 })).toEqual(['BAM item 7C must be a whole number of days from 0 to 30; got 31.', 8]);
    expect(refusal({ 14: 2 })).toEqual(['BAM item 14 must be one of 0 (No), 4 (Yes); got 2.', 19]);
    expect(() => scoreBam(Array(17).fill(0))).toThrow('BAM has 23 answers (items 1–6, 7A–7G, 8–17); got 17 answers.');
  });
});

describe('instrument forms and versions', () => {
  it('gives PHQ-9 and GAD-7 the 2-week stem and the four published frequency choices', () => {
    for (const form of [PHQ9_FORM, GAD7_FORM]) {
      expect(form.stem).toMatch(/^Over the last 2 weeks, how often have you been bothered by/);
      for (const item of form.items) {
        expect(item.kind === 'CHOICE' && item.choices.map((c) => [c.value, c.label])).toEqual([
          [0, 'Not at all'],
          [1, 'Several days'],
          [2, 'More than half the days'],
          [3, 'Nearly every day'],
        ]);
      }
    }
    expect(PHQ9_FORM.items).toHaveLength(9);
    expect(PHQ9_FORM.items[8]!.text).toMatch(/better off dead or of hurting yourself/);
    expect(GAD7_FORM.items).toHaveLength(7);
  });

  it('answers BARC-10 on a 1–6 agreement scale, strongly disagree to strongly agree', () => {
    expect(BARC10_FORM.items).toHaveLength(10);
    const scale = BARC10_FORM.items[0]!;
    expect(scale.kind === 'CHOICE' && scale.choices.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(scale.kind === 'CHOICE' && [scale.choices[0]!.label, scale.choices[5]!.label]).toEqual(['Strongly disagree', 'Strongly agree']);
  });

  it('names one version per instrument, stored with each administration', () => {
    expect(MEASURE_INSTRUMENT_VERSIONS).toEqual({ PHQ_9: '2001', GAD_7: '2006', BARC_10: '2017', BAM: 'Likert-2010' });
    for (const instrument of Object.values(MeasureInstrument))
      expect(measureForm(instrument).version).toBe(MEASURE_INSTRUMENT_VERSIONS[instrument]);
  });

  it('flags PHQ-9 item 9 above 0 as urgent and nothing else', () => {
    expect(needsUrgentSafetyFollowUp(MeasureInstrument.PHQ_9, [0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe(true);
    expect(needsUrgentSafetyFollowUp(MeasureInstrument.PHQ_9, [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    expect(needsUrgentSafetyFollowUp('GAD_7', [0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe(false);
  });
});

describe('measure total ranges', () => {
  it('spans the published totals: PHQ-9 0–27, GAD-7 0–21, BARC-10 10–60', () => {
    expect(measureTotalRange(MeasureInstrument.PHQ_9)).toEqual({ min: 0, max: 27 });
    expect(measureTotalRange(MeasureInstrument.GAD_7)).toEqual({ min: 0, max: 21 });
    expect(measureTotalRange('BARC_10')).toEqual({ min: 10, max: 60 });
  });
});
