import { CONSENT_SCOPE_LABELS, CONSENT_STATUS_LABELS } from '@carecircle/shared/domain';
import { StatusBadge } from '@carecircle/web/ui';
import type { RecordClient } from './client-overview';
import { consentExpiryWarning } from './consent-expiry';
import { formatIsoDate } from './dates';
import { RecordSection } from './record-section';
import { CONSENT_STATUS_TONES } from './status-tones';

/** 42 CFR Part 2 consents on file, newest first. Counselors and supervisors only. */
export function ConsentsSection({ client, today }: { client: RecordClient; today: Date }) {
  const consents = client.consents ?? [];
  return (
    <RecordSection id="consents" title="Consents">
      {consents.length === 0 ? (
        <p className="cc-record__muted">
          No consents on file. Nothing from this record may be shared outside the care team until the client signs a consent.
        </p>
      ) : (
        <ul className="cc-record__rows">
          {consents.map((consent) => {
            const warning = consentExpiryWarning(consent, today);
            return (
              <li key={consent.id} className="cc-record__row cc-record__row--stacked">
                <span className="cc-record__row-head">
                  <strong>{consent.recipientLabel}</strong>
                  <span className="cc-record__badges">
                    <StatusBadge tone={CONSENT_STATUS_TONES[consent.status]}>{CONSENT_STATUS_LABELS[consent.status]}</StatusBadge>
                    {warning && <span className="cc-record__flag-badge cc-record__flag-badge--warning">{warning}</span>}
                  </span>
                </span>
                <span>
                  <span className="cc-record__label">Covers:</span>{' '}
                  {consent.scopes.map((s) => CONSENT_SCOPE_LABELS[s]).join(', ')}
                </span>
                <span>
                  <span className="cc-record__label">Purpose:</span> {consent.purpose}
                </span>
                <span className="cc-record__muted">
                  From {formatIsoDate(consent.effectiveOn)} ·{' '}
                  {consent.expiresOn ? `until ${formatIsoDate(consent.expiresOn)}` : 'until revoked'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </RecordSection>
  );
}
