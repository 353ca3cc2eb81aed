import { format } from 'date-fns';
import { organizationToday, organizationTodayIso } from './organization-today';
import { sessionStore } from './session-store';

describe('organizationToday', () => {
  const noonUtc = new Date('2026-11-29T12:00:00Z');

  it("is the organization's calendar day, as a local date, whatever the browser's zone", () => {
    expect(format(organizationToday('Pacific/Kiritimati', noonUtc), 'yyyy-MM-dd')).toBe('2026-11-30');
    expect(format(organizationToday('America/Los_Angeles', new Date('2026-11-30T06:30:00Z')), 'yyyy-MM-dd')).toBe('2026-11-29');
  });

  it("falls back to the browser's now when the session names no zone", () => {
    expect(organizationToday(undefined, noonUtc)).toBe(noonUtc);
  });

  it("gives validation rules the signed-in organization's day as YYYY-MM-DD", () => {
    const lateInChicago = new Date('2026-11-30T03:00:00Z');
    sessionStore.start({
      token: 'token-1',
      expiresAt: '2099-01-01T00:00:00Z',
      me: { id: 'staff-1', displayName: 'Avery Chen', email: 'avery@harbor.example', role: 'COUNSELOR', organizationId: 'org-1', organizationName: 'Harbor Light', organizationTimeZone: 'America/Chicago' },
    });
    try {
      expect(organizationTodayIso(lateInChicago)).toBe('2026-11-29');
    } finally {
      sessionStore.end('signed-out');
    }
  });
});
