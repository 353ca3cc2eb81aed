import { useQuery } from '@apollo/client/react';
import { Button, StatusBadge } from '@carecircle/web/ui';
import { useState } from 'react';
import { clientEmergencyStateQuery, emergencyAccessesForClientQuery } from './emergency-access.queries';
import { EmergencyAccessList } from './emergency-access-list';
import { formatTime } from './format';
import { RestrictionDialog } from './restriction-dialog';
import './emergency-access.css';

export interface RecordEmergencyAccessProps {
  clientId: string;
  clientName: string;
}

/**
 * The top of the record: the banner while one reads it through emergency access, the "Restricted"
 * badge, and "Mark restricted" / "Remove restriction" for the client's supervisor and privacy officers.
 */
export function RecordEmergencyBanner({ clientId, clientName }: RecordEmergencyAccessProps) {
  const { data } = useQuery(clientEmergencyStateQuery, { variables: { id: clientId }, errorPolicy: 'all' });
  const [dialogOpen, setDialogOpen] = useState(false);
  const state = data?.client;
  if (!state) return null;
  return (
    <div className="cc-emergency__record-bar">
      {state.emergencyAccessUntil && (
        <p className="cc-emergency__banner" role="status">
          Emergency access until {formatTime(state.emergencyAccessUntil)} — recorded with your reason
        </p>
      )}
      {(state.restricted || state.mayChangeRestriction) && (
        <div className="cc-emergency__restriction">
          {state.restricted && <StatusBadge tone="caution">Restricted to the care team</StatusBadge>}
          {state.mayChangeRestriction && (
            <Button variant="secondary" onPress={() => setDialogOpen(true)}>
              {state.restricted ? 'Remove restriction' : 'Mark restricted'}
            </Button>
          )}
          <RestrictionDialog clientId={clientId} clientName={clientName} restricted={state.restricted} isOpen={dialogOpen} onOpenChange={setDialogOpen} />
        </div>
      )}
    </div>
  );
}

/** The record's "Emergency access" section: for the care team, the client's supervisor and privacy officers (others get nothing). */
export function RecordEmergencyAccessSection({ clientId }: { clientId: string }) {
  const { data } = useQuery(emergencyAccessesForClientQuery, { variables: { clientId }, errorPolicy: 'all' });
  const accesses = data?.emergencyAccessesForClient;
  if (!accesses) return null;
  return (
    <section className="cc-record__section cc-emergency__section" aria-labelledby="record-emergency-access-heading">
      <div className="cc-record__section-header">
        <h2 id="record-emergency-access-heading">Emergency access</h2>
      </div>
      {accesses.length === 0 ? <p>No one has opened this record in an emergency.</p> : <EmergencyAccessList accesses={accesses} />}
    </section>
  );
}
