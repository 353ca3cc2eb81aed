import { milestoneCelebration } from './milestone-cue';

describe('milestoneCelebration', () => {
  it('celebrates a milestone reached today', () => {
    expect(
      milestoneCelebration({
        label: '90 days',
        date: '2026-03-01',
        daysUntil: 0,
      }),
    ).toBe('90 days today');
  });

  it('celebrates a milestone reached within the last 7 days', () => {
    expect(
      milestoneCelebration({
        label: '30 days',
        date: '2026-03-01',
        daysUntil: -1,
      }),
    ).toBe('30 days reached yesterday');
    expect(
      milestoneCelebration({
        label: '1 year',
        date: '2026-03-01',
        daysUntil: -7,
      }),
    ).toBe('1 year reached 7 days ago');
  });

  it('stays quiet for older milestones, future ones and none', () => {
    expect(
      milestoneCelebration({
        label: '60 days',
        date: '2026-03-01',
        daysUntil: -8,
      }),
    ).toBeNull();
    expect(
      milestoneCelebration({
        label: '60 days',
        date: '2026-03-01',
        daysUntil: 2,
      }),
    ).toBeNull();
    expect(milestoneCelebration(null)).toBeNull();
  });
});
