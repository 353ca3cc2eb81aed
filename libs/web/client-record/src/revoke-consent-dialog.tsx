import { useMutation } from '@apollo/client/react';
import { FormDateField, FormDialog, useZodForm, zodRules } from '@carecircle/web/forms';
import { z } from 'zod';
import { formatIsoDate, toIsoDate } from './dates';
import { SUPPORT_NETWORK_REFETCH_QUERIES, revokeConsentMutation } from './support-network.mutations';

/** The revocation date as the API checks it: today or earlier, and not before the consent was signed. */
export function revokeSchema(today: string, signedOn: string) {
  return z.object({
    revokedOn: zodRules
      .isoDate('Revoked on')
      .refine((value) => value === '' || value <= today, 'Revoked on cannot be after today: record a revocation once it is given')
      .refine((value) => value === '' || value >= signedOn, `Revoked on cannot be before the consent was signed (${formatIsoDate(signedOn)})`),
  });
}

export interface RevokeConsentDialogProps {
  consent: { id: string; recipientLabel: string; signedOn: string; version: number };
  today: Date;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Records the client's revocation of a consent, dated as they gave it. Final: a revoked consent cannot be restored. */
export function RevokeConsentDialog({ consent, today, isOpen, onOpenChange }: RevokeConsentDialogProps) {
  const todayIso = toIsoDate(today);
  const form = useZodForm(revokeSchema(todayIso, consent.signedOn), { revokedOn: todayIso });
  const [revoke] = useMutation(revokeConsentMutation, { refetchQueries: SUPPORT_NETWORK_REFETCH_QUERIES, awaitRefetchQueries: true });
  const save = async (values: z.output<ReturnType<typeof revokeSchema>>) => {
    await revoke({ variables: { consentId: consent.id, expectedVersion: consent.version, revokedOn: values.revokedOn } });
  };
  return (
    <FormDialog
      title={`Revoke the consent for ${consent.recipientLabel}?`}
      description="From now on nothing more is disclosed under it. A revocation is final; a new disclosure needs a new consent."
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={SUPPORT_NETWORK_REFETCH_QUERIES}
      submitLabel="Revoke consent"
      busyLabel="Revoking…"
    >
      <FormDateField
        form={form}
        name="revokedOn"
        label="Revoked on"
        description="The date on the client's written revocation."
        min={consent.signedOn}
        max={todayIso}
      />
    </FormDialog>
  );
}
