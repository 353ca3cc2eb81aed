import {
  CARE_PLAN_STATUS_LABELS,
  CARE_TEAM_ROLE_LABELS,
  CLIENT_STATUS_LABELS,
  LEVELS_OF_CARE,
  type LevelOfCare,
} from '@carecircle/shared/domain';
import type { CarePlanStatus } from '@carecircle/web/data-access';
import { StatusBadge, VisuallyHidden, type StatusTone } from '@carecircle/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseloadColumnId } from './caseload-columns';
import type { CaseloadClient } from './caseload-clients.query';
import { CLIENT_STATUS_TONES } from './client-status';
import { formatIsoDate } from './format-iso-date';
import { daysAgoText, fullDateTimeText, inDaysText } from './relative-date';
import { RiskFlagBadge } from './risk-flag-badge';

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

export function ClientNameLink({ client }: { client: CaseloadClient }) {
  return (
    <Link className="cc-caseload__name" to={`/clients/${client.id}`}>
      {client.firstName} {client.lastName}
    </Link>
  );
}

export function ClientNameDetails({ client }: { client: CaseloadClient }) {
  const details = [client.preferredName && `Goes by ${client.preferredName}`, client.pronouns].filter(Boolean);
  return details.length > 0 ? <span className="cc-caseload__secondary">{details.join(' · ')}</span> : null;
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
  const ago = daysAgoText(at);
  return (
    <time dateTime={at} title={full}>
      <span aria-hidden="true">{ago}</span>
      <VisuallyHidden>{`${ago}, ${full}`}</VisuallyHidden>
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

function RiskFlagsCell({ client }: { client: CaseloadClient }) {
  if (client.riskFlags.length === 0) return <NotRecorded what="No risk flags" />;
  return (
    <ul className="cc-caseload__flags">
      {client.riskFlags.map((flag) => (
        <li key={flag.code}>
          <RiskFlagBadge flag={flag} />
        </li>
      ))}
    </ul>
  );
}

function CareTeamCell({ client }: { client: CaseloadClient }) {
  if (client.careTeam.length === 0) return <NotRecorded what="no one assigned" />;
  return (
    <ul className="cc-caseload__team">
      {client.careTeam.map((member) => (
        <li key={`${member.role}-${member.staff.id}`}>
          {member.staff.displayName} <span className="cc-caseload__secondary-inline">({CARE_TEAM_ROLE_LABELS[member.role]})</span>
        </li>
      ))}
    </ul>
  );
}

/** What one column shows for one client; the table and the phone cards show the same content. */
export function caseloadCell(column: Exclude<CaseloadColumnId, 'name'>, client: CaseloadClient): ReactNode {
  switch (column) {
    case 'risk':
      return <RiskFlagsCell client={client} />;
    case 'program':
      return client.program.name;
    case 'levelOfCare':
      return <LevelOfCareCell level={client.levelOfCare} />;
    case 'daysInTreatment':
      return (
        <>
          <span className="cc-caseload__days">{client.daysInTreatment}</span>
          <span className="cc-caseload__secondary">Admitted {formatIsoDate(client.admissionDate)}</span>
        </>
      );
    case 'nextMilestone':
      return <NextMilestoneCell client={client} />;
    case 'lastCheckIn':
      return <LastCheckInCell at={client.lastCheckInAt} />;
    case 'planStatus':
      return <PlanStatusCell client={client} />;
    case 'dualDiagnosis':
      return <DualDiagnosisCell value={client.dualDiagnosis} />;
    case 'status':
      return <StatusBadge tone={CLIENT_STATUS_TONES[client.status]}>{CLIENT_STATUS_LABELS[client.status]}</StatusBadge>;
    case 'careTeam':
      return <CareTeamCell client={client} />;
  }
}
