import {
  CARE_PLAN_STATUS_LABELS,
  CARE_TEAM_ROLE_LABELS,
  CLIENT_STATUS_LABELS,
  LEVELS_OF_CARE,
  type LevelOfCare,
} from '@carecircle/shared/domain';
import type { CarePlanStatus } from '@carecircle/web/data-access';
import { StatusBadge, VisuallyHidden, type StatusTone } from '@carecircle/web/ui';
import { Link } from 'react-router';
import type { CaseloadClient, CaseloadSort, SortKey } from './caseload-sort';
import { CLIENT_STATUS_TONES } from './client-status';
import { formatIsoDate } from './format-iso-date';
import { daysAgoText, fullDateTimeText, inDaysText } from './relative-date';
import { RiskFlagBadge } from './risk-flag-badge';

export type { CaseloadClient } from './caseload-sort';

/** How the caseload colours a plan's status; the words are CARE_PLAN_STATUS_LABELS from shared/domain. */
const PLAN_STATUS_TONES: Record<CarePlanStatus, StatusTone> = {
  ACTIVE: 'positive',
  DRAFT: 'neutral',
  PENDING_REVIEW: 'caution',
  SUPERSEDED: 'neutral',
};

function NotRecorded({ what }: { what: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{what}</VisuallyHidden>
    </>
  );
}

function ClientName({ client }: { client: CaseloadClient }) {
  const details = [client.preferredName && `Goes by ${client.preferredName}`, client.pronouns].filter(Boolean);
  return (
    <>
      <Link className="cc-caseload__name" to={`/clients/${client.id}`}>
        {client.firstName} {client.lastName}
      </Link>
      {details.length > 0 && <span className="cc-caseload__secondary">{details.join(' · ')}</span>}
    </>
  );
}

function LevelOfCareCell({ level }: { level: CaseloadClient['levelOfCare'] }) {
  const info = LEVELS_OF_CARE[level as LevelOfCare];
  if (!info) return <>{level}</>;
  return (
    <>
      <span className="cc-caseload__asam">ASAM {info.asamCode}</span>
      <span className="cc-caseload__secondary">{info.label}</span>
    </>
  );
}

function NextMilestoneCell({ client }: { client: CaseloadClient }) {
  const milestone = client.nextMilestone;
  return (
    <>
      {milestone ? (
        <>
          <span className="cc-caseload__strong">{milestone.label}</span>
          <span className="cc-caseload__secondary">
            <time dateTime={milestone.date} title={formatIsoDate(milestone.date)}>
              {inDaysText(milestone.daysUntil)}
            </time>
          </span>
        </>
      ) : (
        <NotRecorded what="no recovery start date" />
      )}
      {client.daysSinceRecoveryStart !== null && (
        <span className="cc-caseload__secondary">{client.daysSinceRecoveryStart} days in recovery</span>
      )}
    </>
  );
}

function LastCheckInCell({ at }: { at: string | null }) {
  if (!at) return <NotRecorded what="no check-in yet" />;
  const full = fullDateTimeText(at);
  return (
    <time dateTime={at} title={full}>
      <span aria-hidden="true">{daysAgoText(at)}</span>
      <VisuallyHidden>{`${daysAgoText(at)}, ${full}`}</VisuallyHidden>
    </time>
  );
}

function PlanStatusCell({ client }: { client: CaseloadClient }) {
  const status = client.carePlanStatus;
  return (
    <div className="cc-caseload__stack">
      {status ? <StatusBadge tone={PLAN_STATUS_TONES[status]}>{CARE_PLAN_STATUS_LABELS[status]}</StatusBadge> : <span>No plan yet</span>}
      {client.currentCarePlan?.isOverdue && <StatusBadge tone="caution">Review overdue</StatusBadge>}
    </div>
  );
}

