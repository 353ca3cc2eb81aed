import { kaplanMeier, survivalAt } from './kaplan-meier';

describe('Kaplan–Meier retention curve', () => {
  // Ten clients. Events (left care): 5, 5, 12, 30. Censored (active / completed / transferred): 5, 8, 12, 40, 40, 60.
  const cohort = [
    { days: 5, event: true },
    { days: 5, event: true },
    { days: 5, event: false },
    { days: 8, event: false },
    { days: 12, event: true },
    { days: 12, event: false },
    { days: 30, event: true },
    { days: 40, event: false },
    { days: 40, event: false },
    { days: 60, event: false },
  ];

  it('matches the hand computation with ties and censoring to 1e-9', () => {
    const steps = kaplanMeier(cohort);
    // t=5: 10 at risk, 2 events → S = 8/10 = 0.8 (the one censored at 5 leaves after)
    // t=8: 7 at risk, 0 events, 1 censored → S = 0.8
    // t=12: 6 at risk, 1 event → S = 0.8 × 5/6 = 0.666…
    // t=30: 4 at risk, 1 event → S = 0.666… × 3/4 = 0.5
    // t=40: 3 at risk, 2 censored; t=60: 1 at risk, 1 censored → S stays 0.5
    expect(steps.map((s) => [s.days, s.atRisk, s.events, s.censored])).toEqual([
      [5, 10, 2, 1],
      [8, 7, 0, 1],
      [12, 6, 1, 1],
      [30, 4, 1, 0],
      [40, 3, 0, 2],
      [60, 1, 0, 1],
    ]);
    const expected = [0.8, 0.8, 0.8 * (5 / 6), 0.8 * (5 / 6) * 0.75, 0.5, 0.5];
    steps.forEach((s, i) => expect(Math.abs(s.survival - expected[i]!)).toBeLessThan(1e-9));
  });

  it('reads the curve between steps and before the first', () => {
    const steps = kaplanMeier(cohort);
    expect(survivalAt(steps, 0)).toBe(1);
    expect(survivalAt(steps, 11)).toBeCloseTo(0.8, 12);
    expect(survivalAt(steps, 365)).toBeCloseTo(0.5, 12);
  });

  it('is 1 everywhere when nobody has left care', () => {
    expect(kaplanMeier([{ days: 3, event: false }, { days: 9, event: false }]).every((s) => s.survival === 1)).toBe(true);
  });
});
