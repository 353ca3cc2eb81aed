import { useMutation } from '@apollo/client/react';
import {
  CHECK_IN_CHANNEL_LABELS,
  CHECK_IN_MAX_SUBSTANCES,
  CHECK_IN_NOTE_MAX_LENGTH,
  CHECK_IN_SUBSTANCE_MAX_LENGTH,
  CHECK_IN_TRIGGER_LABELS,
  COMMON_CHECK_IN_SUBSTANCES,
  CONFIDENCE_SCALE,
  CRAVING_SCALE,
  CheckInTrigger,
  MOOD_LABELS,
  MOOD_SCALE,
  MUTUAL_AID_MEETING_KIND_LABELS,
  MutualAidMeetingKind,
  STAFF_CHECK_IN_CHANNELS,
} from '@carecircle/shared/domain';
import type { CheckInChannel, LogCheckInInput } from '@carecircle/web/data-access';
import {
  FormCheckboxGroup,
  FormDialog,
  FormNumberField,
  FormRadioGroup,
  FormSelect,
  FormTextArea,
  FormTextField,
  useZodForm,
  zodRules,
} from '@carecircle/web/forms';
import { format } from 'date-fns';
import { useWatch, type DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { CHECK_IN_REFETCH_QUERIES, logCheckInMutation } from './check-ins.query';

/** A device clock a few minutes ahead of the server still counts as "now" (the API allows the same). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const LOCAL_MINUTE = "yyyy-MM-dd'T'HH:mm";

const CHANNEL_OPTIONS = STAFF_CHECK_IN_CHANNELS.map((channel) => ({ value: channel, label: CHECK_IN_CHANNEL_LABELS[channel] }));
const YES_NO = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];
const MOOD_OPTIONS = [{ value: '', label: 'Not asked' }].concat(
  Array.from({ length: MOOD_SCALE.max - MOOD_SCALE.min + 1 }, (_, i) => MOOD_SCALE.min + i).map((value) => ({
    value: String(value),
    label: `${value} · ${MOOD_LABELS[value]}`,
  })),
);
const MEETING_OPTIONS = Object.values(MutualAidMeetingKind).map((kind) => ({ value: kind, label: MUTUAL_AID_MEETING_KIND_LABELS[kind] }));
const TRIGGER_OPTIONS = Object.values(CheckInTrigger).map((trigger) => ({ value: trigger, label: CHECK_IN_TRIGGER_LABELS[trigger] }));
const SUBSTANCE_OPTIONS = COMMON_CHECK_IN_SUBSTANCES.map((name) => ({ value: name, label: name.charAt(0).toUpperCase() + name.slice(1) }));

/** Checkbox groups hand back a string, an array or false depending on how many boxes exist; the form wants a list. */
const checkedList = z
  .union([z.array(z.string()), z.string(), z.literal(false), z.null(), z.undefined()])
  .transform((value) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []));

/**
 * The check-in form. Scales, limits and the rules tying fields together are those the API checks
 * (from the shared domain), so the form and the server refuse the same things.
 */
export function checkInSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      channel: z.enum(STAFF_CHECK_IN_CHANNELS as [CheckInChannel, ...CheckInChannel[]], { error: 'Choose how the check-in was taken' }),
      occurredAt: z
        .string()
        .min(1, 'When is required')
        .refine((value) => value === '' || !Number.isNaN(new Date(value).getTime()), 'When must be a real date and time')
        .refine((value) => value === '' || new Date(value).getTime() <= now().getTime() + CLOCK_SKEW_MS, 'When cannot be in the future'),
      craving: zodRules.optionalIntOnScale('Craving', CRAVING_SCALE),
      mood: z
        .string()
        .nullish()
        .transform((value) => (value ? Number(value) : null)),
      confidence: zodRules.optionalIntOnScale('Confidence', CONFIDENCE_SCALE),
      usedSubstances: z.enum(['yes', 'no'], { error: 'Say whether any use was reported' }),
      substances: checkedList,
      otherSubstance: zodRules.optionalText('Other substance', CHECK_IN_SUBSTANCE_MAX_LENGTH),
      attendedMeeting: z.enum(['yes', 'no'], { error: 'Say whether a meeting was attended' }),
      meetingKind: z.string(),
      triggers: checkedList,
      note: zodRules.optionalText('Note', CHECK_IN_NOTE_MAX_LENGTH),
    })
    .superRefine((values, issues) => {
      const named = values.substances.length + (values.otherSubstance ? 1 : 0);
      if (values.usedSubstances === 'yes' && named === 0) {
        issues.addIssue({ code: 'custom', path: ['substances'], message: 'Name at least one substance when use is reported' });
      }
      if (named > CHECK_IN_MAX_SUBSTANCES) {
        issues.addIssue({ code: 'custom', path: ['substances'], message: `Name at most ${CHECK_IN_MAX_SUBSTANCES} substances` });
      }
      if (values.attendedMeeting === 'yes' && !values.meetingKind) {
        issues.addIssue({ code: 'custom', path: ['meetingKind'], message: 'Choose the kind of meeting' });
      }
    });
}

export type CheckInFormValues = z.input<ReturnType<typeof checkInSchema>>;
type CheckInFormOutput = z.output<ReturnType<typeof checkInSchema>>;

