import { lastMilestoneReached, milestonesBetween, milestonesUntil, nextMilestone } from './milestones';

describe('recovery milestones', () => {
  it('counts 1, 7, 30, 60, 90 days, 6 and 9 months, 1 year, 18 months, then every year', () => {
    const all = milestonesUntil('2023-01-15', '2026-01-20');
    expect(all.map((m) => `${m.label}@${m.date}`)).toEqual([
      '1 day@2023-01-16',
      '7 days@2023-01-22',
      '30 days@2023-02-14',
      '60 days@2023-03-16',
      '90 days@2023-04-15',
      '6 months@2023-07-15',
      '9 months@2023-10-15',
      '1 year@2024-01-15',
      '18 months@2024-07-15',
      '2 years@2025-01-15',
      '3 years@2026-01-15',
    ]);
  });

  it('gives the next milestone and the days to it; one falling today is reached, not next', () => {
    expect(nextMilestone('2026-11-01', '2026-11-24')).toEqual({ code: 'DAYS_30', label: '30 days', date: '2026-12-01', daysUntil: 7 });
    expect(nextMilestone('2026-10-25', '2026-11-24')?.code).toBe('DAYS_60');
    expect(lastMilestoneReached('2026-10-25', '2026-11-24')?.code).toBe('DAYS_30');
    expect(nextMilestone('2026-12-01', '2026-11-24')).toBeNull();
  });

  it('finds the milestones inside a window for celebrating', () => {
    expect(milestonesBetween('2025-11-24', '2026-11-20', '2026-11-30').map((m) => m.code)).toEqual(['YEARS_1']);
    expect(milestonesBetween('2025-11-24', '2026-11-25', '2026-11-30')).toEqual([]);
  });

  it('keeps month milestones on the calendar day, clamping at month end', () => {
    expect(milestonesUntil('2026-01-31', '2026-08-01').find((m) => m.code === 'MONTHS_6')?.date).toBe('2026-07-31');
    expect(milestonesUntil('2025-08-31', '2026-06-01').find((m) => m.code === 'MONTHS_9')?.date).toBe('2026-05-31');
  });

  it('gives the same next milestone as the first of milestonesUntil after today, for every start over six years', () => {
    // By definition, with the same horizon the shortcut skips: today plus two years covers the next yearly one.
    const byDefinition = (start: string, today: string) => {
      const next = milestonesUntil(start, `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`).find((m) => m.date > today);
      return next ? { ...next, daysUntil: Math.round((Date.parse(next.date) - Date.parse(today)) / 86_400_000) } : null;
    };
    const days = (from: string, count: number) =>
      Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10));
    let compared = 0;
    // Leap years 2024 and 2028 included, and the days around 549/560 days since the start.
    for (const today of ['2026-11-30', '2028-02-29', '2028-03-01', '2027-02-28']) {
      for (const start of days('2021-01-01', 2600).filter((d) => d <= today)) {
        expect({ start, today, next: nextMilestone(start, today) }).toEqual({ start, today, next: byDefinition(start, today) });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(8000);
  });
});
