import { Button } from '@carecircle/web/ui';
import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FormErrorMessage } from './form-error-message';
import { useReloadOnConflict } from './reload-on-conflict';
import { useServerSubmit } from './use-server-submit';

export interface FormDialogProps<T extends FieldValues, C, O extends FieldValues> {
  /** The dialog's heading and accessible name, e.g. "Record a diagnosis". */
  title: string;
  /** One line under the title saying whose record this changes. */
  description?: ReactNode;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  form: UseFormReturn<T, C, O>;
  /** Saves the values; throw (an Apollo error) to refuse. The dialog closes only when this resolves. */
  onSubmit: (values: O) => Promise<unknown>;
  submitLabel: string;
  /** Shown on the submit button while saving, e.g. "Saving…". */
  busyLabel?: string;
  fieldNames?: Readonly<Record<string, string>>;
  /**
   * Queries (by operation name) to reload when the server answers CONFLICT — someone changed the
   * record since it was loaded — so the next save sends the current version.
   */
  refetchOnConflict?: readonly string[];
  children: ReactNode;
  /** `wide` for item-by-item questionnaires. */
  size?: 'normal' | 'wide';
}

/**
 * A modal form: focus moves in and is trapped, Escape or Cancel closes it (not while saving), and
 * it closes by itself only after the server accepted the save. A refused save keeps every value
 * and shows why, on the fields and above them. On a phone it fills the screen.
 */
export function FormDialog<T extends FieldValues, C, O extends FieldValues>({
  title,
  description,
  isOpen,
  onOpenChange,
  form,
  onSubmit,
  submitLabel,
  busyLabel = 'Saving…',
  fieldNames,
  refetchOnConflict,
  children,
  size = 'normal',
}: FormDialogProps<T, C, O>) {
  const save = useReloadOnConflict(onSubmit, refetchOnConflict);
  const { submit, formError, clearFormError } = useServerSubmit(
    form,
    async (values: O) => {
      await save(values);
      onOpenChange(false);
    },
    fieldNames,
  );
  const saving = form.formState.isSubmitting;
  const close = () => {
    if (saving) return;
    clearFormError();
    onOpenChange(false);
  };
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={(open) => (open ? onOpenChange(true) : close())} isDismissable={!saving} className="cc-dialog-overlay">
      <Modal className={size === 'wide' ? 'cc-dialog cc-dialog--wide' : 'cc-dialog'}>
        <Dialog className="cc-dialog__content">
          <Heading slot="title" className="cc-dialog__title">
            {title}
          </Heading>
          {description && <p className="cc-dialog__description">{description}</p>}
          <form className="cc-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={saving || undefined}>
            <FormErrorMessage message={formError} />
            <div className="cc-form__fields">{children}</div>
            <div className="cc-dialog__actions">
              <Button variant="secondary" onPress={close} isDisabled={saving}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" isDisabled={saving}>
                {saving ? busyLabel : submitLabel}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