function DualDiagnosisCell({ value }: { value: boolean | null | undefined }) {
  if (value === true) {
    return (
      <span className="cc-dual">
        <span aria-hidden="true">Dual dx</span>
        <VisuallyHidden>Dual diagnosis (co-occurring substance-use and mental-health disorders)</VisuallyHidden>
      </span>
    );
  }
  if (value === false) return <NotRecorded what="No dual diagnosis" />;
  return <NotRecorded what="Not shared" />;
}

interface SortableHeaderProps {
  label: string;
  sortKey: SortKey;
  sort: CaseloadSort;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
}

function SortableHeader({ label, sortKey, sort, onSort, numeric }: SortableHeaderProps) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={numeric ? 'cc-caseload__num' : undefined}>
      <button type="button" className="cc-caseload__sort" onClick={() => onSort(sortKey)}>
        {label}
        <span className="cc-caseload__sort-icon" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export interface CaseloadTableProps {
  caption: string;
  clients: readonly CaseloadClient[];
  sort: CaseloadSort;
  onSort: (key: SortKey) => void;
  /** False for peer support workers: the dual-diagnosis column is left out. */
  showDiagnoses: boolean;
}

/** One row per client; the client's name is the row header and links to the record. */
export function CaseloadTable({ caption, clients, sort, onSort, showDiagnoses }: CaseloadTableProps) {
  const header = (label: string, key: SortKey, numeric?: boolean) => (
    <SortableHeader label={label} sortKey={key} sort={sort} onSort={onSort} numeric={numeric} />
  );
  return (
    <div className="cc-caseload__scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="cc-caseload__table">
        <caption className="cc-caseload__caption">
          {caption}
          <span className="cc-caseload__caption-note">Clients with an urgent flag are listed first.</span>
        </caption>
        <thead>
          <tr>
            {header('Client', 'name')}
            {header('Risk flags', 'risk')}
            {header('Program', 'program')}
            {header('Level of care', 'levelOfCare')}
            {header('Days in treatment', 'daysInTreatment', true)}
            {header('Next milestone', 'nextMilestone')}
            {header('Last check-in', 'lastCheckIn')}
            <th scope="col">Plan status</th>
            {showDiagnoses && <th scope="col">Dual diagnosis</th>}
            {header('Status', 'status')}
            <th scope="col">Care team</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => {
            return (
              <tr key={client.id} className={client.highestRiskSeverity === 'URGENT' ? 'cc-caseload__row--urgent' : undefined}>
                <th scope="row">
                  <ClientName client={client} />
                </th>
                <td>
                  {client.riskFlags.length === 0 ? (
                    <NotRecorded what="No risk flags" />
                  ) : (
                    <ul className="cc-caseload__flags">
                      {client.riskFlags.map((flag) => (
                        <li key={flag.code}>
                          <RiskFlagBadge flag={flag} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{client.program.name}</td>
                <td>
                  <LevelOfCareCell level={client.levelOfCare} />
                </td>
                <td className="cc-caseload__num">
                  <span className="cc-caseload__days">{client.daysInTreatment}</span>
                  <span className="cc-caseload__secondary">Admitted {formatIsoDate(client.admissionDate)}</span>
                </td>
                <td>
                  <NextMilestoneCell client={client} />
                </td>
                <td>
                  <LastCheckInCell at={client.lastCheckInAt} />
                </td>
                <td>
                  <PlanStatusCell client={client} />
                </td>
                {showDiagnoses && (
                  <td>
                    <DualDiagnosisCell value={client.dualDiagnosis} />
                  </td>
                )}
                <td>
                  <StatusBadge tone={CLIENT_STATUS_TONES[client.status]}>{CLIENT_STATUS_LABELS[client.status]}</StatusBadge>
                </td>
                <td>
                  {client.careTeam.length === 0 ? (
                    <NotRecorded what="no one assigned" />
                  ) : (
                    <ul className="cc-caseload__team">
                      {client.careTeam.map((member) => (
                        <li key={`${member.role}-${member.staff.id}`}>
                          {member.staff.displayName}{' '}
                          <span className="cc-caseload__secondary-inline">({CARE_TEAM_ROLE_LABELS[member.role]})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
