import { format } from 'date-fns';
import { organizationToday } from './organization-today';

describe('organizationToday', () => {
  const noonUtc = new Date('2026-11-29T12:00:00Z');

  it("is the organization's calendar day, as a local date, whatever the browser's zone", () => {
    expect(format(organizationToday('Pacific/Kiritimati', noonUtc), 'yyyy-MM-dd')).toBe('2026-11-30');
    expect(format(organizationToday('America/Los_Angeles', new Date('2026-11-30T06:30:00Z')), 'yyyy-MM-dd')).toBe('2026-11-29');
  });

  it("falls back to the browser's now when the session names no zone", () => {
    expect(organizationToday(undefined, noonUtc)).toBe(noonUtc);
  });
});
