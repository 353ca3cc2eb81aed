import { toIsoDate } from '@carecircle/shared/domain';
import { Clock } from './clock';
import { withOrganizationTimeZone } from './organization-day';

/** A clock stopped at one instant, so "today" can be checked on both sides of a zone's midnight. */
class FixedClock extends Clock {
  constructor(private readonly instant: string) {
    super();
  }

  override now(): Date {
    return new Date(this.instant);
  }
}

describe("Clock: today is the organization's day", () => {
  it("turns over at the organization's midnight, ahead of or behind UTC", () => {
    // 12:00 UTC on 29 November is already the 30th in Kiritimati (UTC+14) and still the 29th in Los Angeles.
    const noon = new FixedClock('2026-11-29T12:00:00Z');
    expect(withOrganizationTimeZone('Pacific/Kiritimati', () => noon.today())).toBe('2026-11-30');
    expect(withOrganizationTimeZone('America/Los_Angeles', () => noon.today())).toBe('2026-11-29');
    expect(withOrganizationTimeZone('UTC', () => noon.today())).toBe('2026-11-29');
    // 06:30 UTC on the 30th is 22:30 on the 29th in Los Angeles (PST, UTC-8).
    const early = new FixedClock('2026-11-30T06:30:00Z');
    expect(withOrganizationTimeZone('America/Los_Angeles', () => early.today())).toBe('2026-11-29');
    expect(withOrganizationTimeZone('UTC', () => early.today())).toBe('2026-11-30');
  });

  it('turns over at midnight on the next second, however often it was asked just before', () => {
    let instant = '2026-11-30T07:59:59.000Z'; // 23:59:59 in Los Angeles (PST)
    const ticking = new (class extends Clock {
      override now(): Date {
        return new Date(instant);
      }
    })();
    const inLosAngeles = () => withOrganizationTimeZone('America/Los_Angeles', () => ticking.today());
    expect(inLosAngeles()).toBe('2026-11-29');
    instant = '2026-11-30T07:59:59.999Z';
    expect(inLosAngeles()).toBe('2026-11-29');
    expect(withOrganizationTimeZone('UTC', () => ticking.today())).toBe('2026-11-30');
    instant = '2026-11-30T08:00:00.000Z';
    expect(inLosAngeles()).toBe('2026-11-30');
  });

  it("dates an instant on the organization's day, following daylight saving time", () => {
    const clock = new Clock();
    // 23:30 Pacific daylight time on 1 July is 06:30 UTC on 2 July.
    expect(withOrganizationTimeZone('America/Los_Angeles', () => clock.dayOf(new Date('2026-07-02T06:30:00Z')))).toBe('2026-07-01');
    expect(withOrganizationTimeZone('America/Los_Angeles', () => clock.dayOf(new Date('2026-07-02T07:30:00Z')))).toBe('2026-07-02');
    expect(withOrganizationTimeZone('Europe/Berlin', () => clock.timeZone())).toBe('Europe/Berlin');
  });

  it('keeps the server day outside any request (start-up jobs), and counts instants in UTC there', () => {
    const clock = new FixedClock('2026-11-29T23:59:00Z');
    expect(clock.today()).toBe(toIsoDate(clock.now()));
    expect(clock.timeZone()).toBe('UTC');
    expect(clock.dayOf(clock.now())).toBe('2026-11-29');
  });
});
