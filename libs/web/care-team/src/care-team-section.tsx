import { useQuery } from '@apollo/client/react';
import { toIsoDate } from '@carecircle/shared/domain';
import { useOrganizationToday, useSession } from '@carecircle/web/data-access';
import { Button } from '@carecircle/web/ui';
import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { AssignCareTeamDialog, assignActionLabel } from './assign-care-team-dialog';
import { clientCareTeamQuery, type CareTeamClient } from './care-team.queries';
import { formatDay, PART_LABELS } from './care-team-labels';
import './care-team.css';

type Part = 'COUNSELOR' | 'PEER_SUPPORT';

export interface CareTeamSectionProps {
  clientId: string;
  clientName: string;
  /** Injectable for tests; defaults to now. */
  today?: Date;
}

function currentHolder(client: CareTeamClient, role: Part) {
  const member = client.careTeam.find((m) => m.role === role);
  return member ? { id: member.staff.id, displayName: member.staff.displayName, startedOn: member.startedOn } : null;
}

/** The latest assignment of the part that has not ended: a handover scheduled ahead shows as the next holder. */
function scheduled(client: CareTeamClient, role: Part, todayIso: string) {
  return client.careTeamHistory.find((h) => h.role === role && h.endedOn === null && h.startedOn > todayIso) ?? null;
}

/**
 * Who is responsible for the client: the counselor and peer worker now, with every earlier
 * assignment below. A clinical supervisor changes them here, from a date.
 */
export function CareTeamSection({ clientId, clientName, today }: CareTeamSectionProps) {
  const session = useSession();
  const organizationToday = useOrganizationToday();
  const [todayIso] = useState(() => toIsoDate(today ?? organizationToday));
  const [editing, setEditing] = useState<Part | null>(null);
  const { data } = useQuery(clientCareTeamQuery, { variables: { id: clientId }, errorPolicy: 'all' });
  const client = data?.client;
  if (!client) return null;

  const isSupervisor = session?.me.role === 'SUPERVISOR';
  const inTreatment = client.status !== 'DISCHARGED';
  const parts: Part[] = ['COUNSELOR', 'PEER_SUPPORT'];
  const headingId = 'record-care-team-heading';

  return (
    <section className="cc-record__section cc-care-team" aria-labelledby={headingId}>
      <div className="cc-record__section-header">
        <h2 id={headingId}>Care team</h2>
      </div>
      <dl className="cc-record__facts cc-record__facts--compact">
        {parts.map((role) => {
          const holder = currentHolder(client, role);
          const next = scheduled(client, role, todayIso);
          return (
            <div key={role}>
              <dt>{PART_LABELS[role]}</dt>
              <dd>
                {holder ? `${holder.displayName} (since ${formatDay(holder.startedOn)})` : 'None assigned'}
                {next && (
                  <span className="cc-care-team__next">
                    {' '}
                    · {next.staff.displayName} from {formatDay(next.startedOn)}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {isSupervisor && inTreatment && (
        <div className="cc-care-team__actions">
          {parts.map((role) => (
            <Button key={role} variant="secondary" onPress={() => setEditing(role)}>
              {assignActionLabel(role, Boolean(currentHolder(client, role)))}
            </Button>
          ))}
        </div>
      )}
      {editing && (
        <AssignCareTeamDialog
          key={editing}
          clientId={client.id}
          clientName={clientName}
          role={editing}
          current={currentHolder(client, editing)}
          admissionDate={client.admissionDate}
          todayIso={todayIso}
          isOpen
          onOpenChange={(open) => !open && setEditing(null)}
        />
      )}
      <h3 className="cc-record__h3" id="care-team-history-heading">
        Care team history
      </h3>
      {client.careTeamHistory.length === 0 ? (
        <p className="cc-record__muted">No one has been assigned yet.</p>
      ) : (
        <div className="cc-care-team__table-wrap">
          <Table className="cc-team-table" aria-labelledby="care-team-history-heading">
            <TableHeader>
              <Column id="who" isRowHeader>
                Who
              </Column>
              <Column id="role">Role</Column>
              <Column id="from">From</Column>
              <Column id="to">To</Column>
            </TableHeader>
            <TableBody>
              {client.careTeamHistory.map((h, i) => (
                <Row key={`${h.role}-${h.staff.id}-${h.startedOn}-${i}`} id={`${h.role}-${h.staff.id}-${h.startedOn}-${i}`}>
                  <Cell>{h.staff.displayName}</Cell>
                  <Cell>{PART_LABELS[h.role]}</Cell>
                  <Cell>{formatDay(h.startedOn)}</Cell>
                  <Cell>{h.endedOn ? formatDay(h.endedOn) : h.startedOn > todayIso ? 'Scheduled' : 'Now'}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
