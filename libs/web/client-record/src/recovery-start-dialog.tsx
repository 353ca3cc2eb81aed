import { useMutation } from '@apollo/client/react';
import { RECOVERY_RESET_REASON_MAX_LENGTH, toIsoDate } from '@carecircle/shared/domain';
import { FormCheckbox, FormDateField, FormDialog, FormTextArea, useZodForm, zodRules } from '@carecircle/web/forms';
import { useMemo } from 'react';
import { z } from 'zod';
import { formatIsoDate } from './dates';
import { EPISODE_REFETCH_QUERIES, resetRecoveryStartDateMutation, type EpisodeClient } from './episode.queries';

/** resetRecoveryStartDate's limit on the reason (ResetRecoveryStartDateInput). */

function resetSchema(current: string | null, today: string) {
  return z.object({
    newStartDate: zodRules
      .isoDate('New recovery start date')
      .refine((value) => value === '' || value <= today, 'New recovery start date cannot be in the future')
      .refine((value) => value === '' || value !== current, 'This is already the recovery start date'),
    reason: zodRules.requiredText('Reason', RECOVERY_RESET_REASON_MAX_LENGTH),
    // Milestones restart from the new date: the counselor says so explicitly, as DOMAIN.md asks.
    confirmed: z.boolean().refine((value) => value, 'Confirm that the client reported use before resetting'),
  });
}

export interface RecoveryStartDialogProps {
  client: EpisodeClient;
  today: Date;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * A counselor's confirmation that reported use resets the recovery start date. Milestones count
 * again from the new date; the previous date stays in the history.
 */
export function RecoveryStartDialog({ client, today, isOpen, onOpenChange }: RecoveryStartDialogProps) {
  const todayIso = toIsoDate(today);
  const schema = useMemo(() => resetSchema(client.recoveryStartDate, todayIso), [client.recoveryStartDate, todayIso]);
  const form = useZodForm(schema, { newStartDate: '', reason: '', confirmed: false });
  const [reset] = useMutation(resetRecoveryStartDateMutation, { refetchQueries: EPISODE_REFETCH_QUERIES, awaitRefetchQueries: true });
  const save = async (values: z.output<typeof schema>) => {
    await reset({
      variables: { input: { clientId: client.id, expectedVersion: client.version, newStartDate: values.newStartDate, reason: values.reason } },
    });
  };
  const name = client.preferredName ?? client.firstName;
  return (
    <FormDialog
      title="Reset recovery start date"
      description={
        client.recoveryStartDate
          ? `${name}'s recovery start date is ${formatIsoDate(client.recoveryStartDate)}. Resetting it restarts the milestone count; the earlier date is kept in the history.`
          : `${name} has no recovery start date yet. Milestones count from the date you give.`
      }
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={EPISODE_REFETCH_QUERIES}
      submitLabel="Reset recovery start date"
    >
      <FormDateField form={form} name="newStartDate" label="New recovery start date" max={todayIso} />
      <FormTextArea
        form={form}
        name="reason"
        label="Reason"
        description="e.g. the check-in or conversation where use was reported"
        rows={3}
        maxLength={RECOVERY_RESET_REASON_MAX_LENGTH}
      />
      <div className="cc-form__full">
        <FormCheckbox form={form} name="confirmed" label={`I confirmed with ${name} that they used, and the count should restart`} />
      </div>
    </FormDialog>
  );
}
