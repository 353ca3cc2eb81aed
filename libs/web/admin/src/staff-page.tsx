import { useQuery } from '@apollo/client/react';
import { STAFF_ROLE_LABELS } from '@carecircle/shared/domain';
import { errorMessage, type StaffAccountFieldsFragment } from '@carecircle/web/data-access';
import { Button, EmptyState, ErrorState, Skeleton, StatusBadge, VisuallyHidden, type StatusTone } from '@carecircle/web/ui';
import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { STATUS_LABELS } from './staff-form';
import { StaffDeactivateDialog } from './staff-deactivate-dialog';
import { StaffInviteDialog } from './staff-invite-dialog';
import { StaffManageDialog } from './staff-manage-dialog';
import { StaffSetupLinkDialog } from './staff-setup-link-dialog';
import { staffPageQuery } from './staff.queries';
import './staff-page.css';
import { formatDateTime } from './format-date-time';

const STATUS_TONE: Record<StaffAccountFieldsFragment['status'], StatusTone> = {
  ACTIVE: 'positive',
  INVITED: 'neutral',
  DEACTIVATED: 'caution',
};

type OpenDialog =
  | { kind: 'invite' }
  | { kind: 'manage'; staffId: string }
  | { kind: 'deactivate'; staffId: string }
  | { kind: 'link'; displayName: string; setupLink: { path: string; expiresAt: string } }
  | null;

/** "2 clients need reassignment": what a deactivated person left behind, until a supervisor moves it. */
export function reassignmentText(count: number): string {
  return count === 1 ? '1 client needs reassignment' : `${count} clients need reassignment`;
}

/**
 * The organization's staff: who they are, their role and supervisor, where they work, whether they
 * can sign in, and how many clients they carry. Administrators invite people, change their role,
 * team and programs, deactivate and reactivate them, and issue password-reset links here.
 */
export function StaffPage() {
  const { data, loading, error, refetch } = useQuery(staffPageQuery, { fetchPolicy: 'cache-and-network' });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const staff = data?.staffMembers ?? [];
  const programs = data?.programs ?? [];
  const memberOf = (id: string) => staff.find((member) => member.id === id) ?? null;
  /** Closes the dialog of this kind only: a dialog that closes because it opened the next one leaves that one open. */
  const closeIf = (kind: NonNullable<OpenDialog>['kind']) => (open: boolean) => {
    if (!open) setDialog((current) => (current?.kind === kind ? null : current));
  };
  const managed = dialog?.kind === 'manage' || dialog?.kind === 'deactivate' ? memberOf(dialog.staffId) : null;

  return (
    <div className="cc-page cc-staff">
      <div className="cc-staff__header">
        <h1>Staff</h1>
        <Button variant="primary" onPress={() => setDialog({ kind: 'invite' })} isDisabled={!data}>
          Invite a staff member
        </Button>
      </div>
      <p className="cc-staff__intro">
        Invite colleagues, set their role, supervisor and programs, and end their access when they leave. Deactivating someone signs
        them out at once; their clients stay listed for their supervisor to reassign.
      </p>
      {!data && loading && <Skeleton label="Loading staff" rows={5} />}
      {!data && error && <ErrorState title="The staff list could not be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />}
      {data && staff.length === 0 && <EmptyState title="No staff yet">Invite your colleagues to get started.</EmptyState>}
      {data && staff.length > 0 && (
        <Table className="cc-staff__table" aria-label="Staff">
          <TableHeader>
            <Column id="name" isRowHeader>
              Name
            </Column>
            <Column id="email">Email</Column>
            <Column id="role">Role</Column>
            <Column id="supervisor">Supervisor</Column>
            <Column id="programs">Programs</Column>
            <Column id="status">Status</Column>
            <Column id="lastSignIn">Last sign-in</Column>
            <Column id="caseload">Open caseload</Column>
            <Column id="actions">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Column>
          </TableHeader>
          <TableBody>
            {staff.map((member) => (
              <Row key={member.id} id={member.id}>
                <Cell>
                  <span className="cc-staff__name">{member.displayName}</span>
                </Cell>
                <Cell>
                  <span className="cc-staff__cell-label">Email: </span>
                  <span className="cc-staff__email">{member.email}</span>
                </Cell>
                <Cell>
                  <span className="cc-staff__cell-label">Role: </span>
                  {STAFF_ROLE_LABELS[member.role]}
                </Cell>
                <Cell>
                  <span className="cc-staff__cell-label">Supervisor: </span>
                  {member.supervisor?.displayName ?? '—'}
                </Cell>
                <Cell>
                  <span className="cc-staff__cell-label">Programs: </span>
                  {member.programs.length ? member.programs.map((program) => program.name).join(', ') : '—'}
                </Cell>
                <Cell>
                  <StatusBadge tone={STATUS_TONE[member.status]}>{STATUS_LABELS[member.status]}</StatusBadge>
                </Cell>
                <Cell>
                  <span className="cc-staff__cell-label">Last sign-in: </span>
                  {member.lastSignedInAt ? formatDateTime(member.lastSignedInAt) : 'Never'}
                </Cell>
                <Cell>
                  <span className="cc-staff__cell-label">Open caseload: </span>
                  {member.openCaseloadSize}
                  {member.clientsNeedingReassignment > 0 && (
                    <span className="cc-staff__reassign">{reassignmentText(member.clientsNeedingReassignment)}</span>
                  )}
                </Cell>
                <Cell>
                  <Button variant="secondary" onPress={() => setDialog({ kind: 'manage', staffId: member.id })}>
                    Manage {member.displayName}
                  </Button>
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      {dialog?.kind === 'invite' && (
        <StaffInviteDialog
          staff={staff}
          programs={programs}
          isOpen
          onOpenChange={closeIf('invite')}
          onInvited={(invited) => setDialog({ kind: 'link', ...invited })}
        />
      )}
      {dialog?.kind === 'manage' && managed && (
        <StaffManageDialog
          key={managed.id}
          member={managed}
          staff={staff}
          programs={programs}
          isOpen
          onOpenChange={closeIf('manage')}
          onDeactivate={() => setDialog({ kind: 'deactivate', staffId: managed.id })}
          onSetupLink={(setupLink) => setDialog({ kind: 'link', displayName: managed.displayName, setupLink })}
        />
      )}
      {dialog?.kind === 'deactivate' && managed && <StaffDeactivateDialog member={managed} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'link' && <StaffSetupLinkDialog displayName={dialog.displayName} setupLink={dialog.setupLink} onClose={() => setDialog(null)} />}
    </div>
  );
}
