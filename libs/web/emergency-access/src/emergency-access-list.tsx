import type { EmergencyAccessFieldsFragment } from '@carecircle/web/data-access';
import { formatDateTime } from './format';

export interface EmergencyAccessListProps {
  accesses: readonly EmergencyAccessFieldsFragment[];
  /** The recent list names the client; the record's own list does not need to. */
  showClient?: boolean;
}

/** Who opened which record in an emergency, when, why, and until when: newest first. */
export function EmergencyAccessList({ accesses, showClient = false }: EmergencyAccessListProps) {
  return (
    <ul className="cc-emergency__list">
      {accesses.map((access) => (
        <li key={access.id} className="cc-emergency__item">
          <p className="cc-emergency__who">
            <strong>{access.staffName}</strong>
            {showClient && (
              <>
                {' '}opened the record of <strong>{access.clientName}</strong>
              </>
            )}
          </p>
          <dl className="cc-emergency__facts">
            <div>
              <dt>When</dt>
              <dd>{formatDateTime(access.grantedAt)}</dd>
            </div>
            <div>
              <dt>Until</dt>
              <dd>{formatDateTime(access.expiresAt)}</dd>
            </div>
            <div>
              <dt>Nature of the emergency</dt>
              <dd>{access.natureOfEmergency}</dd>
            </div>
            {(access.recipientName || access.recipientAffiliation) && (
              <div>
                <dt>Recipient</dt>
                <dd>{[access.recipientName, access.recipientAffiliation].filter(Boolean).join(', ')}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
