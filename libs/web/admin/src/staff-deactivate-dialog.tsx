import { useMutation } from '@apollo/client/react';
import { errorMessage, type StaffAccountFieldsFragment } from '@carecircle/web/data-access';
import { Button } from '@carecircle/web/ui';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { deactivateStaffMemberMutation } from './staff.queries';

export interface StaffDeactivateDialogProps {
  member: StaffAccountFieldsFragment;
  onClose: () => void;
}

/** Asks before ending someone's access: they are signed out at once, and their clients wait for a new counselor. */
export function StaffDeactivateDialog({ member, onClose }: StaffDeactivateDialogProps) {
  const [deactivate, { loading, error }] = useMutation(deactivateStaffMemberMutation);
  const confirm = async () => {
    try {
      await deactivate({ variables: { staffId: member.id } });
      onClose();
    } catch {
      // Shown below from the hook's error (a supervisor with a team, one's own account…).
    }
  };
  const caseload = member.openCaseloadSize;
  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && !loading && onClose()} isDismissable={!loading} className="cc-dialog-overlay">
      <Modal className="cc-dialog">
        <Dialog role="alertdialog" className="cc-dialog__content">
          <Heading slot="title" className="cc-dialog__title">
            Deactivate {member.displayName}?
          </Heading>
          <div className="cc-dialog__description">
            <p>
              {member.displayName} is signed out at once and can no longer sign in. You can reactivate them later.
              {caseload > 0 &&
                ` Their ${caseload === 1 ? 'client stays' : `${caseload} clients stay`} listed as needing reassignment until a supervisor moves them.`}
            </p>
          </div>
          {error && (
            <p role="alert" className="cc-staff-account__error">
              {errorMessage(error)}
            </p>
          )}
          <div className="cc-dialog__actions">
            <Button variant="secondary" onPress={onClose} isDisabled={loading}>
              Cancel
            </Button>
            <Button variant="primary" onPress={() => void confirm()} isDisabled={loading}>
              {loading ? 'Deactivating…' : 'Deactivate'}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
