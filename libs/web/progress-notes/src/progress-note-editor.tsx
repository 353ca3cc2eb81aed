import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Modality,
  OBJECTIVE_PROGRESS_LABELS,
  ObjectiveProgressRating,
  PROGRESS_NOTE_FORMAT_LABELS,
  PROGRESS_NOTE_SECTIONS,
  PROGRESS_NOTE_SECTION_MAX_LENGTH,
  ProgressNoteFormat,
  SESSION_ATTENDANCE_LABELS,
  SESSION_DURATION_MAX_MINUTES,
  SESSION_TYPE_LABELS,
  SessionAttendance,
  SessionType,
  toIsoDate,
} from '@carecircle/shared/domain';
import { errorMessage, useOrganizationToday, type ProgressNoteDetailFragment } from '@carecircle/web/data-access';
import {
  applyServerErrors,
  FormCheckbox,
  FormDateField,
  FormNumberField,
  FormRadioGroup,
  FormSelect,
  FormTextArea,
  FormTextField,
  serverFieldProblems,
  useZodForm,
  zodRules,
  type FormOption,
  type ServerFieldProblem,
} from '@carecircle/web/forms';
import { Button, Skeleton } from '@carecircle/web/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useController, type Path, type UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ConfirmDialog } from './progress-note-editor-confirm';
import {
  modalityLabel,
  noteToDraftValues,
  objectiveChoices,
  reviveDraftValues,
  sameDraftContent,
  toDraftInput,
  type ObjectiveChoice,
  type ProgressNoteDraftValues,
} from './progress-note-format';
import {
  discardProgressNoteDraftMutation,
  progressNoteActivePlanQuery,
  progressNotePageQuery,
  saveProgressNoteDraftMutation,
  signProgressNoteMutation,
} from './progress-note.queries';
import { useProgressNoteAutosave, type AutosaveStatus } from './use-progress-note-autosave';

/** The radios are named by the short code clinicians say; the description spells each one out. */
const FORMAT_OPTIONS: readonly FormOption[] = Object.values(ProgressNoteFormat).map((format) => ({ value: format, label: format }));
const FORMAT_DESCRIPTION = `${Object.values(PROGRESS_NOTE_FORMAT_LABELS).join('. ')}. Sections both formats share keep their text.`;
const SESSION_TYPE_OPTIONS: readonly FormOption[] = Object.values(SessionType).map((t) => ({ value: t, label: SESSION_TYPE_LABELS[t] }));
const ATTENDANCE_OPTIONS: readonly FormOption[] = Object.values(SessionAttendance).map((a) => ({ value: a, label: SESSION_ATTENDANCE_LABELS[a] }));
const MODALITY_OPTIONS: readonly FormOption[] = Object.values(Modality).map((m) => ({ value: m, label: modalityLabel(m) }));
const PROGRESS_OPTIONS: readonly FormOption[] = Object.values(ObjectiveProgressRating).map((r) => ({ value: r, label: OBJECTIVE_PROGRESS_LABELS[r] }));

const NO_ACTIVE_PLAN = 'No signed care plan yet: objectives can be linked once the plan is signed.';

/**
 * What the editor checks as a person types, with the API's own limits; everything else (a complete
 * note) is the server's signing rule. A draft may be incomplete: only impossible values are refused.
 */
const draftSchema = z.object({
  format: z.enum(ProgressNoteFormat),
  sessionType: z.enum(SessionType),
  sessionDate: zodRules.isoDate('Session date'),
  startTime: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, 'Start time must be a time like 14:30'),
  durationMinutes: z
    .number()
    .int('Duration must be whole minutes')
    .min(1, 'Duration must be at least 1 minute')
    .max(SESSION_DURATION_MAX_MINUTES, `Duration must be at most ${SESSION_DURATION_MAX_MINUTES} minutes`)
    .optional(),
  attendance: z.enum(SessionAttendance),
  modality: z.string(),
  sections: z.record(z.string(), z.string().max(PROGRESS_NOTE_SECTION_MAX_LENGTH, `A section can hold at most ${PROGRESS_NOTE_SECTION_MAX_LENGTH} characters`)),
  objectives: z.array(
    z.object({
      objectiveId: z.string(),
      carePlanId: z.string(),
      addressed: z.boolean(),
      progress: z.union([z.enum(ObjectiveProgressRating), z.literal('')]),
      interventionIds: z.array(z.string()),
    }),
  ),
});

type DraftForm = UseFormReturn<z.input<typeof draftSchema>, unknown, z.output<typeof draftSchema>>;

/** A snapshot that later typing cannot change (react-hook-form mutates its value objects in place). */
const snapshot = (form: DraftForm): ProgressNoteDraftValues => JSON.parse(JSON.stringify(form.getValues())) as ProgressNoteDraftValues;

