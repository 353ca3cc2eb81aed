import { Button } from '@carecircle/web/ui';
import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export interface ConfirmDialogProps {
  /** The question, e.g. "Sign this note?": the dialog's heading and accessible name. */
  title: string;
  children: ReactNode;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
}

/**
 * An alert dialog asking before an action that cannot be undone (signing locks a note, discarding
 * deletes it). Focus is trapped inside; Escape or the cancel button closes it, not while busy.
 */
export function ConfirmDialog({ title, children, isOpen, onOpenChange, confirmLabel, busyLabel, cancelLabel, busy, onConfirm }: ConfirmDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={(open) => !busy && onOpenChange(open)} isDismissable={!busy} className="cc-dialog-overlay">
      <Modal className="cc-dialog">
        <Dialog role="alertdialog" className="cc-dialog__content">
          <Heading slot="title" className="cc-dialog__title">
            {title}
          </Heading>
          <div className="cc-dialog__description">{children}</div>
          <div className="cc-dialog__actions">
            <Button variant="secondary" onPress={() => onOpenChange(false)} isDisabled={busy}>
              {cancelLabel}
            </Button>
            <Button variant="primary" onPress={onConfirm} isDisabled={busy}>
              {busy ? busyLabel : confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
