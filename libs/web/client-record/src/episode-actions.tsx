import { useQuery } from '@apollo/client/react';
import { ClientStatus, DISCHARGE_REASON_LABELS, mayReadmit, type DischargeReason } from '@carecircle/shared/domain';
import { Button } from '@carecircle/web/ui';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ChangeLevelOfCareDialog } from './change-level-of-care-dialog';
import { CheckInScheduleDialog } from './check-in-schedule-dialog';
import { formatIsoDate } from './dates';
import { DischargeDialog } from './discharge-dialog';
import { clientEpisodesQuery, type EpisodeClient } from './episode.queries';
import { readmitPrefillFrom, ReadmitDialog, type ReadmitFormValues } from './readmit-dialog';
import { RecoveryStartDialog } from './recovery-start-dialog';

type OpenDialog = 'level' | 'schedule' | 'recovery' | 'discharge' | 'readmit' | null;

export interface EpisodeActionsProps {
  clientId: string;
  today: Date;
}

/** The counselor at discharge of the episode that ended last, as the record names them. */
export function counselorAtDischarge(client: EpisodeClient): string | null {
  const ended = client.episodes.filter((episode) => episode.dischargeDate !== null);
  const last = ended.reduce<EpisodeClient['episodes'][number] | null>((latest, episode) => (!latest || episode.sequence > latest.sequence ? episode : latest), null);
  return last?.counselorAtDischarge?.displayName ?? null;
}

/**
 * The episode-of-care actions for counselors and supervisors: change the level of care, the
 * check-in schedule, confirm a recovery-start reset, discharge; for a discharged client, what
 * ended the episode and the way back in (readmit). Each dialog mounts when opened, so it starts
 * from the record as it is now.
 */
export function EpisodeActions({ clientId, today }: EpisodeActionsProps) {
  const { data } = useQuery(clientEpisodesQuery, { variables: { id: clientId }, errorPolicy: 'all' });
  const location = useLocation();
  const navigate = useNavigate();
  // Values carried over from "Admit a client" when the person was a former client.
  const [prefill] = useState<ReadmitFormValues | null>(() => readmitPrefillFrom(location.state));
  const [open, setOpen] = useState<OpenDialog>(null);
  const client = data?.client;
  const discharged = client?.status === 'DISCHARGED';
  const readmittable = client ? mayReadmit(client.status as ClientStatus, (client.dischargeReason as DischargeReason | null) ?? null) : false;

  useEffect(() => {
    if (!prefill || !client) return;
    if (readmittable) setOpen('readmit');
    // Read once: a reload or a step back must not reopen the form.
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [prefill, client, readmittable, navigate, location.pathname, location.search]);

  if (!client) return null;
  const close = (isOpen: boolean) => {
    if (!isOpen) setOpen(null);
  };
  const counselor = discharged ? counselorAtDischarge(client) : null;

  return (
    <section className="cc-episode-actions" aria-label="Episode of care actions">
      {discharged ? (
        <p className="cc-episode-actions__summary">
          Discharged {client.dischargeDate ? formatIsoDate(client.dischargeDate) : '(date not recorded)'}
          {client.dischargeReason && <> · {DISCHARGE_REASON_LABELS[client.dischargeReason as DischargeReason]}</>}
          {counselor && <> · Counselor at discharge: {counselor}</>}
        </p>
      ) : null}
      <div className="cc-episode-actions__buttons">
        {discharged ? (
          readmittable && (
            <Button variant="primary" onPress={() => setOpen('readmit')}>
              Readmit
            </Button>
          )
        ) : (
          <>
            <Button onPress={() => setOpen('level')}>Change level of care</Button>
            <Button onPress={() => setOpen('schedule')}>Set check-in schedule</Button>
            <Button onPress={() => setOpen('recovery')}>Reset recovery start date</Button>
            <Button onPress={() => setOpen('discharge')}>Discharge</Button>
          </>
        )}
      </div>
      {open === 'level' && <ChangeLevelOfCareDialog client={client} today={today} isOpen onOpenChange={close} />}
      {open === 'schedule' && <CheckInScheduleDialog client={client} isOpen onOpenChange={close} />}
      {open === 'recovery' && <RecoveryStartDialog client={client} today={today} isOpen onOpenChange={close} />}
      {open === 'discharge' && <DischargeDialog client={client} today={today} isOpen onOpenChange={close} />}
      {open === 'readmit' && <ReadmitDialog client={client} today={today} isOpen onOpenChange={close} prefill={prefill} />}
    </section>
  );
}
