import { useMutation } from '@apollo/client/react';
import {
  CHECK_IN_SCHEDULE_LABELS,
  CheckInSchedule,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  LevelOfCare,
  PROGRAM_NAME_MAX_LENGTH,
  REVIEW_INTERVAL_LIMITS,
  describeLevelOfCare,
  reviewIntervalLabel,
} from '@carecircle/shared/domain';
import type { ProgramSettingsFieldsFragment } from '@carecircle/web/data-access';
import { FormCheckbox, FormDialog, FormNumberField, FormSelect, FormTextField, useZodForm, zodRules, type FormOption } from '@carecircle/web/forms';
import { z } from 'zod';
import { PROGRAM_REFETCH_QUERIES, createProgramMutation, updateProgramMutation } from './programs.queries';

const LEVELS = Object.values(LevelOfCare);

export const LEVEL_OF_CARE_OPTIONS: readonly FormOption[] = LEVELS.map((level) => ({ value: level, label: describeLevelOfCare(level) }));
export const CHECK_IN_SCHEDULE_OPTIONS: readonly FormOption[] = Object.values(CheckInSchedule).map((schedule) => ({
  value: schedule,
  label: CHECK_IN_SCHEDULE_LABELS[schedule],
}));

const intervalMessage = `must be a whole number of days from ${REVIEW_INTERVAL_LIMITS.min} to ${REVIEW_INTERVAL_LIMITS.max}`;

/** The program form: the API's own bounds (shared/domain), so the form and the server refuse the same things. */
export const programSchema = z.object({
  name: zodRules.requiredText('Name', PROGRAM_NAME_MAX_LENGTH),
  defaultLevelOfCare: z.enum(LevelOfCare),
  defaultCheckInSchedule: z.enum(CheckInSchedule),
  notesRequireCosignature: z.boolean(),
  // One optional box per level of care; empty keeps the default interval.
  reviewIntervals: z.object(
    Object.fromEntries(
      LEVELS.map((level) => [
        level,
        z
          .number()
          .int(`Plan review interval ${intervalMessage}`)
          .min(REVIEW_INTERVAL_LIMITS.min, `Plan review interval ${intervalMessage}`)
          .max(REVIEW_INTERVAL_LIMITS.max, `Plan review interval ${intervalMessage}`)
          .optional(),
      ]),
    ) as Record<LevelOfCare, z.ZodOptional<z.ZodNumber>>,
  ),
});

export type ProgramFormValues = z.input<typeof programSchema>;

/** The form's starting values: a program's settings, or the defaults a new program starts from. */
export function programFormValues(program: ProgramSettingsFieldsFragment | null): ProgramFormValues {
  const overrides = new Map(program?.reviewIntervalOverrides.map((o) => [o.levelOfCare, o.days]) ?? []);
  return {
    name: program?.name ?? '',
    defaultLevelOfCare: (program?.defaultLevelOfCare as LevelOfCare | undefined) ?? LevelOfCare.INTENSIVE_OUTPATIENT_2_1,
    defaultCheckInSchedule: (program?.defaultCheckInSchedule as CheckInSchedule | undefined) ?? CheckInSchedule.WEEKLY,
    notesRequireCosignature: program?.notesRequireCosignature ?? false,
    reviewIntervals: Object.fromEntries(LEVELS.map((level) => [level, overrides.get(level)])) as ProgramFormValues['reviewIntervals'],
  };
}

/** The overrides as the API takes them: the filled-in levels, in ASAM order. */
function reviewIntervalOverrides(values: z.output<typeof programSchema>) {
  return LEVELS.flatMap((level) => {
    const days = values.reviewIntervals[level];
    return days === undefined ? [] : [{ levelOfCare: level, days }];
  });
}

/** The API names an override by its place in the list it was sent; the form by its level. */
function intervalFieldNames(values: ProgramFormValues): Record<string, string> {
  const sent = LEVELS.filter((level) => values.reviewIntervals[level] !== undefined && !Number.isNaN(values.reviewIntervals[level]));
  return Object.fromEntries(sent.map((level, i) => [`reviewIntervalOverrides.${i}.days`, `reviewIntervals.${level}`]));
}

export interface ProgramFormDialogProps {
  /** The program to edit; null creates one. */
  program: ProgramSettingsFieldsFragment | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Creates a program, or edits one's name and defaults. Risk thresholds have their own page, with a preview. */
export function ProgramFormDialog({ program, isOpen, onOpenChange }: ProgramFormDialogProps) {
  const form = useZodForm(programSchema, programFormValues(program));
  const [create] = useMutation(createProgramMutation, { refetchQueries: [...PROGRAM_REFETCH_QUERIES], awaitRefetchQueries: true });
  // The edit answers with the program, which Apollo's cache updates in place.
  const [update] = useMutation(updateProgramMutation);

  const save = async (values: z.output<typeof programSchema>) => {
    const input = {
      name: values.name,
      defaultLevelOfCare: values.defaultLevelOfCare,
      defaultCheckInSchedule: values.defaultCheckInSchedule,
      notesRequireCosignature: values.notesRequireCosignature,
      reviewIntervalOverrides: reviewIntervalOverrides(values),
    };
    if (program) await update({ variables: { input: { ...input, programId: program.id } } });
    else await create({ variables: { input } });
  };

  return (
    <FormDialog
      title={program ? `Edit ${program.name}` : 'Create a program'}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel={program ? 'Save program' : 'Create program'}
      fieldNames={intervalFieldNames(form.watch())}
      size="wide"
    >
      <FormTextField form={form} name="name" label="Name" autoComplete="off" />
      <FormSelect form={form} name="defaultLevelOfCare" label="Default level of care" options={LEVEL_OF_CARE_OPTIONS} />
      <FormSelect
        form={form}
        name="defaultCheckInSchedule"
        label="Default check-in schedule"
        description="New clients of this program start on this schedule; it can be changed per client."
        options={CHECK_IN_SCHEDULE_OPTIONS}
      />
      <FormCheckbox
        form={form}
        name="notesRequireCosignature"
        label="Counselors' notes need co-signature"
        description="Counselors joining this program start out needing a supervisor's co-signature on their notes."
      />
      <fieldset className="cc-program-form__intervals">
        <legend>Plan review intervals</legend>
        <p className="cc-program-form__hint">Leave a level empty to use the default interval shown under it.</p>
        {LEVELS.map((level) => (
          <FormNumberField
            key={level}
            form={form}
            name={`reviewIntervals.${level}`}
            label={reviewIntervalLabel(level)}
            description={`Default: ${DEFAULT_REVIEW_INTERVAL_DAYS[level]} days`}
            min={REVIEW_INTERVAL_LIMITS.min}
            max={REVIEW_INTERVAL_LIMITS.max}
          />
        ))}
      </fieldset>
    </FormDialog>
  );
}
