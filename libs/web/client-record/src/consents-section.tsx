import { CONSENT_SCOPE_LABELS, ConsentStatus, consentStatusText } from '@carecircle/shared/domain';
import { Button, StatusBadge } from '@carecircle/web/ui';
import { useRef, useState } from 'react';
import type { RecordClient } from './client-overview';
import { ConsentDialog } from './consent-dialog';
import { consentEndText, consentExpiryWarning } from './consent-expiry';
import { formatIsoDate } from './dates';
import { RecordSection } from './record-section';
import { RevokeConsentDialog } from './revoke-consent-dialog';
import { CONSENT_STATUS_TONES } from './status-tones';
import { useMayEditSupportNetwork } from './support-network-access';

type Consent = NonNullable<RecordClient['consents']>[number];
type OpenDialog = { kind: 'record' } | { kind: 'revoke'; consentId: string } | null;

/**
 * 42 CFR Part 2 consents on file, newest first, each with its elements and where it stands
 * ("Revoked on 3 Mar 2026"). Counselors and supervisors only; they record and revoke them here.
 */
export function ConsentsSection({ client, today }: { client: RecordClient; today: Date }) {
  const consents = client.consents ?? [];
  const mayEdit = useMayEditSupportNetwork();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const lastSeen = useRef<Consent | null>(null);
  const revoking = dialog?.kind === 'revoke' ? (consents.find((c) => c.id === dialog.consentId) ?? lastSeen.current) : null;
  lastSeen.current = revoking;
  const clientName = client.preferredName ?? client.firstName;
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };

  return (
    <RecordSection
      id="consents"
      title="Consents"
      aside={
        mayEdit && (
          <Button variant="secondary" onPress={() => setDialog({ kind: 'record' })}>
            Record a consent
          </Button>
        )
      }
    >
      {consents.length === 0 ? (
        <p className="cc-record__muted">
          No consents on file. Nothing from this record may be shared outside the care team until the client signs a consent.
        </p>
      ) : (
        <ul className="cc-record__rows">
          {consents.map((consent) => {
            const warning = consentExpiryWarning(consent, today);
            const status = consent.status as ConsentStatus;
            // An expired or revoked consent discloses nothing more; only one still in force (or to come) is revoked.
            return (
              <li key={consent.id} className="cc-record__row cc-record__row--stacked cc-consent">
                <span className="cc-record__row-head">
                  <strong>{consent.recipientLabel}</strong>
                  <span className="cc-record__badges">
                    <StatusBadge tone={CONSENT_STATUS_TONES[consent.status]}>{consentStatusText({ ...consent, status }, formatIsoDate)}</StatusBadge>
                    {warning && <span className="cc-record__flag-badge cc-record__flag-badge--warning">{warning}</span>}
                  </span>
                </span>
                <span>
                  <span className="cc-record__label">Covers:</span> {consent.scopes.map((s) => CONSENT_SCOPE_LABELS[s]).join(', ')}
                </span>
                {consent.informationDescription && (
                  <span>
                    <span className="cc-record__label">Information:</span> {consent.informationDescription}
                  </span>
                )}
                <span>
                  <span className="cc-record__label">Purpose:</span> {consent.purpose}
                </span>
                <span className="cc-record__muted">
                  Signed {formatIsoDate(consent.signedOn)} · from {formatIsoDate(consent.effectiveOn)} · {consentEndText(consent, formatIsoDate)}
                </span>
                {mayEdit && (status === ConsentStatus.ACTIVE || status === ConsentStatus.NOT_YET_EFFECTIVE) && (
                  <span className="cc-consent__actions">
                    <Button
                      variant="quiet"
                      aria-label={`Revoke the consent for ${consent.recipientLabel}`}
                      onPress={() => setDialog({ kind: 'revoke', consentId: consent.id })}
                    >
                      Revoke
                    </Button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {dialog?.kind === 'record' && (
        <ConsentDialog clientId={client.id} clientName={clientName} members={client.supportNetwork} today={today} isOpen onOpenChange={close} />
      )}
      {dialog?.kind === 'revoke' && revoking && <RevokeConsentDialog consent={revoking} today={today} isOpen onOpenChange={close} />}
    </RecordSection>
  );
}
