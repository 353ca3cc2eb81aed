import {
  atRiskTable,
  curvePoints,
  numberAtRisk,
  retentionCurvesSummary,
  retentionRatesSummary,
  retentionTiles,
  survivalAt,
  type RetentionCurve,
  type RetentionRate,
  type SurvivalStep,
} from './retention-shaping';

const step = (days: number, atRisk: number, events: number, censored: number, survival: number): SurvivalStep => ({
  days,
  atRisk,
  events,
  censored,
  survival,
});

// 10 clients: one leaves on day 10, two are censored on day 20, one leaves on day 45 (7 at risk),
// the remaining six are censored on day 120.
const steps: SurvivalStep[] = [
  step(10, 10, 1, 0, 0.9),
  step(20, 9, 0, 2, 0.9),
  step(45, 7, 1, 0, 0.9 * (6 / 7)),
  step(120, 6, 0, 6, 0.9 * (6 / 7)),
];

const rate = (days: number, eligible: number, retained: number): RetentionRate => ({
  group: 'All clients',
  days,
  eligible,
  retained,
  rate: eligible > 0 ? retained / eligible : null,
});

describe('Kaplan–Meier steps as chart points', () => {
  it('starts at day 0 with everyone in treatment and gives survival in percent', () => {
    expect(curvePoints(steps)).toEqual([
      { days: 0, percent: 100 },
      { days: 10, percent: 90 },
      { days: 20, percent: 90 },
      { days: 45, percent: 77.1 },
      { days: 120, percent: 77.1 },
    ]);
  });

  it('sorts steps by day and keeps only the starting point for an empty curve', () => {
    expect(curvePoints([steps[1]!, steps[0]!]).map((p) => p.days)).toEqual([0, 10, 20]);
    expect(curvePoints([])).toEqual([{ days: 0, percent: 100 }]);
  });
});

describe('numbers at risk', () => {
  it('takes the at-risk count of the first step on or after the day, or 0 past the last step', () => {
    expect([0, 30, 60, 90, 180].map((t) => numberAtRisk(steps, t))).toEqual([10, 7, 6, 6, 0]);
    expect(numberAtRisk(steps, 10)).toBe(10);
    expect(numberAtRisk(steps, 11)).toBe(9);
    expect(numberAtRisk([], 0)).toBe(0);
  });

  it('builds one table row per group with its label', () => {
    const curves: RetentionCurve[] = [{ group: 'CBT', clients: 10, steps }];
    expect(atRiskTable(curves, (g) => `Label ${g}`)).toEqual([
      { group: 'CBT', label: 'Label CBT', atRisk: [10, 7, 6, 6, 0] },
    ]);
  });
});

describe('survival at a day', () => {
  it('is 1 before any event, the last step’s survival after it, and unknown past the follow-up', () => {
    expect(survivalAt(steps, 5)).toBe(1);
    expect(survivalAt(steps, 30)).toBeCloseTo(0.9);
    expect(survivalAt(steps, 90)).toBeCloseTo(0.7714, 3);
    expect(survivalAt(steps, 180)).toBeNull();
  });
});

describe('retention tiles', () => {
  it('shows whole percents with counts, and no percent when nobody is eligible yet', () => {
    expect(retentionTiles([rate(30, 36, 30), rate(60, 36, 26), rate(90, 36, 23), rate(180, 0, 0)])).toEqual([
      { days: 30, percent: 83, retained: 30, eligible: 36 },
      { days: 60, percent: 72, retained: 26, eligible: 36 },
      { days: 90, percent: 64, retained: 23, eligible: 36 },
      { days: 180, percent: null, retained: 0, eligible: 0 },
    ]);
  });

  it('treats a horizon the API left out as nobody eligible', () => {
    expect(retentionTiles([rate(30, 4, 2)])[3]).toEqual({
      days: 180,
      percent: null,
      retained: 0,
      eligible: 0,
    });
  });
});

describe('retention summaries', () => {
  it('leads with 90-day retention', () => {
    expect(retentionRatesSummary([rate(30, 36, 30), rate(90, 36, 23)])).toBe(
      '90-day retention is 64% (23 of 36 clients).',
    );
  });

  it('falls back to the longest horizon anyone reached, and says when nobody has', () => {
    expect(retentionRatesSummary([rate(30, 1, 1), rate(90, 0, 0)])).toBe('30-day retention is 100% (1 of 1 client).');
    expect(retentionRatesSummary([rate(30, 0, 0)])).toMatch(
      /No client admitted in this range has been in care for 30 days yet/,
    );
  });

  it('names the groups that retain longest and least at 90 days', () => {
    const curves: RetentionCurve[] = [
      { group: 'Residential', clients: 10, steps },
      {
        group: 'Intensive Outpatient',
        clients: 4,
        steps: [step(30, 4, 0, 1, 1), step(100, 3, 0, 3, 1)],
      },
    ];
    expect(retentionCurvesSummary(curves, (g) => g)).toBe(
      'Intensive Outpatient retains longest: 100% still in treatment at 90 days. Residential retains least: 77%.',
    );
  });

  it('describes a single curve, a short follow-up and an empty range', () => {
    expect(retentionCurvesSummary([{ group: 'All clients', clients: 10, steps }], (g) => g)).toBe(
      'Of 10 clients, an estimated 77% are still in treatment at 90 days.',
    );
    expect(
      retentionCurvesSummary([{ group: 'All clients', clients: 2, steps: [step(12, 2, 0, 2, 1)] }], (g) => g),
    ).toBe('2 clients admitted in this range; none has been followed for 30 days yet.');
    expect(retentionCurvesSummary([], (g) => g)).toBe('No clients were admitted in this range.');
  });
});
