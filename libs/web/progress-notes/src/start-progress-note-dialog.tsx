import { useMutation } from '@apollo/client/react';
import { ProgressNoteFormat, SESSION_TYPE_LABELS, SessionType, toIsoDate } from '@carecircle/shared/domain';
import { FormDateField, FormDialog, FormRadioGroup, FormSelect, useZodForm, zodRules, type FormOption } from '@carecircle/web/forms';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { startProgressNoteMutation } from './progress-notes-list.queries';

/** The radios are named by the short code the clinicians say ("DAP"); the description spells each out. */
const FORMAT_OPTIONS: readonly FormOption[] = Object.values(ProgressNoteFormat).map((format) => ({ value: format, label: format }));
const FORMAT_DESCRIPTION = 'DAP: Data, Assessment, Plan. SOAP: Subjective, Objective, Assessment, Plan. BIRP: Behavior, Intervention, Response, Plan.';
const SESSION_TYPE_OPTIONS: readonly FormOption[] = Object.values(SessionType).map((type) => ({ value: type, label: SESSION_TYPE_LABELS[type] }));

/** The rules of StartProgressNoteInput: a known format and session type, and a session that has taken place. */
export function startProgressNoteSchema(today: string) {
  return z.object({
    format: z.enum(ProgressNoteFormat, { error: 'Choose a format' }),
    sessionType: z.enum(SessionType, { error: 'Choose a session type' }),
    sessionDate: zodRules.isoDate('Session date').refine((value) => value === '' || value <= today, 'Session date cannot be in the future'),
  });
}

export interface StartProgressNoteDialogProps {
  clientId: string;
  /** How the dialog names the client, e.g. "Jo". */
  clientName: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Injectable for tests; defaults to now. */
  today?: Date;
}

/**
 * "Write a progress note": the session's format, type and date open a draft, and the counselor goes
 * straight to the note's page to write it (saved as they type). Mount it only while open, so each
 * opening starts from today's date.
 */
export function StartProgressNoteDialog({ clientId, clientName, isOpen, onOpenChange, today = new Date() }: StartProgressNoteDialogProps) {
  const todayIso = toIsoDate(today);
  const navigate = useNavigate();
  const form = useZodForm(startProgressNoteSchema(todayIso), {
    format: ProgressNoteFormat.DAP,
    sessionType: SessionType.INDIVIDUAL,
    sessionDate: todayIso,
  });
  const [startNote] = useMutation(startProgressNoteMutation);

  return (
    <FormDialog
      title="Write a progress note"
      description={`For a session with ${clientName}. The draft is saved as you write; only you see it until you sign it.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={async (values) => {
        const result = await startNote({ variables: { input: { clientId, format: values.format, sessionType: values.sessionType, sessionDate: values.sessionDate } } });
        const noteId = result.data?.startProgressNote.id;
        if (noteId) void navigate(`/clients/${clientId}/notes/${noteId}`);
      }}
      submitLabel="Start note"
      busyLabel="Starting…"
    >
      <FormRadioGroup form={form} name="format" label="Format" description={FORMAT_DESCRIPTION} options={FORMAT_OPTIONS} inline />
      <FormSelect form={form} name="sessionType" label="Session type" options={SESSION_TYPE_OPTIONS} />
      <FormDateField form={form} name="sessionDate" label="Session date" max={todayIso} description="The day the session took place; not in the future." />
    </FormDialog>
  );
}
