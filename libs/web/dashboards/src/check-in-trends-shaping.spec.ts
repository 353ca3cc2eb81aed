import {
  completionSummary,
  cravingMoodSummary,
  hasTrendData,
  trendPoints,
  weekLabel,
  type CheckInWeek,
} from './check-in-trends-shaping';

const week = (weekStart: string, overrides: Partial<CheckInWeek> = {}): CheckInWeek => ({
  weekStart,
  clientsInCare: 10,
  expected: 20,
  received: 15,
  completionRate: 0.75,
  meanCraving: 5.04,
  meanMood: 3.01,
  shareReportingUse: 0.1,
  shareAttendingMeetings: 0.456,
  ...overrides,
});

describe('weekly check-in points', () => {
  it('sorts weeks, converts shares to percent and rounds means to one decimal', () => {
    const points = trendPoints([
      {
        group: 'All clients',
        weeks: [week('2026-03-09'), week('2026-03-02', { completionRate: null })],
      },
    ]);
    expect(points.map((p) => p.weekStart)).toEqual(['2026-03-02', '2026-03-09']);
    expect(points[1]).toEqual({
      weekStart: '2026-03-09',
      weekEnd: '2026-03-15',
      clientsInCare: 10,
      expected: 20,
      received: 15,
      completionPct: 75,
      usePct: 10,
      meetingsPct: 45.6,
      craving: 5,
      mood: 3,
    });
    expect(points[0]!.completionPct).toBeNull();
  });

  it('has no data when nothing was expected or received', () => {
    expect(hasTrendData(trendPoints([]))).toBe(false);
    expect(
      hasTrendData(
        trendPoints([
          {
            group: 'All clients',
            weeks: [week('2026-03-02', { expected: 0, received: 0 })],
          },
        ]),
      ),
    ).toBe(false);
  });

  it('labels weeks in the reader’s locale', () => {
    expect(weekLabel('2026-03-02', 'en-US')).toBe('Mar 2');
    expect(weekLabel('2026-03-02', 'en-GB')).toBe('2 Mar');
  });
});

describe('check-in summaries', () => {
  const points = trendPoints([
    {
      group: 'All clients',
      weeks: [
        week('2026-03-02', {
          meanCraving: 5.2,
          meanMood: 2.9,
          expected: 2000,
          received: 1500,
        }),
        week('2026-03-09', {
          expected: 10,
          received: 9,
          completionRate: 0.9,
          shareReportingUse: 0.06,
          meanCraving: 3.8,
          meanMood: 3.6,
        }),
      ],
    },
  ]);

  it('gives completion over the range and in the latest week, with the share reporting use', () => {
    expect(completionSummary(points, 'en-US')).toBe(
      'Over 2 weeks, clients completed 75% of expected check-ins (1,509 of 2,010). In the week of Mar 9, 2026, completion was 90% and 6% of those checking in reported use.',
    );
    expect(completionSummary([], 'en-US')).toBe('No check-ins were expected in this range.');
  });

  it('says how craving and mood moved', () => {
    expect(cravingMoodSummary(points, 'en-US')).toBe(
      'Mean craving fell from 5.2 to 3.8 out of 10 between the weeks of Mar 2, 2026 and Mar 9, 2026. Mean mood rose from 2.9 to 3.6 out of 5 (higher is better).',
    );
    expect(cravingMoodSummary([], 'en-US')).toBe('No check-ins with craving or mood were recorded in this range.');
  });
});
