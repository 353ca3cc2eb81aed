import { consentEndText, consentExpiryWarning } from './consent-expiry';

const today = new Date(2026, 2, 31);

describe('consentExpiryWarning', () => {
  it('warns about an active consent ending within 30 days', () => {
    expect(consentExpiryWarning({ status: 'ACTIVE', expiresOn: '2026-03-31' }, today)).toBe('Expires today');
    expect(consentExpiryWarning({ status: 'ACTIVE', expiresOn: '2026-04-01' }, today)).toBe('Expires tomorrow');
    expect(consentExpiryWarning({ status: 'ACTIVE', expiresOn: '2026-04-30' }, today)).toBe('Expires in 30 days');
  });

  it('stays quiet further out, without an expiry, or when not active', () => {
    expect(consentExpiryWarning({ status: 'ACTIVE', expiresOn: '2026-05-01' }, today)).toBeNull();
    expect(consentExpiryWarning({ status: 'ACTIVE', expiresOn: null }, today)).toBeNull();
    expect(consentExpiryWarning({ status: 'REVOKED', expiresOn: '2026-04-02' }, today)).toBeNull();
  });
});

describe('consentEndText', () => {
  const format = (iso: string) => `[${iso}]`;
  it('says how a consent ends: a date, an event, both, or a written revocation', () => {
    expect(consentEndText({ expiresOn: '2026-06-30', expiryEvent: null }, format)).toBe('until [2026-06-30]');
    expect(consentEndText({ expiresOn: null, expiryEvent: 'end of treatment' }, format)).toBe('until end of treatment');
    expect(consentEndText({ expiresOn: '2026-06-30', expiryEvent: 'discharge' }, format)).toBe('until [2026-06-30] or discharge, whichever comes first');
    expect(consentEndText({ expiresOn: null, expiryEvent: '  ' }, format)).toBe('until revoked');
  });
});
