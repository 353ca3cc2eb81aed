import { daysFromToday } from './dates';

export const EXPIRY_WARNING_DAYS = 30;

/** "Expires today", "Expires tomorrow", "Expires in 12 days" for an active consent ending within 30 days; else null. */
export function consentExpiryWarning(consent: { status: string; expiresOn: string | null }, today: Date): string | null {
  if (consent.status !== 'ACTIVE' || !consent.expiresOn) return null;
  const days = daysFromToday(consent.expiresOn, today);
  if (days < 0 || days > EXPIRY_WARNING_DAYS) return null;
  if (days === 0) return 'Expires today';
  if (days === 1) return 'Expires tomorrow';
  return `Expires in ${days} days`;
}

/** How a consent ends, in words: "until Mar 3, 2026", "until end of treatment", both (whichever comes first), or "until revoked". */
export function consentEndText(consent: { expiresOn: string | null; expiryEvent?: string | null }, formatDate: (isoDate: string) => string): string {
  const event = consent.expiryEvent?.trim() || null;
  if (consent.expiresOn && event) return `until ${formatDate(consent.expiresOn)} or ${event}, whichever comes first`;
  if (consent.expiresOn) return `until ${formatDate(consent.expiresOn)}`;
  if (event) return `until ${event}`;
  return 'until revoked';
}
