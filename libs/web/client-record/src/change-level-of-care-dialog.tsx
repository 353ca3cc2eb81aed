import { useMutation } from '@apollo/client/react';
import { describeLevelOfCare, LEVEL_OF_CARE_REASON_MAX_LENGTH, LevelOfCare, toIsoDate } from '@carecircle/shared/domain';
import { FormDateField, FormDialog, FormSelect, FormTextArea, useZodForm, zodRules } from '@carecircle/web/forms';
import { useMemo } from 'react';
import { z } from 'zod';
import { changeLevelOfCareMutation, EPISODE_REFETCH_QUERIES, type EpisodeClient } from './episode.queries';
import { formatIsoDate } from './dates';

/** changeLevelOfCare's limit on the reason (ChangeLevelOfCareInput). */

/** The day the change may take effect from: not before admission, nor before the last change. */
export function earliestLevelChange(client: Pick<EpisodeClient, 'admissionDate' | 'levelOfCareHistory'>): string {
  return client.levelOfCareHistory.reduce((latest, change) => (change.effectiveOn > latest ? change.effectiveOn : latest), client.admissionDate);
}

function changeLevelSchema(current: LevelOfCare, earliest: string, today: string) {
  return z.object({
    levelOfCare: z
      .union([z.enum(LevelOfCare), z.literal('')])
      .refine((value) => value !== '', 'Choose the new level of care')
      .refine((value) => value !== current, 'Choose a level other than the current one'),
    effectiveOn: zodRules
      .isoDate('Effective date')
      .refine((value) => value === '' || value <= today, 'Effective date cannot be in the future')
      .refine((value) => value === '' || value >= earliest, `Effective date cannot be before ${formatIsoDate(earliest)}`),
    // The API takes an empty reason; the record's history is only useful with one, so the form asks for it.
    reason: zodRules.requiredText('Reason', LEVEL_OF_CARE_REASON_MAX_LENGTH),
  });
}

export interface ChangeLevelOfCareDialogProps {
  client: EpisodeClient;
  today: Date;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Moves the client to another ASAM level, with the date it takes effect and why; the history keeps every step. */
export function ChangeLevelOfCareDialog({ client, today, isOpen, onOpenChange }: ChangeLevelOfCareDialogProps) {
  const todayIso = toIsoDate(today);
  const earliest = earliestLevelChange(client);
  const current = client.levelOfCare as LevelOfCare;
  const schema = useMemo(() => changeLevelSchema(current, earliest, todayIso), [current, earliest, todayIso]);
  const form = useZodForm(schema, { levelOfCare: '', effectiveOn: todayIso, reason: '' });
  const [changeLevel] = useMutation(changeLevelOfCareMutation, { refetchQueries: EPISODE_REFETCH_QUERIES, awaitRefetchQueries: true });
  const save = async (values: z.output<typeof schema>) => {
    await changeLevel({
      variables: {
        input: {
          clientId: client.id,
          expectedVersion: client.version,
          levelOfCare: values.levelOfCare as LevelOfCare,
          effectiveOn: values.effectiveOn,
          reason: values.reason,
        },
      },
    });
    form.reset({ levelOfCare: '', effectiveOn: todayIso, reason: '' });
  };
  const options = Object.values(LevelOfCare)
    .filter((level) => level !== current)
    .map((level) => ({ value: level, label: describeLevelOfCare(level) }));

  return (
    <FormDialog
      title="Change level of care"
      description={`Now: ${describeLevelOfCare(current)}. The level-of-care history on the record keeps every change.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={EPISODE_REFETCH_QUERIES}
      submitLabel="Change level of care"
    >
      <FormSelect form={form} name="levelOfCare" label="New level of care (ASAM)" options={options} placeholder="Choose a level" />
      <FormDateField form={form} name="effectiveOn" label="Effective date" min={earliest} max={todayIso} />
      <FormTextArea
        form={form}
        name="reason"
        label="Reason"
        description="e.g. the reassessment that supports the change"
        rows={3}
        maxLength={LEVEL_OF_CARE_REASON_MAX_LENGTH}
      />
    </FormDialog>
  );
}
