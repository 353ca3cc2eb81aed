import { CONSENT_SCOPE_LABELS, STAFF_ROLE_LABELS, type ConsentScope, type StaffRole } from '@carecircle/shared/domain';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A moment from the API as the reader's locale shows it: "Nov 29, 2026, 11:06 PM". */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) as the reader's locale shows it, without shifting it by a time zone. */
export function formatDay(day: string): string {
  return dateOnly.format(new Date(`${day}T00:00:00Z`));
}

const ACTIONS: Record<string, string> = {
  READ: 'Viewed',
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Removed',
  REVOKE: 'Revoked',
  EMERGENCY_ACCESS: 'Emergency access',
  RESTRICT: 'Restricted',
  UNRESTRICT: 'Unrestricted',
};

const ENTITIES: Record<string, string> = {
  Client: 'client record',
  AccessLog: 'who viewed this record',
  DisclosureAccounting: 'accounting of disclosures',
};

/** "CarePlan" → "care plan": the audit trail's record kinds in words. */
function entityLabel(entityType: string): string {
  return ENTITIES[entityType] ?? entityType.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** What was done, in words: "Changed client record (status, dischargeDate)". */
export function describeAccess(entry: { action: string; entityType: string; fields: readonly string[] }): string {
  const what = `${ACTIONS[entry.action] ?? entry.action} ${entityLabel(entry.entityType)}`;
  return entry.fields.length ? `${what} (${entry.fields.join(', ')})` : what;
}

export function roleLabel(role: string): string {
  return STAFF_ROLE_LABELS[role as StaffRole] ?? role;
}

export function informationLabel(scope: string): string {
  return CONSENT_SCOPE_LABELS[scope as ConsentScope] ?? scope;
}

/** The consent a disclosure was made under: "Consent effective Jan 1, 2026 (revoked …)". */
export function describeConsent(entry: { consentEffectiveOn: string; consentExpiresOn?: string | null; consentRevokedAt?: string | null }): string {
  const parts = [`effective ${formatDay(entry.consentEffectiveOn)}`];
  if (entry.consentExpiresOn) parts.push(`expires ${formatDay(entry.consentExpiresOn)}`);
  if (entry.consentRevokedAt) parts.push(`revoked ${formatDateTime(entry.consentRevokedAt)}`);
  return `Consent ${parts.join(', ')}`;
}
