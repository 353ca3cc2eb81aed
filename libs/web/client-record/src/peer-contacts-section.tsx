import { useQuery } from '@apollo/client/react';
import { PEER_CONTACT_MODE_LABELS, PRACTICAL_HELP_LABELS, SUPPORT_TYPE_LABELS, type PracticalHelp } from '@carecircle/shared/domain';
import { Button } from '@carecircle/web/ui';
import { useState } from 'react';
import { formatIsoDate } from './dates';
import { clientPeerContactsQuery } from './peer-contacts.query';
import { RecordSection } from './record-section';
import { sectionLoadingOrError } from './section-query-state';

/** The most recent contacts shown before "Show all". */
export const INITIAL_CONTACTS = 8;

export interface PeerContactsSectionProps {
  clientId: string;
  clientName: string;
  isPeer: boolean;
}

/** The peer contacts as a vertical timeline, most recent first. The section is named "Peer contacts". */
export function PeerContactsSection({ clientId, clientName, isPeer }: PeerContactsSectionProps) {
  const [showAll, setShowAll] = useState(false);
  const { data, loading, error, refetch } = useQuery(clientPeerContactsQuery, {
    variables: { clientId },
    notifyOnNetworkStatusChange: true,
  });

  let content = sectionLoadingOrError(
    { hasData: Boolean(data), error, refetch },
    { failed: 'Peer contacts could not be loaded', loading: 'Loading peer contacts…', rows: 3 },
  );
  if (data && data.peerContacts.length === 0) {
    content = (
      <p className="cc-record__muted">
        No peer contacts logged with {clientName} yet.{' '}
        {isPeer
          ? 'Log your next visit or call and it will appear here.'
          : 'Contacts the peer support worker logs will appear here.'}
      </p>
    );
  } else if (data) {
    const total = data.peerContacts.length;
    const shown = showAll ? data.peerContacts : data.peerContacts.slice(0, INITIAL_CONTACTS);
    content = (
      <>
        <ol className="cc-timeline">
          {shown.map((contact) => (
            <li key={contact.id} className="cc-timeline__item">
              <span className="cc-timeline__dot" aria-hidden="true" />
              <div className="cc-timeline__card">
                <p className="cc-timeline__head">
                  <strong>{formatIsoDate(contact.occurredOn)}</strong>
                  <span className="cc-record__muted">
                    {' '}
                    · {PEER_CONTACT_MODE_LABELS[contact.mode]} · {contact.durationMinutes} min · {contact.peerWorker.displayName}
                  </span>
                </p>
                <ul className="cc-chips" aria-label="Support given">
                  {contact.supportTypes.map((t) => (
                    <li key={t} className="cc-chip">
                      {SUPPORT_TYPE_LABELS[t]}
                    </li>
                  ))}
                  {contact.practicalHelp.map((h) => (
                    <li key={h} className="cc-chip cc-chip--help">
                      Help: {PRACTICAL_HELP_LABELS[h as PracticalHelp] ?? h}
                    </li>
                  ))}
                </ul>
                {contact.note && <p className="cc-timeline__note">{contact.note}</p>}
                {contact.nextFollowUpOn && (
                  <p className="cc-record__muted">Follow up by {formatIsoDate(contact.nextFollowUpOn)}</p>
                )}
              </div>
            </li>
          ))}
        </ol>
        {total > INITIAL_CONTACTS && (
          <div className="cc-timeline__more">
            <p className="cc-record__muted" aria-live="polite">
              Showing {shown.length} of {total} contacts
            </p>
            <Button variant="secondary" onPress={() => setShowAll((v) => !v)}>
              {showAll ? 'Show fewer contacts' : `Show all ${total} contacts`}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <RecordSection id="peer-contacts" title="Peer contacts">
      <div aria-busy={loading}>{content}</div>
    </RecordSection>
  );
}
