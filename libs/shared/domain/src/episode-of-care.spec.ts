import { daysInTreatment, daysSinceRecoveryStart, isIsoDate } from './episode-of-care';

describe('episode of care arithmetic', () => {
  it('counts the admission day as day 1 of treatment', () => {
    expect(daysInTreatment('2026-11-24', null, '2026-11-24')).toBe(1);
    expect(daysInTreatment('2026-11-01', null, '2026-11-24')).toBe(24);
  });

  it('stops counting days in treatment at discharge', () => {
    expect(daysInTreatment('2026-01-01', '2026-01-31', '2026-11-24')).toBe(31);
  });

  it('counts across a daylight-saving change without losing a day', () => {
    expect(daysInTreatment('2026-03-01', null, '2026-04-01')).toBe(32);
  });

  it('reports days since recovery start, or nothing when none is recorded or it is in the future', () => {
    expect(daysSinceRecoveryStart('2026-11-14', '2026-11-24')).toBe(10);
    expect(daysSinceRecoveryStart(null, '2026-11-24')).toBeNull();
    expect(daysSinceRecoveryStart('2026-12-01', '2026-11-24')).toBeNull();
  });

  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('24/11/2026')).toBe(false);
  });
});
