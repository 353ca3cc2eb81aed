import { RECOVERY_STANCE_LABELS, SUPPORT_RELATIONSHIP_LABELS } from '@carecircle/shared/domain';
import { Button, StatusBadge, type StatusTone } from '@carecircle/web/ui';
import { useRef, useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { CircleOfSupport } from './circle-of-support';
import type { RecordClient } from './client-overview';
import { Ecomap } from './ecomap';
import { RecordSection } from './record-section';
import { RemoveMemberDialog } from './remove-member-dialog';
import { useMayEditSupportNetwork } from './support-network-access';
import { SupportNetworkMemberDialog } from './support-network-member-dialog';

const STANCE_TONE: Record<string, StatusTone> = {
  SUPPORTIVE: 'positive',
  NEUTRAL: 'neutral',
  RISK: 'caution',
};

type Member = RecordClient['supportNetwork'][number];

type OpenDialog = { kind: 'add' } | { kind: 'edit'; memberId: string } | { kind: 'remove'; memberId: string } | null;

export interface SupportNetworkSectionProps {
  clientId: string;
  clientName: string;
  members: RecordClient['supportNetwork'];
}

/**
 * The ecomap beside a table of the same people. The client's counselor and supervisor add, edit
 * and remove members here or from the ecomap (select a person, then edit or remove); peer workers
 * see who is in the network, without the buttons the API would refuse them.
 */
export function SupportNetworkSection({ clientId, clientName, members }: SupportNetworkSectionProps) {
  const mayEdit = useMayEditSupportNetwork();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The member a dialog is about, as last seen: after a conflict the record reloads, and a member
  // someone else removed is gone from it while the dialog still explains what happened.
  const lastSeen = useRef<Member | null>(null);
  const dialogMember = dialog && dialog.kind !== 'add' ? (members.find((m) => m.id === dialog.memberId) ?? lastSeen.current) : null;
  lastSeen.current = dialogMember;
  const selected = members.find((m) => m.id === selectedId) ?? null;
  // Changes with every saved change to the network, so the circle of support counts again.
  const networkVersion = members.map((m) => `${m.id}:${m.version}`).join(',');
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };

  return (
    <RecordSection
      id="network"
      title="Support network"
      aside={
        mayEdit && (
          <Button variant="secondary" onPress={() => setDialog({ kind: 'add' })}>
            Add to network
          </Button>
        )
      }
    >
      {members.length === 0 ? (
        <>
          <p className="cc-record__muted">
            No one in the support network yet. Ask {clientName} who supports their recovery — and who might put it at risk — so the
            team can record them.
          </p>
          <CircleOfSupport clientId={clientId} clientName={clientName} networkVersion={networkVersion} />
        </>
      ) : (
        <div className="cc-record__network cc-network">
          <div className="cc-network__map">
            <Ecomap
              clientName={clientName}
              members={members}
              onSelectMember={mayEdit ? (id) => setSelectedId((current) => (current === id ? null : id)) : undefined}
              selectedMemberId={selectedId}
            />
            {mayEdit && (
              <div className="cc-network__selection" aria-live="polite">
                {selected ? (
                  <>
                    <p>
                      <strong>{selected.name}</strong> · {SUPPORT_RELATIONSHIP_LABELS[selected.relationship]} ·{' '}
                      {RECOVERY_STANCE_LABELS[selected.stance]}
                    </p>
                    <div className="cc-network__actions" role="group" aria-label="Selected in the ecomap">
                      <Button variant="secondary" onPress={() => setDialog({ kind: 'edit', memberId: selected.id })}>
                        Edit {selected.name}
                      </Button>
                      <Button variant="secondary" onPress={() => setDialog({ kind: 'remove', memberId: selected.id })}>
                        Remove {selected.name}
                      </Button>
                    </div>
                  </>
                ) : (
                  <p className="cc-record__muted">Select a person in the ecomap to edit or remove them.</p>
                )}
              </div>
            )}
            <CircleOfSupport clientId={clientId} clientName={clientName} networkVersion={networkVersion} />
          </div>
          <Table className="cc-table cc-network__table" aria-label="Support network members">
            <TableHeader>
              <Column id="name" isRowHeader>
                Name
              </Column>
              <Column id="relationship">Relationship</Column>
              <Column id="stance">Stance</Column>
              <Column id="treatment">In treatment</Column>
              {mayEdit ? <Column id="actions">Actions</Column> : null}
            </TableHeader>
            <TableBody>
              {members.map((m) => (
                <Row key={m.id} id={m.id}>
                  <Cell>
                    <span className="cc-network__name">{m.name}</span>
                    {mayEdit && (m.phone || m.email) && <span className="cc-network__contact">{[m.phone, m.email].filter(Boolean).join(' · ')}</span>}
                  </Cell>
                  <Cell>
                    <span className="cc-network__cell-label">Relationship: </span>
                    {SUPPORT_RELATIONSHIP_LABELS[m.relationship]}
                  </Cell>
                  <Cell>
                    <StatusBadge tone={STANCE_TONE[m.stance]}>{RECOVERY_STANCE_LABELS[m.stance]}</StatusBadge>
                  </Cell>
                  <Cell>
                    <span className="cc-network__cell-label">In treatment: </span>
                    {m.involvedInTreatment ? 'Yes' : 'No'}
                  </Cell>
                  {mayEdit ? (
                    <Cell>
                      <div className="cc-network__actions">
                        <Button variant="quiet" aria-label={`Edit ${m.name}`} onPress={() => setDialog({ kind: 'edit', memberId: m.id })}>
                          Edit
                        </Button>
                        <Button variant="quiet" aria-label={`Remove ${m.name}`} onPress={() => setDialog({ kind: 'remove', memberId: m.id })}>
                          Remove
                        </Button>
                      </div>
                    </Cell>
                  ) : null}
                </Row>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {dialog?.kind === 'add' && (
        <SupportNetworkMemberDialog clientId={clientId} clientName={clientName} member={null} isOpen onOpenChange={close} />
      )}
      {dialog?.kind === 'edit' && dialogMember && (
        <SupportNetworkMemberDialog key={dialogMember.id} clientId={clientId} clientName={clientName} member={dialogMember} isOpen onOpenChange={close} />
      )}
      {dialog?.kind === 'remove' && dialogMember && (
        <RemoveMemberDialog
          clientName={clientName}
          member={dialogMember}
          isOpen
          onOpenChange={(open) => {
            close(open);
            if (!open && !members.some((m) => m.id === dialogMember.id)) setSelectedId(null);
          }}
        />
      )}
    </RecordSection>
  );
}