const AUTOSAVE_TEXT: Record<AutosaveStatus, string> = {
  idle: 'Changes are saved as you type. Only you see this draft until you sign it.',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved — kept on this device. Retrying…',
  invalid: 'Not saved — kept on this device. Correct the fields marked below.',
  refused: 'Not saved — kept on this device.',
  conflict: 'Not saved — kept on this device. This draft was changed in another tab or window since you opened it.',
};
const RESTORED = 'Restored your unsaved changes from this device';

function autosaveText(status: AutosaveStatus, restored: boolean): string {
  if (!restored) return AUTOSAVE_TEXT[status];
  if (status === 'saved') return `Saved. ${RESTORED}.`;
  if (status === 'idle' || status === 'saving') return `${RESTORED}. Saving…`;
  return `${AUTOSAVE_TEXT[status]} ${RESTORED}.`;
}

export interface ProgressNoteEditorProps {
  note: ProgressNoteDetailFragment;
  /** The signed-in author: whose device copy this is. */
  staffId: string;
  /** Injectable for tests; defaults to now. */
  today?: Date;
  /** Quiet time before an autosave; injectable for tests. */
  autosaveDelayMs?: number;
}

/** The author's own draft: loads the client's active plan (the objectives it can address), then the form. */
export function ProgressNoteEditor({ note, staffId, today, autosaveDelayMs }: ProgressNoteEditorProps) {
  const { data, loading, error } = useQuery(progressNoteActivePlanQuery, { variables: { clientId: note.client.id } });
  if (loading && !data) return <Skeleton label="Loading the care plan's objectives…" rows={4} />;
  return <DraftEditor note={note} staffId={staffId} plan={data?.currentCarePlan ?? null} planError={error ? errorMessage(error) : null} today={today} autosaveDelayMs={autosaveDelayMs} />;
}

interface DraftEditorProps extends ProgressNoteEditorProps {
  plan: Parameters<typeof objectiveChoices>[0];
  planError: string | null;
}

