import { useMutation } from '@apollo/client/react';
import { DISCHARGE_REASON_LABELS, DischargeReason, toIsoDate } from '@carecircle/shared/domain';
import { FormDateField, FormDialog, FormRadioGroup, useZodForm, zodRules } from '@carecircle/web/forms';
import { useMemo } from 'react';
import { z } from 'zod';
import { formatIsoDate } from './dates';
import { dischargeClientMutation, EPISODE_REFETCH_QUERIES, type EpisodeClient } from './episode.queries';

const REASON_OPTIONS = Object.values(DischargeReason).map((reason) => ({ value: reason, label: DISCHARGE_REASON_LABELS[reason] }));

function dischargeSchema(admissionDate: string, today: string) {
  return z.object({
    reason: z
      .union([z.enum(DischargeReason), z.literal('')])
      .refine((value) => value !== '', 'Choose the discharge reason'),
    dischargeDate: zodRules
      .isoDate('Discharge date')
      .refine((value) => value === '' || value <= today, 'Discharge date cannot be in the future')
      .refine((value) => value === '' || value >= admissionDate, `Discharge date cannot be before the admission date (${formatIsoDate(admissionDate)})`),
  });
}

export interface DischargeDialogProps {
  client: EpisodeClient;
  today: Date;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Ends the episode of care with its TEDS reason and last day. The care team ends the day after, so
 * the client leaves the caseload; the record keeps the reason, the date and the counselor.
 */
export function DischargeDialog({ client, today, isOpen, onOpenChange }: DischargeDialogProps) {
  const todayIso = toIsoDate(today);
  const schema = useMemo(() => dischargeSchema(client.admissionDate, todayIso), [client.admissionDate, todayIso]);
  const form = useZodForm(schema, { reason: '', dischargeDate: todayIso });
  const [discharge] = useMutation(dischargeClientMutation, {
    refetchQueries: EPISODE_REFETCH_QUERIES,
    awaitRefetchQueries: true,
    // The client leaves the caseload: lists load afresh next time they are shown.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseloadSummary' });
    },
  });
  const save = async (values: z.output<typeof schema>) => {
    await discharge({
      variables: {
        input: {
          clientId: client.id,
          expectedVersion: client.version,
          reason: values.reason as DischargeReason,
          dischargeDate: values.dischargeDate,
        },
      },
    });
  };
  const name = client.preferredName ?? client.firstName;

  return (
    <FormDialog
      title={`Discharge ${name}`}
      description={`Ends the episode that began ${formatIsoDate(client.admissionDate)}. The care team ends the day after the discharge date and ${name} leaves the caseload; the record stays readable.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={EPISODE_REFETCH_QUERIES}
      submitLabel="Discharge"
      busyLabel="Discharging…"
    >
      <FormRadioGroup form={form} name="reason" label="Reason for discharge (TEDS)" options={REASON_OPTIONS} />
      <FormDateField
        form={form}
        name="dischargeDate"
        label="Discharge date"
        description="The last day in treatment."
        min={client.admissionDate}
        max={todayIso}
      />
    </FormDialog>
  );
}
