import { SupportSystemDimension } from '@carecircle/shared/domain';
import { atRiskDays, atRiskTable, curvePoints, type SurvivalStep } from './retention-shaping';
import {
  formatPValue,
  groupClientOutcome,
  groupTrendRows,
  hasGroupTrendData,
  landmarkSentence,
  logRankSentence,
  orderSupportCurves,
  parseLandmark,
  readSupportParams,
  supportCurvesSummary,
  supportGroupLabel,
  supportGroupTrends,
  supportSeriesIndexes,
  supportTrendsSummary,
  trendCohortSentence,
  writeSupportParams,
  type SupportCurve,
  type SupportTrend,
} from './support-system-shaping';

const step = (days: number, atRisk: number, events: number, censored: number, survival: number): SurvivalStep => ({
  days,
  atRisk,
  events,
  censored,
  survival,
});

// Landmark day 30; days are since admission, as on every curve.
// Two or more: 12 in treatment on day 30; one leaves on day 40, two are censored on day 70, one leaves on day 100.
const twoOrMore: SupportCurve = {
  group: 'Two or more supportive members',
  clients: 12,
  tooSmallToRead: false,
  steps: [step(40, 12, 1, 0, 11 / 12), step(70, 11, 0, 2, 11 / 12), step(100, 9, 1, 0, (11 / 12) * (8 / 9)), step(200, 8, 0, 8, (11 / 12) * (8 / 9))],
};
// One: only 4 at the landmark, so it is shown but too small to read.
const one: SupportCurve = {
  group: 'One supportive member',
  clients: 4,
  tooSmallToRead: true,
  steps: [step(35, 4, 1, 0, 0.75), step(95, 3, 0, 3, 0.75)],
};
// None: 10 at the landmark (exactly the smallest readable group); three leave on day 50.
const none: SupportCurve = {
  group: 'No supportive member',
  clients: 10,
  tooSmallToRead: false,
  steps: [step(50, 10, 3, 0, 0.7), step(120, 7, 0, 7, 0.7)],
};

describe('p-values', () => {
  it('prints them as journals do', () => {
    expect(formatPValue(0.03)).toBe('p = 0.03');
    expect(formatPValue(0.0312)).toBe('p = 0.03');
    expect(formatPValue(0.0004)).toBe('p < 0.001');
    expect(formatPValue(0.001)).toBe('p = 0.001');
    expect(formatPValue(0.0042)).toBe('p = 0.004');
    expect(formatPValue(0.0099)).toBe('p = 0.01');
    expect(formatPValue(0.049)).toBe('p = 0.05');
    expect(formatPValue(0.5)).toBe('p = 0.50');
    expect(formatPValue(0.999)).toBe('p > 0.99');
    expect(formatPValue(Number.NaN)).toBe('p unknown');
  });

  it('reports the log-rank test with χ², degrees of freedom and a plain reading', () => {
    expect(logRankSentence({ chiSquare: 7.0123, degreesOfFreedom: 2, pValue: 0.03, groups: 3 })).toBe(
      'Log-rank test across 3 groups: χ² = 7.01 with 2 degrees of freedom, p = 0.03. ' +
        'Differences this large between the curves would be unusual if the groups stayed equally long.',
    );
    expect(logRankSentence({ chiSquare: 0.4, degreesOfFreedom: 1, pValue: 0.527, groups: 2 })).toBe(
      'Log-rank test across 2 groups: χ² = 0.40 with 1 degree of freedom, p = 0.53. ' +
        'Differences this large between the curves could easily arise by chance.',
    );
    expect(logRankSentence(null)).toMatch(/^No log-rank test: it needs at least two groups/);
  });
});

