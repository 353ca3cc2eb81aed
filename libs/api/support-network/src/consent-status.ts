import { ConsentStatus, isConsentActive, type ConsentTerms, type IsoDate } from '@carecircle/shared/domain';

export { ConsentStatus };

/**
 * Where a consent stands on `today`, with the same precedence as `mayDisclose`: a revocation wins,
 * then a start date still to come, then a past expiry. ACTIVE exactly when `isConsentActive`.
 */
export function consentStatus(consent: Pick<ConsentTerms, 'effectiveOn' | 'expiresOn' | 'revokedAt'>, today: IsoDate, now: Date): ConsentStatus {
  if (isConsentActive(consent, today, now)) return ConsentStatus.ACTIVE;
  if (consent.revokedAt && consent.revokedAt.getTime() <= now.getTime()) return ConsentStatus.REVOKED;
  if (consent.effectiveOn > today) return ConsentStatus.NOT_YET_EFFECTIVE;
  return ConsentStatus.EXPIRED;
}