function DraftEditor({ note, staffId, plan, planError, today: fixedToday, autosaveDelayMs }: DraftEditorProps) {
  const noteId = note.id;
  const clientId = note.client.id;
  const apollo = useApolloClient();
  const navigate = useNavigate();
  const organizationToday = useOrganizationToday();
  const [todayIso] = useState(() => toIsoDate(fixedToday ?? organizationToday));
  const [choices, setChoices] = useState(() => objectiveChoices(plan, note.objectives));
  // The values the page opened with; later cache updates (each save's answer) must not reset the form.
  const [serverDraft] = useState(() => noteToDraftValues(note, choices));

  const [saveDraft] = useMutation(saveProgressNoteDraftMutation);
  const [signNote] = useMutation(signProgressNoteMutation);
  const [discardDraft] = useMutation(discardProgressNoteDraftMutation);

  // The form is made from the autosave's starting draft, so the autosave reaches it through a ref.
  const formRef = useRef<DraftForm | null>(null);
  const onInputProblems = useCallback((error: unknown) => {
    if (formRef.current) applyServerErrors(formRef.current, error);
  }, []);

  const autosave = useProgressNoteAutosave<ProgressNoteDraftValues>({
    staffId,
    noteId,
    serverVersion: note.version,
    serverDraft,
    sameContent: sameDraftContent,
    revive: (stored) => reviveDraftValues(stored, choices),
    save: async (draft, expectedVersion) => {
      const result = await saveDraft({ variables: { input: { noteId, expectedVersion, ...toDraftInput(draft) } } });
      const saved = result.data?.saveProgressNoteDraft;
      if (!saved) throw new Error('The server did not answer the save.');
      return { version: saved.version };
    },
    onInputProblems,
    debounceMs: autosaveDelayMs,
  });

  const draftForm = useZodForm(draftSchema, autosave.initialDraft);
  formRef.current = draftForm;
  const { change } = autosave;

  // Every change, whatever the field: kept on the device at once, saved after a quiet moment.
  useEffect(() => {
    const subscription = draftForm.watch(() => change(snapshot(draftForm)));
    return () => subscription.unsubscribe();
  }, [draftForm, change]);

  const format = draftForm.watch('format');
  const objectives = draftForm.watch('objectives');
  const sections = PROGRESS_NOTE_SECTIONS[format] ?? PROGRESS_NOTE_SECTIONS[ProgressNoteFormat.DAP];

  const [signOpen, setSignOpen] = useState(false);
  const [signing, setSigning] = useState(false);
  const [discardOpen, setDiscardOpen] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [problems, setProblems] = useState<ServerFieldProblem[]>([]);
  const [actionError, setActionError] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);

  async function sign() {
    setSigning(true);
    setActionError(null);
    setProblems([]);
    try {
      // A ticked objective needs its rating; the server never sees it without one, so it is checked here.
      const unrated: ServerFieldProblem[] = snapshot(draftForm).objectives.flatMap((o, i) =>
        o.addressed && !o.progress
          ? [{ field: `objectives.${i}.progress`, problem: `Rate the progress on “${choices[i]?.description ?? 'this objective'}”, or untick it.` }]
          : [],
      );
      if (unrated.length) {
        unrated.forEach((p, i) => draftForm.setError(p.field as Path<ProgressNoteDraftValues>, { type: 'sign', message: p.problem }, { shouldFocus: i === 0 }));
        setProblems(unrated);
        setSignOpen(false);
        return;
      }
      if (!(await autosave.flush())) {
        setActionError('The note was not signed: your latest changes are not saved on the server yet. They are kept on this device; sign again once they are saved.');
        setSignOpen(false);
        return;
      }
      await signNote({
        variables: { noteId, expectedVersion: autosave.currentVersion() },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'progressNotesAwaitingCosignature' });
        },
      });
      // The page now shows the signed note; nothing of this draft is left to keep on the device.
      autosave.forget();
    } catch (error) {
      const found = serverFieldProblems(error);
      if (found.length) {
        const rest = applyServerErrors(draftForm, error);
        setProblems(found);
        if (rest) setActionError(rest);
      } else {
        setActionError(errorMessage(error as never));
      }
      setSignOpen(false);
    } finally {
      setSigning(false);
    }
  }

  async function discard() {
    setDiscarding(true);
    setActionError(null);
    await autosave.pause();
    try {
      await discardDraft({
        variables: { noteId, expectedVersion: autosave.currentVersion() },
        // The record's list reloads without the draft; this page is left at once.
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'progressNotes' });
        },
      });
      autosave.forget();
      void navigate(`/clients/${clientId}`);
    } catch (error) {
      autosave.resume();
      setActionError(errorMessage(error as never));
      setDiscardOpen(false);
      setDiscarding(false);
    }
  }

  /**
   * After a conflict the person chooses: the server's newer draft replaces what is on screen, or
   * what is on screen is saved over it. Either way the server's copy is read first.
   */
  async function resolveConflict(choice: 'theirs' | 'mine') {
    setReloading(true);
    try {
      const { data } = await apollo.query({ query: progressNotePageQuery, variables: { noteId }, fetchPolicy: 'network-only' });
      const latest = data?.progressNote;
      if (!latest) return;
      if (latest.status !== 'DRAFT') {
        autosave.forget(); // signed elsewhere: the page turns into the signed view
        return;
      }
      if (choice === 'mine') {
        autosave.keepOverServer(latest.version, noteToDraftValues(latest, choices));
        return;
      }
      const nextChoices = objectiveChoices(plan, latest.objectives);
      const values = noteToDraftValues(latest, nextChoices);
      autosave.reset(latest.version, values);
      setChoices(nextChoices);
      draftForm.reset(values);
      setProblems([]);
      setActionError(null);
    } catch (error) {
      setActionError(errorMessage(error as never));
    } finally {
      setReloading(false);
    }
  }

  return (
    <div className="cc-note-editor">
      <form className="cc-form cc-note-editor__form" noValidate onSubmit={(event) => event.preventDefault()} onBlur={() => void autosave.flush()}>
        {problems.length > 0 && (
          <div className="cc-note-editor__summary" role="alert">
            <p className="cc-note-editor__summary-title">The note is not ready to sign:</p>
            <ul className="cc-note-editor__summary-list">
              {problems.map((p) => (
                <li key={`${p.field}:${p.problem}`}>
                  <button type="button" className="cc-note-editor__summary-link" onClick={() => draftForm.setFocus(p.field as Path<ProgressNoteDraftValues>)}>
                    {p.problem}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        <fieldset className="cc-note-editor__group">
          <legend className="cc-note-editor__legend">Session</legend>
          <div className="cc-form__fields">
            <FormRadioGroup form={draftForm} name="format" label="Format" description={FORMAT_DESCRIPTION} options={FORMAT_OPTIONS} inline />
            <FormSelect form={draftForm} name="sessionType" label="Session type" options={SESSION_TYPE_OPTIONS} />
            <FormDateField form={draftForm} name="sessionDate" label="Session date" max={todayIso} />
            <FormTextField form={draftForm} name="startTime" label="Start time" type="time" description="24-hour, e.g. 14:30" />
            <FormNumberField form={draftForm} name="durationMinutes" label="Duration (minutes)" min={1} max={SESSION_DURATION_MAX_MINUTES} />
            <FormSelect form={draftForm} name="attendance" label="Attendance" options={ATTENDANCE_OPTIONS} />
            <FormSelect form={draftForm} name="modality" label="Modality" options={MODALITY_OPTIONS} placeholder="Not recorded" />
          </div>
        </fieldset>

        <fieldset className="cc-note-editor__group">
          <legend className="cc-note-editor__legend">Note ({format})</legend>
          <div className="cc-note-editor__sections">
            {sections.map((section) => (
              <FormTextArea
                key={section.key}
                form={draftForm}
                name={`sections.${section.key}`}
                label={section.label}
                description={section.prompt}
                rows={6}
                maxLength={PROGRESS_NOTE_SECTION_MAX_LENGTH}
              />
            ))}
          </div>
        </fieldset>

        <fieldset className="cc-note-editor__group cc-note-objectives">
          <legend className="cc-note-editor__legend">Objectives addressed</legend>
          {planError && <p className="cc-note-editor__notice">The care plan could not be loaded ({planError}); objectives already linked are kept.</p>}
          {!plan && !planError && <p className="cc-note-editor__notice">{NO_ACTIVE_PLAN}</p>}
          {choices.length > 0 && (
            <ul className="cc-note-objectives__list">
              {choices.map((choice, index) => (
                <li key={choice.objectiveId} className="cc-note-objectives__item">
                  <FormCheckbox
                    form={draftForm}
                    name={`objectives.${index}.addressed`}
                    label={choice.description}
                    description={choice.goal ? `Goal: ${choice.goal}` : 'From an earlier version of the care plan'}
                  />
                  {objectives[index]?.addressed && (
                    <div className="cc-note-objectives__detail">
                      <FormRadioGroup form={draftForm} name={`objectives.${index}.progress`} label={`Progress on ${choice.description}`} options={PROGRESS_OPTIONS} inline />
                      {choice.interventions.length > 0 && <InterventionChecks form={draftForm} index={index} choice={choice} />}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </form>

      <div className="cc-note-editor__bar">
        <div className="cc-note-editor__autosave">
          <p role="status" className={`cc-note-editor__status cc-note-editor__status--${autosave.status}`}>
            {autosaveText(autosave.status, autosave.restored)}
            {autosave.message && autosave.status !== 'failed' ? ` ${autosave.message}` : ''}
          </p>
          {(autosave.status === 'failed' || autosave.status === 'refused') && (
            <Button variant="secondary" onPress={autosave.retryNow}>
              Retry now
            </Button>
          )}
          {autosave.status === 'conflict' && (
            <>
              <Button variant="secondary" onPress={() => void resolveConflict('theirs')} isDisabled={reloading}>
                Load the latest version
              </Button>
              <Button variant="quiet" onPress={() => void resolveConflict('mine')} isDisabled={reloading}>
                Keep what is on this screen
              </Button>
            </>
          )}
        </div>
        {actionError && (
          <p className="cc-form__error" role="alert">
            {actionError}
          </p>
        )}
        <div className="cc-note-editor__actions">
          <Button variant="primary" onPress={() => setSignOpen(true)}>
            Sign note
          </Button>
          <Button variant="secondary" onPress={() => setDiscardOpen(true)}>
            Discard draft
          </Button>
        </div>
      </div>

      <ConfirmDialog
        title="Sign this note?"
        isOpen={signOpen}
        onOpenChange={setSignOpen}
        confirmLabel="Sign"
        busyLabel="Signing…"
        cancelLabel="Keep editing"
        busy={signing}
        onConfirm={() => void sign()}
      >
        <p>Signing records your name and the time, and locks the note. After that it cannot be edited: corrections and additions go in an addendum.</p>
      </ConfirmDialog>
      <ConfirmDialog
        title="Discard this draft?"
        isOpen={discardOpen}
        onOpenChange={setDiscardOpen}
        confirmLabel="Discard"
        busyLabel="Discarding…"
        cancelLabel="Keep the draft"
        busy={discarding}
        onConfirm={() => void discard()}
      >
        <p>The draft and everything written in it are deleted, here and on this device. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}

/** The interventions of one objective the session delivered, as checkboxes named by the intervention. */
function InterventionChecks({ form, index, choice }: { form: DraftForm; index: number; choice: ObjectiveChoice }) {
  const { field } = useController({ control: form.control, name: `objectives.${index}.interventionIds` });
  const chosen = new Set(field.value);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Plan order, so the same choice always saves the same way.
    field.onChange(choice.interventions.filter((i) => next.has(i.id)).map((i) => i.id));
  };
  return (
    <fieldset className="cc-choice-group">
      <legend className="cc-field__label cc-choice-group__legend">Interventions delivered</legend>
      <div className="cc-choice-group__options">
        {choice.interventions.map((intervention) => (
          <label key={intervention.id} className="cc-form-check__label cc-choice-group__option">
            <input
              type="checkbox"
              className="cc-form-check__input"
              checked={chosen.has(intervention.id)}
              onChange={(event) => toggle(intervention.id, event.target.checked)}
              onBlur={field.onBlur}
            />
            {intervention.description.trim() || 'Intervention without a description'}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