describe('small groups', () => {
  it('marks a group with fewer than 10 clients at the landmark, and only that one', () => {
    expect(supportGroupLabel(one)).toBe('One supportive member — too small to read (n < 10)');
    expect(supportGroupLabel(none)).toBe('No supportive member');
  });

  it('leaves small groups out of the comparison in the summary and names them', () => {
    expect(supportCurvesSummary([none, one, twoOrMore], 30)).toBe(
      'Of 26 clients still in treatment on day 30: Two or more supportive members stays longest, an estimated 92% still in ' +
        'treatment on day 90; No supportive member least, 70%. Too small to read (fewer than 10 clients): One supportive member.',
    );
    expect(supportCurvesSummary([one, twoOrMore], 30)).toBe(
      'Of 16 clients still in treatment on day 30, only Two or more supportive members is large enough to read: an estimated ' +
        '92% still in treatment on day 90. Too small to read (fewer than 10 clients): One supportive member.',
    );
    expect(supportCurvesSummary([one], 30)).toBe(
      'Of 4 clients still in treatment on day 30, every group is too small to read (fewer than 10 clients each).',
    );
    expect(supportCurvesSummary([], 45)).toBe('No client admitted in this range was still in treatment on day 45.');
  });

  it('compares after a late landmark at the next horizon, and says when nobody has been followed that far', () => {
    // Landmark 90: not every group has been followed to day 180, so the summary compares on day 120 (landmark + 30).
    const lateNone = { ...none, steps: [step(100, 10, 2, 0, 0.8), step(130, 8, 0, 8, 0.8)] };
    const lateTwo = { ...twoOrMore, steps: [step(150, 12, 1, 0, 11 / 12), step(200, 11, 0, 11, 11 / 12)] };
    expect(supportCurvesSummary([lateNone, lateTwo], 90)).toBe(
      'Of 22 clients still in treatment on day 90: Two or more supportive members stays longest, an estimated 100% still in ' +
        'treatment on day 120; No supportive member least, 80%.',
    );
    const short = { ...none, steps: [step(40, 10, 0, 10, 1)] };
    expect(supportCurvesSummary([short], 30)).toBe('Of 10 clients still in treatment on day 30, none has been followed to day 60 yet.');
  });
});

describe('curves from the landmark', () => {
  it('start at 100% on the landmark day, not on admission', () => {
    expect(curvePoints(none.steps, 30)).toEqual([
      { days: 30, percent: 100 },
      { days: 50, percent: 70 },
      { days: 120, percent: 70 },
    ]);
  });

  it('count numbers at risk from the landmark, then at each horizon after it', () => {
    expect(atRiskDays(30)).toEqual([30, 60, 90, 180]);
    expect(atRiskDays(45)).toEqual([45, 60, 90, 180]);
    expect(atRiskDays(90)).toEqual([90, 180]);
    expect(atRiskDays()).toEqual([0, 30, 60, 90, 180]);
    const label = (group: string) => supportGroupLabel([twoOrMore, one].find((c) => c.group === group)!);
    expect(atRiskTable([twoOrMore, one], label, atRiskDays(30))).toEqual([
      { group: 'Two or more supportive members', label: 'Two or more supportive members', atRisk: [12, 11, 9, 8] },
      { group: 'One supportive member', label: 'One supportive member — too small to read (n < 10)', atRisk: [4, 3, 3, 0] },
    ]);
  });

  it('keeps the shared display order of the groups, whatever order they arrive in', () => {
    expect(orderSupportCurves(SupportSystemDimension.SUPPORTIVE_NETWORK, [twoOrMore, none, one]).map((c) => c.group)).toEqual([
      'No supportive member',
      'One supportive member',
      'Two or more supportive members',
    ]);
  });

  it('says what the landmark is in one plain sentence', () => {
    expect(landmarkSentence(45)).toBe(
      'Each client’s group is fixed from what was recorded in their first 45 days, and the curves start on day 45 among clients ' +
        'still in treatment then, so clients who simply stayed longer do not get credit for having more time to log support.',
    );
  });
});

describe('settings in the URL', () => {
  it('reads the comparison and landmark, falling back to the defaults for anything unusable', () => {
    expect(readSupportParams(new URLSearchParams('compare=PEER_CONTACT&landmark=45'))).toEqual({
      dimension: SupportSystemDimension.PEER_CONTACT,
      landmarkDays: 45,
    });
    expect(readSupportParams(new URLSearchParams('compare=PROGRAM&landmark=7'))).toEqual({
      dimension: SupportSystemDimension.SUPPORTIVE_NETWORK,
      landmarkDays: 30,
    });
    expect(readSupportParams(new URLSearchParams('landmark=91')).landmarkDays).toBe(30);
    expect(readSupportParams(new URLSearchParams('landmark=90')).landmarkDays).toBe(90);
  });

  it('writes one setting, leaves the others alone and drops defaults', () => {
    const params = new URLSearchParams('from=2025-01-01&to=2025-12-31&landmark=45');
    expect(writeSupportParams(params, { dimension: SupportSystemDimension.MUTUAL_AID }).toString()).toBe(
      'from=2025-01-01&to=2025-12-31&landmark=45&compare=MUTUAL_AID',
    );
    expect(writeSupportParams(params, { landmarkDays: 30 }).toString()).toBe('from=2025-01-01&to=2025-12-31');
    expect(writeSupportParams(params, { landmarkDays: 60 }).get('landmark')).toBe('60');
  });

  it('accepts a landmark typed as a whole number of days from 14 to 90', () => {
    expect(parseLandmark(' 14 ')).toEqual({ days: 14 });
    expect(parseLandmark('90')).toEqual({ days: 90 });
    for (const bad of ['13', '91', '30.5', '', 'abc', '-20']) {
      expect(parseLandmark(bad)).toEqual({ problem: 'Enter a whole number of days from 14 to 90.' });
    }
  });
});