/** The API input for a filled-in form: answers that do not apply (substances without use, a meeting kind without a meeting) are left out. */
export function checkInInput(clientId: string, values: CheckInFormOutput): LogCheckInInput {
  const used = values.usedSubstances === 'yes';
  const attended = values.attendedMeeting === 'yes';
  const substances = used ? [...new Set([...values.substances, ...(values.otherSubstance ? [values.otherSubstance] : [])])] : [];
  return {
    clientId,
    channel: values.channel,
    occurredAt: new Date(values.occurredAt).toISOString(),
    craving: values.craving,
    mood: values.mood,
    confidence: values.confidence,
    usedSubstances: used,
    substances,
    attendedMeeting: attended,
    meetingKind: attended ? (values.meetingKind as LogCheckInInput['meetingKind']) : null,
    triggers: values.triggers as CheckInTrigger[] as LogCheckInInput['triggers'],
    note: values.note,
  };
}

export interface LogCheckInDialogProps {
  clientId: string;
  clientName: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with the saved check-in's time after the server accepted it. */
  onLogged?: (occurredAt: string) => void;
  /** Injectable for tests. */
  now?: () => Date;
}

/** A blank check-in stamped with the current minute. Channel and the two yes/no questions start unanswered, so they are asked, not assumed. */
function emptyValues(now: Date): DefaultValues<CheckInFormValues> {
  return {
    occurredAt: format(now, LOCAL_MINUTE),
    craving: undefined,
    mood: '',
    confidence: undefined,
    substances: [],
    otherSubstance: '',
    meetingKind: '',
    triggers: [],
    note: '',
  };
}

/**
 * "Record a check-in": a counselor, supervisor or the client's peer worker enters a check-in taken
 * by phone, in person or by text. The server records the caller as who entered it. The dialog is
 * mounted only while open, so each opening starts from a fresh form stamped with the current time.
 */
export function LogCheckInDialog({ clientId, clientName, isOpen, onOpenChange, onLogged, now = () => new Date() }: LogCheckInDialogProps) {
  const form = useZodForm(checkInSchema(now), emptyValues(now()));
  const used = useWatch({ control: form.control, name: 'usedSubstances' });
  const attended = useWatch({ control: form.control, name: 'attendedMeeting' });
  const [logCheckIn] = useMutation(logCheckInMutation, {
    refetchQueries: CHECK_IN_REFETCH_QUERIES,
    awaitRefetchQueries: true,
    update(cache, { data }) {
      // The record shows the last check-in; move it forward where it is cached (the caseload asks the server each time).
      const occurredAt = data?.logCheckIn.occurredAt as string | undefined;
      if (!occurredAt) return;
      cache.modify({
        id: cache.identify({ __typename: 'Client', id: clientId }),
        fields: {
          lastCheckInAt: (existing: string | null) => (existing && existing > occurredAt ? existing : occurredAt),
        },
      });
    },
  });

  return (
    <FormDialog
      title="Record a check-in"
      description={`For ${clientName}: a check-in you took by phone, in person or by text. You are recorded as who entered it.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={async (values) => {
        const result = await logCheckIn({ variables: { input: checkInInput(clientId, values) } });
        if (result.data) onLogged?.(result.data.logCheckIn.occurredAt as string);
      }}
      submitLabel="Save check-in"
      size="wide"
    >
      <FormRadioGroup form={form} name="channel" label="How was it taken?" options={CHANNEL_OPTIONS} inline />
      <FormTextField
        form={form}
        name="occurredAt"
        label="When"
        type="datetime-local"
        max={format(now(), LOCAL_MINUTE)}
        description="Date and time of the conversation; not in the future."
      />
      <div className="cc-checkin-form__scales">
        <FormNumberField
          form={form}
          name="craving"
          label={`Craving (${CRAVING_SCALE.min}–${CRAVING_SCALE.max})`}
          description={`${CRAVING_SCALE.min} none, ${CRAVING_SCALE.max} strongest. Leave empty if not asked.`}
          min={CRAVING_SCALE.min}
          max={CRAVING_SCALE.max}
        />
        <FormNumberField
          form={form}
          name="confidence"
          label={`Confidence in staying in recovery (${CONFIDENCE_SCALE.min}–${CONFIDENCE_SCALE.max})`}
          description={`${CONFIDENCE_SCALE.min} none, ${CONFIDENCE_SCALE.max} complete. Leave empty if not asked.`}
          min={CONFIDENCE_SCALE.min}
          max={CONFIDENCE_SCALE.max}
        />
      </div>
      <FormRadioGroup
        form={form}
        name="mood"
        label={`Mood (${MOOD_SCALE.min}–${MOOD_SCALE.max})`}
        options={MOOD_OPTIONS}
        inline
      />
      <FormRadioGroup form={form} name="usedSubstances" label="Any substance use since the last check-in?" options={YES_NO} inline />
      {used === 'yes' && (
        <div className="cc-checkin-form__follow-up">
          <FormCheckboxGroup form={form} name="substances" label="Which substances?" options={SUBSTANCE_OPTIONS} inline />
          <FormTextField form={form} name="otherSubstance" label="Another substance (optional)" />
        </div>
      )}
      <FormRadioGroup form={form} name="attendedMeeting" label="Went to a mutual-aid meeting since the last check-in?" options={YES_NO} inline />
      {attended === 'yes' && (
        <div className="cc-checkin-form__follow-up">
          <FormSelect form={form} name="meetingKind" label="Kind of meeting" placeholder="Choose a kind" options={MEETING_OPTIONS} />
        </div>
      )}
      <FormCheckboxGroup form={form} name="triggers" label="Triggers met since the last check-in" options={TRIGGER_OPTIONS} inline />
      <FormTextArea form={form} name="note" label="Note (optional)" rows={3} maxLength={CHECK_IN_NOTE_MAX_LENGTH} />
    </FormDialog>
  );
}
