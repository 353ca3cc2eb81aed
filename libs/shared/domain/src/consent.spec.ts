import {
  ConsentDecisionReason,
  ConsentRecipientKind,
  ConsentScope,
  ConsentStatus,
  consentStatusText,
  isConsentActive,
  mayDisclose,
  type ConsentRecipient,
  type ConsentTerms,
} from './consent';

const TODAY = '2026-11-24';
const NOW = new Date('2026-11-24T12:00:00Z');
const mother: ConsentRecipient = { kind: ConsentRecipientKind.SUPPORT_NETWORK_MEMBER, id: 'member-mother' };

/** A consent to `mother` covering attendance and the care plan, in force since October, until revoked. */
function consent(overrides: Partial<ConsentTerms> = {}): ConsentTerms {
  return {
    recipientKind: ConsentRecipientKind.SUPPORT_NETWORK_MEMBER,
    recipientId: 'member-mother',
    scopes: [ConsentScope.ATTENDANCE, ConsentScope.CARE_PLAN],
    effectiveOn: '2026-10-01',
    expiresOn: '2027-10-01',
    revokedAt: null,
    ...overrides,
  };
}

const decide = (consents: ConsentTerms[], scope = ConsentScope.ATTENDANCE, recipient = mother) => mayDisclose(consents, recipient, scope, TODAY, NOW);

describe('mayDisclose: 42 CFR Part 2 disclosure by consent', () => {
  it('allows a category the active consent covers', () => {
    expect(decide([consent()])).toEqual({ allowed: true, reason: ConsentDecisionReason.ALLOWED });
    expect(decide([consent()], ConsentScope.CARE_PLAN).allowed).toBe(true);
  });

  it('refuses once the consent expired yesterday, and still allows on its last day', () => {
    expect(decide([consent({ expiresOn: '2026-11-23' })])).toEqual({ allowed: false, reason: ConsentDecisionReason.EXPIRED });
    expect(decide([consent({ expiresOn: TODAY })])).toEqual({ allowed: true, reason: ConsentDecisionReason.ALLOWED });
  });

  it('refuses a consent revoked in the past, but not one whose revocation is still to come', () => {
    expect(decide([consent({ revokedAt: new Date('2026-11-24T11:59:59Z') })])).toEqual({ allowed: false, reason: ConsentDecisionReason.REVOKED });
    expect(decide([consent({ revokedAt: new Date('2026-11-24T12:00:01Z') })])).toEqual({ allowed: true, reason: ConsentDecisionReason.ALLOWED });
  });

  it('refuses a consent whose effective date is still to come, and allows on that day', () => {
    expect(decide([consent({ effectiveOn: '2026-11-25' })])).toEqual({ allowed: false, reason: ConsentDecisionReason.NOT_YET_EFFECTIVE });
    expect(decide([consent({ effectiveOn: TODAY })]).allowed).toBe(true);
  });

  it('refuses a category the consent does not cover', () => {
    expect(decide([consent()], ConsentScope.DIAGNOSES)).toEqual({ allowed: false, reason: ConsentDecisionReason.OUT_OF_SCOPE });
  });

  it('says there is no consent when the consents on file name someone else', () => {
    const brother: ConsentRecipient = { kind: ConsentRecipientKind.SUPPORT_NETWORK_MEMBER, id: 'member-brother' };
    const clinic: ConsentRecipient = { kind: ConsentRecipientKind.ORGANIZATION, id: 'member-mother' };
    expect(decide([consent()], ConsentScope.ATTENDANCE, brother)).toEqual({ allowed: false, reason: ConsentDecisionReason.NO_CONSENT });
    expect(decide([consent()], ConsentScope.ATTENDANCE, clinic).reason).toBe(ConsentDecisionReason.NO_CONSENT);
    expect(decide([]).reason).toBe(ConsentDecisionReason.NO_CONSENT);
  });

  it('allows when any one of several consents to the recipient allows, whatever the order', () => {
    const revoked = consent({ scopes: [ConsentScope.DIAGNOSES], revokedAt: new Date('2026-11-01T00:00:00Z') });
    const current = consent({ scopes: [ConsentScope.DIAGNOSES], effectiveOn: '2026-11-02' });
    expect(decide([revoked, current], ConsentScope.DIAGNOSES).allowed).toBe(true);
    expect(decide([current, revoked], ConsentScope.DIAGNOSES).allowed).toBe(true);
  });

  it('reports the most telling refusal when none allows: out of scope before expired before revoked', () => {
    const expired = consent({ expiresOn: '2026-11-01' });
    const revoked = consent({ revokedAt: new Date('2026-11-01T00:00:00Z') });
    const narrow = consent({ scopes: [ConsentScope.MEASURES] });
    expect(decide([revoked, expired]).reason).toBe(ConsentDecisionReason.EXPIRED);
    expect(decide([revoked, expired, narrow]).reason).toBe(ConsentDecisionReason.OUT_OF_SCOPE);
  });

  it('allows a consent with no expiry date (until revoked, as the 2024 rule permits)', () => {
    expect(decide([consent({ expiresOn: null, effectiveOn: '2020-01-01' })])).toEqual({ allowed: true, reason: ConsentDecisionReason.ALLOWED });
  });

  it('matches the peer support team, which has no recipient id', () => {
    const team: ConsentRecipient = { kind: ConsentRecipientKind.PEER_SUPPORT_TEAM, id: null };
    const teamConsent = consent({ recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM, recipientId: null, scopes: [ConsentScope.CHECK_INS] });
    expect(decide([teamConsent], ConsentScope.CHECK_INS, team).allowed).toBe(true);
  });
});

describe('isConsentActive: in force today', () => {
  it('is active between its effective date and its expiry, both included', () => {
    expect(isConsentActive(consent({ effectiveOn: TODAY }), TODAY, NOW)).toBe(true);
    expect(isConsentActive(consent({ expiresOn: TODAY }), TODAY, NOW)).toBe(true);
    expect(isConsentActive(consent({ expiresOn: null }), TODAY, NOW)).toBe(true);
  });

  it('is not active before it starts, after it expires, or once revoked', () => {
    expect(isConsentActive(consent({ effectiveOn: '2026-11-25' }), TODAY, NOW)).toBe(false);
    expect(isConsentActive(consent({ expiresOn: '2026-11-23' }), TODAY, NOW)).toBe(false);
    expect(isConsentActive(consent({ revokedAt: new Date('2026-11-24T08:00:00Z') }), TODAY, NOW)).toBe(false);
  });

  it('stays active until a revocation dated later today takes effect', () => {
    expect(isConsentActive(consent({ revokedAt: new Date('2026-11-24T18:00:00Z') }), TODAY, NOW)).toBe(true);
  });
});

describe('consentStatusText', () => {
  const format = (iso: string) => `[${iso}]`;
  const base = { effectiveOn: '2026-01-10', expiresOn: '2026-04-10', revokedOn: null };
  it('says where a consent stands with the date that matters', () => {
    expect(consentStatusText({ ...base, status: ConsentStatus.ACTIVE }, format)).toBe('Active');
    expect(consentStatusText({ ...base, status: ConsentStatus.EXPIRED }, format)).toBe('Expired on [2026-04-10]');
    expect(consentStatusText({ ...base, status: ConsentStatus.REVOKED, revokedOn: '2026-02-01' }, format)).toBe('Revoked on [2026-02-01]');
    expect(consentStatusText({ ...base, status: ConsentStatus.NOT_YET_EFFECTIVE }, format)).toBe('Effective from [2026-01-10]');
  });
});
