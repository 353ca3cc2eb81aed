import { calendarDayIn, isSupportedTimeZone, supportedTimeZones, timeZoneProblem } from './time-zone';

describe('time zones', () => {
  it('offers the IANA zones plus UTC, sorted, once each', () => {
    const zones = supportedTimeZones();
    expect(zones).toEqual(expect.arrayContaining(['UTC', 'America/Chicago', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Berlin']));
    expect(new Set(zones).size).toBe(zones.length);
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });

  it('refuses made-up zones and offsets, naming what is expected', () => {
    expect(isSupportedTimeZone('America/Chicago')).toBe(true);
    expect(isSupportedTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isSupportedTimeZone('+02:00')).toBe(false);
    expect(isSupportedTimeZone('')).toBe(false);
    expect(timeZoneProblem('Mars/Olympus_Mons')).toContain('IANA time zone');
    expect(timeZoneProblem('UTC')).toBeNull();
  });

  it('dates an instant on the calendar day of the zone', () => {
    const instant = new Date('2026-11-30T06:30:00Z');
    expect(calendarDayIn(instant, 'UTC')).toBe('2026-11-30');
    expect(calendarDayIn(instant, 'America/Los_Angeles')).toBe('2026-11-29');
    expect(calendarDayIn(new Date('2026-11-29T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-30');
  });
});
