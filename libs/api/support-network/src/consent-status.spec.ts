import { ConsentRecipientKind, ConsentScope, isConsentActive, type ConsentTerms } from '@carecircle/shared/domain';
import { ConsentStatus, consentStatus } from './consent-status';

const TODAY = '2026-11-24';
const NOW = new Date('2026-11-24T12:00:00Z');

function terms(overrides: Partial<ConsentTerms> = {}): ConsentTerms {
  return {
    recipientKind: ConsentRecipientKind.ORGANIZATION,
    recipientId: 'County Probation',
    scopes: [ConsentScope.ATTENDANCE],
    effectiveOn: '2026-10-01',
    expiresOn: null,
    revokedAt: null,
    ...overrides,
  };
}

describe('consent status shown on a consent', () => {
  it('names each state', () => {
    expect(consentStatus(terms(), TODAY, NOW)).toBe(ConsentStatus.ACTIVE);
    expect(consentStatus(terms({ effectiveOn: '2026-12-01' }), TODAY, NOW)).toBe(ConsentStatus.NOT_YET_EFFECTIVE);
    expect(consentStatus(terms({ expiresOn: '2026-11-23' }), TODAY, NOW)).toBe(ConsentStatus.EXPIRED);
    expect(consentStatus(terms({ revokedAt: new Date('2026-11-20T09:00:00Z') }), TODAY, NOW)).toBe(ConsentStatus.REVOKED);
  });

  it('reports a revoked consent as revoked even if it has also expired', () => {
    expect(consentStatus(terms({ expiresOn: '2026-11-01', revokedAt: new Date('2026-10-15T09:00:00Z') }), TODAY, NOW)).toBe(ConsentStatus.REVOKED);
  });

  it('is ACTIVE exactly when isConsentActive says the consent is in force', () => {
    const cases = [
      terms(),
      terms({ effectiveOn: TODAY }),
      terms({ expiresOn: TODAY }),
      terms({ effectiveOn: '2026-11-25' }),
      terms({ expiresOn: '2026-11-23' }),
      terms({ revokedAt: new Date('2026-11-24T11:00:00Z') }),
      terms({ revokedAt: new Date('2026-11-24T13:00:00Z') }),
    ];
    for (const c of cases) {
      expect(consentStatus(c, TODAY, NOW) === ConsentStatus.ACTIVE).toBe(isConsentActive(c, TODAY, NOW));
    }
  });
});
