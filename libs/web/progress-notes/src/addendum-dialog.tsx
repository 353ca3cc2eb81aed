import { useMutation } from '@apollo/client/react';
import { PROGRESS_NOTE_ADDENDUM_MAX_LENGTH } from '@carecircle/shared/domain';
import { FormDialog, FormTextArea, useZodForm, zodRules } from '@carecircle/web/forms';
import { z } from 'zod';
import { addProgressNoteAddendumMutation } from './progress-note.queries';

/** The rule of AddProgressNoteAddendumInput: some text, within the shared limit. */
export const addendumSchema = z.object({
  text: zodRules.requiredText('Addendum', PROGRESS_NOTE_ADDENDUM_MAX_LENGTH),
});

export interface AddendumDialogProps {
  noteId: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Called once the server has the addendum (the note in the cache already lists it). */
  onAdded?: () => void;
}

/**
 * "Add an addendum": a signed note is never edited; what was missed or wrong is added below it,
 * dated and signed with the author's name. Mount it only while open, so each opening starts empty.
 */
export function AddendumDialog({ noteId, isOpen, onOpenChange, onAdded }: AddendumDialogProps) {
  const form = useZodForm(addendumSchema, { text: '' });
  const [addAddendum] = useMutation(addProgressNoteAddendumMutation);
  return (
    <FormDialog
      title="Add an addendum"
      description="It is dated and signed with your name and shown below the note, which stays as it was signed."
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={async (values) => {
        await addAddendum({ variables: { input: { noteId, text: values.text } } });
        onAdded?.();
      }}
      submitLabel="Add addendum"
      busyLabel="Adding…"
    >
      <FormTextArea form={form} name="text" label="Addendum" rows={6} maxLength={PROGRESS_NOTE_ADDENDUM_MAX_LENGTH} description={`Up to ${PROGRESS_NOTE_ADDENDUM_MAX_LENGTH} characters.`} />
    </FormDialog>
  );
}
