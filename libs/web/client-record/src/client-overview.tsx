import { CLIENT_STATUS_LABELS, RISK_FLAG_LABELS, RISK_SEVERITY_LABELS } from '@carecircle/shared/domain';
import { useQuery } from '@apollo/client/react';
import { useSession, type ClientRecordQuery } from '@carecircle/web/data-access';
import { StatusBadge } from '@carecircle/web/ui';
import { formatIsoDate, relativeDays } from './dates';
import { counselorAtDischarge } from './episode-actions';
import { LevelOfCareHistoryList, levelOfCareText } from './level-of-care-history';
import { clientEpisodesQuery } from './episode.queries';
import { milestoneCelebration } from './milestone-cue';
import { RecordSection } from './record-section';
import { CLIENT_STATUS_TONES } from './status-tones';

export type RecordClient = ClientRecordQuery['client'];

/** The client's name, status and the facts a clinician wants first. */
export function ClientHeader({ client }: { client: RecordClient }) {
  const details = [client.preferredName && `Goes by ${client.preferredName}`, client.pronouns].filter(Boolean);
  return (
    <header className="cc-record__header">
      <div className="cc-record__title-row">
        <h1 className="cc-record__name">
          {client.firstName} {client.lastName}
        </h1>
        <StatusBadge tone={CLIENT_STATUS_TONES[client.status]}>{CLIENT_STATUS_LABELS[client.status]}</StatusBadge>
      </div>
      {details.length > 0 && <p className="cc-record__aka">{details.join(' · ')}</p>}
      <p className="cc-record__program">
        {client.program.name} <span aria-hidden="true">·</span> {levelOfCareText(client.levelOfCare)}
      </p>
    </header>
  );
}

function RiskFlags({ flags }: { flags: RecordClient['riskFlags'] }) {
  if (flags.length === 0) {
    return <p className="cc-record__muted">No risk flags right now.</p>;
  }
  return (
    <ul className="cc-record__flags" aria-label="Risk flags">
      {flags.map((flag) => (
        <li key={flag.code} className={`cc-record__flag cc-record__flag--${flag.severity.toLowerCase()}`}>
          <span className="cc-record__flag-title">
            <span className="cc-record__flag-severity">{RISK_SEVERITY_LABELS[flag.severity]}</span>
            {RISK_FLAG_LABELS[flag.code] ?? flag.code}
          </span>
          <span className="cc-record__flag-reason">{flag.reason}</span>
        </li>
      ))}
    </ul>
  );
}

function Milestones({ client }: { client: RecordClient }) {
  const celebration = milestoneCelebration(client.lastMilestone);
  if (!client.recoveryStartDate) {
    return <p className="cc-record__muted">Milestones start counting once a recovery start date is recorded.</p>;
  }
  return (
    <div className="cc-record__milestones">
      {celebration && (
        <p className="cc-record__celebration" role="status">
          <svg
            className="cc-record__celebration-icon"
            viewBox="0 0 24 24"
            width="22"
            height="22"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M3 21 8.5 7.5 16.5 15.5Z" fill="#e69f00" stroke="#6f4700" strokeWidth="1.2" strokeLinejoin="round" />
            <circle cx="17" cy="5" r="1.6" fill="#0072b2" />
            <circle cx="20.5" cy="10" r="1.3" fill="#cc79a7" />
            <circle cx="12.5" cy="3.5" r="1.2" fill="#009e73" />
            <path d="M14 9.5c1.5-2 3.5-2.5 5.5-2" fill="none" stroke="#d55e00" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          Milestone: {celebration}
        </p>
      )}
      <dl className="cc-record__facts cc-record__facts--compact">
        {client.lastMilestone && !celebration && (
          <div>
            <dt>Last milestone</dt>
            <dd>
              {client.lastMilestone.label} on {formatIsoDate(client.lastMilestone.date)}
            </dd>
          </div>
        )}
        {client.nextMilestone && (
          <div>
            <dt>Next milestone</dt>
            <dd>
              {client.nextMilestone.label} on {formatIsoDate(client.nextMilestone.date)} (
              {relativeDays(client.nextMilestone.daysUntil)})
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

/** Overview: episode facts, care team, risk flags, milestones and level-of-care history. */
export function ClientOverview({ client }: { client: RecordClient }) {
  const counselor = client.careTeam.filter((m) => m.role === 'COUNSELOR');
  const peers = client.careTeam.filter((m) => m.role === 'PEER_SUPPORT');
  // A discharged client's care team has ended: name who the counselor was at discharge (from the
  // episode the episode actions already load, so no second request) instead of "Not assigned".
  const role = useSession()?.me.role;
  const discharged = client.status === 'DISCHARGED';
  const { data: episodeData } = useQuery(clientEpisodesQuery, {
    variables: { id: client.id },
    skip: !discharged || (role !== 'COUNSELOR' && role !== 'SUPERVISOR'),
    errorPolicy: 'all',
  });
  const dischargeCounselor = discharged && episodeData?.client ? counselorAtDischarge(episodeData.client) : null;
  const showAtDischarge = discharged && counselor.length === 0;
  return (
    <RecordSection id="overview" title="Overview" className="cc-record__section--overview">
      <div className="cc-record__overview">
        <dl className="cc-record__facts">
          <div>
            <dt>Admitted</dt>
            <dd>{formatIsoDate(client.admissionDate)}</dd>
          </div>
          <div>
            <dt>Days in treatment</dt>
            <dd>
              <span className="cc-record__big">{client.daysInTreatment}</span>
            </dd>
          </div>
          <div>
            <dt>Days since recovery start</dt>
            <dd>
              {client.daysSinceRecoveryStart === null || !client.recoveryStartDate ? (
                'Not recorded'
              ) : (
                <>
                  <span className="cc-record__big">{client.daysSinceRecoveryStart}</span>{' '}
                  <span className="cc-record__muted">since {formatIsoDate(client.recoveryStartDate)}</span>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{showAtDischarge ? 'Counselor at discharge' : 'Counselor'}</dt>
            <dd>
              {counselor.length
                ? counselor.map((m) => m.staff.displayName).join(', ')
                : showAtDischarge
                  ? (dischargeCounselor ?? 'Not recorded')
                  : 'Not assigned'}
            </dd>
          </div>
          <div>
            <dt>Peer support worker</dt>
            <dd>{peers.length ? peers.map((m) => m.staff.displayName).join(', ') : discharged ? 'None since discharge' : 'Not assigned'}</dd>
          </div>
          {client.dischargeDate && (
            <div>
              <dt>Discharged</dt>
              <dd>{formatIsoDate(client.dischargeDate)}</dd>
            </div>
          )}
        </dl>
        <div className="cc-record__overview-side">
          <h3 className="cc-record__h3">Risk flags</h3>
          <RiskFlags flags={client.riskFlags} />
          <h3 className="cc-record__h3">Recovery milestones</h3>
          <Milestones client={client} />
        </div>
      </div>
      {client.levelOfCareHistory.length > 0 && (
        <div className="cc-record__loc">
          <h3 className="cc-record__h3">Level-of-care history</h3>
          <LevelOfCareHistoryList changes={client.levelOfCareHistory} />
        </div>
      )}
    </RecordSection>
  );
}
