import { checkInPoints, checkInSummary, completionSentence, dayTicks, daysWithUse } from './check-in-trend';

const today = new Date(2026, 2, 31); // 31 March 2026, local

function at(day: string, craving: number | null, mood: number | null, usedSubstances = false) {
  return {
    occurredAt: new Date(`${day}T12:00:00`).toISOString(),
    craving,
    mood,
    usedSubstances,
    channel: 'PHONE' as const,
    recordedBy: null as { displayName: string } | null,
  };
}

const completion = {
  __typename: 'CheckInCompletion' as const,
  days: 90,
  expected: 12.4,
  received: 9,
  rate: 0.75,
  schedule: 'WEEKLY' as const,
  from: '2026-01-01',
  to: '2026-03-31',
};

describe('check-in chart data', () => {
  it('sorts check-ins oldest first and puts a use marker on the craving scale', () => {
    const points = checkInPoints([at('2026-03-30', 7, 2, true), at('2026-03-01', 3, 4), at('2026-03-20', null, 3, true)]);
    expect(points.map((p) => p.day)).toEqual(['2026-03-01', '2026-03-20', '2026-03-30']);
    expect(points.map((p) => p.useMarker)).toEqual([null, 10, 7]);
    expect(points[0]).toMatchObject({
      craving: 3,
      mood: 4,
      usedSubstances: false,
    });
  });

  it('keeps the channel and who entered each check-in, for the CSV', () => {
    const byPeer = { ...at('2026-03-02', 2, 4), channel: 'IN_PERSON' as const, recordedBy: { displayName: 'Dana Reyes' } };
    const points = checkInPoints([byPeer, at('2026-03-01', 3, 4)]);
    expect(points.map((p) => [p.channel, p.enteredBy])).toEqual([
      ['PHONE', null],
      ['IN_PERSON', 'Dana Reyes'],
    ]);
  });

  it('counts days with use once, however many check-ins reported it', () => {
    const points = checkInPoints([at('2026-03-30', 7, 2, true), at('2026-03-30', 8, 2, true), at('2026-03-10', 5, 3, true)]);
    expect(daysWithUse(points)).toBe(2);
  });

  it('compares the last 2 weeks of craving with the 2 weeks before, and reports use and completion', () => {
    const points = checkInPoints([
      at('2026-03-05', 3, 4),
      at('2026-03-10', 3.2, 4),
      at('2026-03-20', 6, 3, true),
      at('2026-03-28', 6.4, 2, true),
      at('2026-02-01', 1, 5),
    ]);
    expect(checkInSummary(points, completion, today)).toBe(
      'Average craving 6.2/10 in the last 2 weeks, up from 3.1 in the 2 weeks before. Average mood 2.5/5 in the last 2 weeks. ' +
        'Use reported on 2 days. 9 of 12 expected check-ins in the last 90 days (75%).',
    );
  });

  it('says "down from" and "about the same as" when craving falls or holds', () => {
    const down = checkInPoints([at('2026-03-10', 8, 3), at('2026-03-25', 2, 4)]);
    expect(checkInSummary(down, null, today)).toContain('Average craving 2.0/10 in the last 2 weeks, down from 8.0');
    const same = checkInPoints([at('2026-03-10', 4, 3), at('2026-03-25', 4.2, 4)]);
    expect(checkInSummary(same, null, today)).toContain('about the same as 4.0');
  });

  it('says so plainly when there are no check-ins at all', () => {
    expect(checkInSummary([], { ...completion, received: 0, rate: 0 }, today)).toBe(
      'No check-ins in the last 90 days. 0 of 12 expected check-ins in the last 90 days (0%).',
    );
  });

  it("counts a check-in at 23:30 in the organization's time zone on that day, whatever the browser's zone", () => {
    // 23:30 on Sunday 29 November 2026 in Los Angeles (PST, UTC-8) is 07:30 on Monday the 30th in UTC.
    const lateSunday = { ...at('2026-11-29', 6, 2, true), occurredAt: '2026-11-30T07:30:00.000Z' };
    const [point] = checkInPoints([lateSunday], 'America/Los_Angeles');
    expect(point?.day).toBe('2026-11-29');
    expect(checkInPoints([lateSunday], 'UTC')[0]?.day).toBe('2026-11-30');
    // Sunday night and Monday morning in Los Angeles are two days of use there, though one UTC day.
    const mondayMorning = { ...at('2026-11-30', 5, 2, true), occurredAt: '2026-11-30T14:00:00.000Z' };
    expect(daysWithUse(checkInPoints([lateSunday, mondayMorning], 'America/Los_Angeles'))).toBe(2);
    expect(daysWithUse(checkInPoints([lateSunday, mondayMorning], 'UTC'))).toBe(1);
  });

  it('leaves completion out when nothing was expected', () => {
    expect(completionSentence({ ...completion, expected: 0, rate: null })).toBeNull();
  });
});

describe('dayTicks', () => {
  it('ticks every 14 days across the window, starting on its first day', () => {
    const ticks = dayTicks('2026-01-01', '2026-01-31', 14);
    expect(ticks).toEqual([new Date(2026, 0, 1).getTime(), new Date(2026, 0, 15).getTime(), new Date(2026, 0, 29).getTime()]);
  });
});
