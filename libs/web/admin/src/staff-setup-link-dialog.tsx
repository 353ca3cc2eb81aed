import { Button, TextField } from '@carecircle/web/ui';
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { formatDateTime } from './format-date-time';

export interface StaffSetupLinkDialogProps {
  displayName: string;
  setupLink: { path: string; expiresAt: string };
  onClose: () => void;
}

/**
 * The one time a setup link can be seen: CareCircle keeps only its hash. There is no mail server,
 * so the administrator copies it and sends it to the person themselves.
 */
export function StaffSetupLinkDialog({ displayName, setupLink, onClose }: StaffSetupLinkDialogProps) {
  const url = `${window.location.origin}${setupLink.path}`;
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('Link copied.');
    } catch {
      setCopyStatus('Could not copy: select the link and copy it yourself.');
    }
  };
  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} isDismissable className="cc-dialog-overlay">
      <Modal className="cc-dialog">
        <Dialog className="cc-dialog__content">
          <Heading slot="title" className="cc-dialog__title">
            Setup link for {displayName}
          </Heading>
          <p className="cc-dialog__description">
            Send this link to {displayName} privately: whoever opens it can set the password. It works once, until{' '}
            {formatDateTime(setupLink.expiresAt)}, and is not shown again.
          </p>
          <div className="cc-staff-link">
            <TextField label="Setup link" value={url} isReadOnly onFocus={(event) => (event.target as HTMLInputElement).select()} />
            <p role="status" className="cc-staff-link__status">
              {copyStatus}
            </p>
          </div>
          <div className="cc-dialog__actions">
            <Button variant="secondary" onPress={() => void copy()}>
              Copy link
            </Button>
            <Button variant="primary" onPress={onClose}>
              Done
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
