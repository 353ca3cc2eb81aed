import { LEVELS_OF_CARE, type LevelOfCare } from '@carecircle/shared/domain';
import type { CaseloadClientsQuery } from '@carecircle/web/data-access';
import { StatusBadge, VisuallyHidden } from '@carecircle/web/ui';
import { CLIENT_STATUS_DISPLAY } from './client-status';
import { formatIsoDate } from './format-iso-date';

export type CaseloadClient = CaseloadClientsQuery['clients']['items'][number];

const CARE_TEAM_ROLE_LABELS = { COUNSELOR: 'Counselor', PEER_SUPPORT: 'Peer support' } as const;

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
      <span className="cc-caseload__name">
        {client.firstName} {client.lastName}
      </span>
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

export interface CaseloadTableProps {
  caption: string;
  clients: readonly CaseloadClient[];
}

/** One row per client; the client's name is the row header. */
export function CaseloadTable({ caption, clients }: CaseloadTableProps) {
  return (
    <div className="cc-caseload__scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="cc-caseload__table">
        <caption className="cc-caseload__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Program</th>
            <th scope="col">Level of care</th>
            <th scope="col" className="cc-caseload__num">
              Days in treatment
            </th>
            <th scope="col" className="cc-caseload__num">
              Days since recovery start
            </th>
            <th scope="col">Status</th>
            <th scope="col">Care team</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => {
            const status = CLIENT_STATUS_DISPLAY[client.status];
            return (
              <tr key={client.id}>
                <th scope="row">
                  <ClientName client={client} />
                </th>
                <td>{client.program.name}</td>
                <td>
                  <LevelOfCareCell level={client.levelOfCare} />
                </td>
                <td className="cc-caseload__num">
                  <span className="cc-caseload__days">{client.daysInTreatment}</span>
                  <span className="cc-caseload__secondary">Admitted {formatIsoDate(client.admissionDate)}</span>
                </td>
                <td className="cc-caseload__num">
                  {client.daysSinceRecoveryStart === null ? (
                    <NotRecorded what="not recorded" />
                  ) : (
                    <>
                      <span className="cc-caseload__days">{client.daysSinceRecoveryStart}</span>
                      {client.recoveryStartDate && (
                        <span className="cc-caseload__secondary">Since {formatIsoDate(client.recoveryStartDate)}</span>
                      )}
                    </>
                  )}
                </td>
                <td>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
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
