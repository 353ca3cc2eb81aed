import type { IsoDate } from './episode-of-care';

/** Categories of information a 42 CFR Part 2 consent can cover. */
export enum ConsentScope {
  ATTENDANCE = 'ATTENDANCE',
  CARE_PLAN = 'CARE_PLAN',
  DIAGNOSES = 'DIAGNOSES',
  CHECK_INS = 'CHECK_INS',
  MEASURES = 'MEASURES',
  PROGRESS_NOTES = 'PROGRESS_NOTES',
}

export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  [ConsentScope.ATTENDANCE]: 'Attendance',
  [ConsentScope.CARE_PLAN]: 'Care plan',
  [ConsentScope.DIAGNOSES]: 'Diagnoses',
  [ConsentScope.CHECK_INS]: 'Check-ins',
  [ConsentScope.MEASURES]: 'Measures',
  [ConsentScope.PROGRESS_NOTES]: 'Progress notes',
};

/** Where a consent stands on a given day (the API derives it with the same precedence as mayDisclose). */
export enum ConsentStatus {
  ACTIVE = 'ACTIVE',
  NOT_YET_EFFECTIVE = 'NOT_YET_EFFECTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  [ConsentStatus.ACTIVE]: 'Active',
  [ConsentStatus.NOT_YET_EFFECTIVE]: 'Not yet effective',
  [ConsentStatus.EXPIRED]: 'Expired',
  [ConsentStatus.REVOKED]: 'Revoked',
};

/** Who a consent discloses to. The peer support team is named so peer workers can see more. */
export enum ConsentRecipientKind {
  SUPPORT_NETWORK_MEMBER = 'SUPPORT_NETWORK_MEMBER',
  ORGANIZATION = 'ORGANIZATION',
  PEER_SUPPORT_TEAM = 'PEER_SUPPORT_TEAM',
}

export interface ConsentRecipient {
  kind: ConsentRecipientKind;
  /** Support network member id, or the organization's name; null for the peer support team. */
  id: string | null;
}

export interface ConsentTerms {
  recipientKind: ConsentRecipientKind;
  /** Member id or organization name, matched exactly; null for the peer support team. */
  recipientId: string | null;
  scopes: readonly ConsentScope[];
  effectiveOn: IsoDate;
  /** Last day the consent holds; null = until revoked (allowed since the 2024 rule for TPO). */
  expiresOn: IsoDate | null;
  revokedAt: Date | null;
}

export enum ConsentDecisionReason {
  ALLOWED = 'ALLOWED',
  NO_CONSENT = 'NO_CONSENT',
  NOT_YET_EFFECTIVE = 'NOT_YET_EFFECTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
}

export interface ConsentDecision {
  allowed: boolean;
  reason: ConsentDecisionReason;
}

function sameRecipient(terms: ConsentTerms, recipient: ConsentRecipient): boolean {
  return terms.recipientKind === recipient.kind && (terms.recipientId ?? null) === (recipient.id ?? null);
}

/**
 * May recipient R see category C of this client on day `today`? Only an active consent allows
 * it: effective on or before today, not past its expiry, not revoked (a revocation at any moment
 * on or before today counts), and with C in its scope. When several consents name R, any one
 * that allows wins; otherwise the reason reported is the most telling refusal.
 */
export function mayDisclose(
  consents: readonly ConsentTerms[],
  recipient: ConsentRecipient,
  scope: ConsentScope,
  today: IsoDate,
  now: Date = new Date(),
): ConsentDecision {
  const forRecipient = consents.filter((c) => sameRecipient(c, recipient));
  if (forRecipient.length === 0) return { allowed: false, reason: ConsentDecisionReason.NO_CONSENT };
  const refusals: ConsentDecisionReason[] = [];
  for (const consent of forRecipient) {
    if (consent.revokedAt && consent.revokedAt.getTime() <= now.getTime()) refusals.push(ConsentDecisionReason.REVOKED);
    else if (consent.effectiveOn > today) refusals.push(ConsentDecisionReason.NOT_YET_EFFECTIVE);
    else if (consent.expiresOn !== null && consent.expiresOn < today) refusals.push(ConsentDecisionReason.EXPIRED);
    else if (!consent.scopes.includes(scope)) refusals.push(ConsentDecisionReason.OUT_OF_SCOPE);
    else return { allowed: true, reason: ConsentDecisionReason.ALLOWED };
  }
  const order = [
    ConsentDecisionReason.OUT_OF_SCOPE,
    ConsentDecisionReason.EXPIRED,
    ConsentDecisionReason.REVOKED,
    ConsentDecisionReason.NOT_YET_EFFECTIVE,
  ];
  return { allowed: false, reason: order.find((r) => refusals.includes(r)) ?? ConsentDecisionReason.NO_CONSENT };
}

/** Whether a consent is in force on `today`, for listings. */
export function isConsentActive(consent: Pick<ConsentTerms, 'effectiveOn' | 'expiresOn' | 'revokedAt'>, today: IsoDate, now: Date = new Date()): boolean {
  if (consent.revokedAt && consent.revokedAt.getTime() <= now.getTime()) return false;
  if (consent.effectiveOn > today) return false;
  return consent.expiresOn === null || consent.expiresOn >= today;
}

/**
 * Field limits for a recorded consent, shared by the API input and the web form. `expiryEvent` is
 * the event that ends a consent when it has no date ("end of treatment"); `informationDescription`
 * says in the consent's own words what information may be disclosed, beyond the scope categories.
 */
export const CONSENT_LIMITS = { purpose: 1000, recipientOrganization: 200, expiryEvent: 200, informationDescription: 1000 } as const;

/** Where a consent stands, in words for the record: "Active", "Expired on 3 Mar 2026", "Revoked on 1 Apr 2026". */
export function consentStatusText(
  consent: { status: ConsentStatus; expiresOn: IsoDate | null; revokedOn: IsoDate | null; effectiveOn: IsoDate },
  formatDate: (date: IsoDate) => string,
): string {
  switch (consent.status) {
    case ConsentStatus.REVOKED:
      return consent.revokedOn ? `Revoked on ${formatDate(consent.revokedOn)}` : CONSENT_STATUS_LABELS[ConsentStatus.REVOKED];
    case ConsentStatus.EXPIRED:
      return consent.expiresOn ? `Expired on ${formatDate(consent.expiresOn)}` : CONSENT_STATUS_LABELS[ConsentStatus.EXPIRED];
    case ConsentStatus.NOT_YET_EFFECTIVE:
      return `Effective from ${formatDate(consent.effectiveOn)}`;
    case ConsentStatus.ACTIVE:
      return CONSENT_STATUS_LABELS[ConsentStatus.ACTIVE];
  }
}