describe('the clients behind a group', () => {
  it('says whether each is still in treatment, left care, or completed or transferred', () => {
    expect(groupClientOutcome({ dischargeDate: null, leftCare: false })).toBe('Still in treatment');
    expect(groupClientOutcome({ dischargeDate: '2026-01-10', leftCare: true })).toBe('Left care');
    expect(groupClientOutcome({ dischargeDate: '2026-01-10', leftCare: false })).toBe('Completed or transferred');
  });
});

describe('weekly check-ins by group', () => {
  const week = (weekStart: string, expected: number, received: number, meanCraving: number | null) => ({
    weekStart,
    clientsInCare: 5,
    expected,
    received,
    completionRate: expected > 0 ? received / expected : null,
    meanCraving,
    meanMood: null,
    shareReportingUse: null,
    shareAttendingMeetings: null,
  });
  // Out of display order, and the weeks out of date order, as nothing promises otherwise.
  const trends: SupportTrend[] = [
    { group: 'Two or more supportive members', weeks: [week('2026-02-09', 10, 9, 3), week('2026-02-02', 10, 8, 4)] },
    { group: 'No supportive member', weeks: [week('2026-02-02', 20, 10, 6)] },
    { group: 'One supportive member', weeks: [week('2026-02-09', 0, 0, null)] },
  ];
  const groups = supportGroupTrends(SupportSystemDimension.SUPPORTIVE_NETWORK, trends);

  it('puts the groups in the shared order and each group’s weeks oldest first', () => {
    expect(groups.map((g) => g.group)).toEqual(['No supportive member', 'One supportive member', 'Two or more supportive members']);
    expect(groups[2]?.points.map((p) => [p.weekStart, p.completionPct])).toEqual([
      ['2026-02-02', 80],
      ['2026-02-09', 90],
    ]);
  });

  it('lines the groups up week by week, with a gap where a group has no figure', () => {
    expect(groupTrendRows(groups, 'completionPct')).toEqual([
      { weekStart: '2026-02-02', group0: 50, group1: null, group2: 80 },
      { weekStart: '2026-02-09', group0: null, group1: null, group2: 90 },
    ]);
    expect(groupTrendRows(groups, 'craving')).toEqual([
      { weekStart: '2026-02-02', group0: 6, group1: null, group2: 4 },
      { weekStart: '2026-02-09', group0: null, group1: null, group2: 3 },
    ]);
  });

  it('names each group’s completion over the range (check-ins received of those expected) and its mean craving', () => {
    expect(supportTrendsSummary(groups, 'completionPct', 30)).toBe(
      'Check-ins completed of those expected, over 2 weeks: No supportive member 50%; One supportive member none expected; ' +
        'Two or more supportive members 85%.',
    );
    expect(supportTrendsSummary(groups, 'craving', 30)).toBe(
      'Mean craving (0–10, lower is better), averaged over 2 weeks: No supportive member 6.0; One supportive member none reported; ' +
        'Two or more supportive members 3.5.',
    );
  });

  it('says so when there is nothing to draw', () => {
    const empty = supportGroupTrends(SupportSystemDimension.SUPPORTIVE_NETWORK, trends.slice(2));
    expect(hasGroupTrendData(empty, 'completionPct')).toBe(false);
    expect(hasGroupTrendData(empty, 'craving')).toBe(false);
    expect(hasGroupTrendData(groups, 'craving')).toBe(true);
    expect(supportTrendsSummary(empty, 'completionPct', 45)).toBe(
      'No check-ins were expected in this range from clients still in treatment on day 45 of their episode.',
    );
    expect(supportTrendsSummary([], 'craving', 30)).toBe(
      'No craving was reported in this range by clients still in treatment on day 30 of their episode.',
    );
  });

  it('gives each group the colour of its curve, and a group without a curve the next free one', () => {
    const indexes = supportSeriesIndexes(
      ['No supportive member', 'Two or more supportive members'],
      ['No supportive member', 'One supportive member', 'Two or more supportive members'],
    );
    expect([...indexes.entries()]).toEqual([
      ['No supportive member', 0],
      ['Two or more supportive members', 1],
      ['One supportive member', 2],
    ]);
  });

  it('says which clients the weekly chart counts', () => {
    expect(trendCohortSentence(45)).toBe(
      'Clients in care in this range, each grouped by what was recorded in the first 45 days of their current episode; ' +
        'clients whose episode had not reached day 45, or who left before it, are not counted.',
    );
  });
});
