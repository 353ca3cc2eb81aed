import { useMutation } from '@apollo/client/react';
import { EMERGENCY_ACCESS_MINUTES, EMERGENCY_REASON_MAX_LENGTH, EMERGENCY_RECIPIENT_MAX_LENGTH } from '@carecircle/shared/domain';
import { FormDialog, FormTextArea, FormTextField, useZodForm, zodRules } from '@carecircle/web/forms';
import { z } from 'zod';
import { requestEmergencyAccessMutation } from './emergency-access.queries';

export const emergencyAccessSchema = z.object({
  natureOfEmergency: zodRules.requiredText('Nature of the emergency', EMERGENCY_REASON_MAX_LENGTH),
  recipientName: zodRules.optionalText('Recipient name', EMERGENCY_RECIPIENT_MAX_LENGTH),
  recipientAffiliation: zodRules.optionalText('Recipient affiliation', EMERGENCY_RECIPIENT_MAX_LENGTH),
});

export interface EmergencyAccessDialogProps {
  client: { id: string; name: string };
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** After the access is recorded: usually, go to the record. */
  onOpened: (clientId: string) => void;
}

/** Break-the-glass: the nature of the emergency (42 CFR 2.51) and, when information goes to medical personnel, who receives it. */
export function EmergencyAccessDialog({ client, isOpen, onOpenChange, onOpened }: EmergencyAccessDialogProps) {
  const form = useZodForm(emergencyAccessSchema, { natureOfEmergency: '', recipientName: '', recipientAffiliation: '' });
  const [request] = useMutation(requestEmergencyAccessMutation, { refetchQueries: ['RecentEmergencyAccesses'] });
  const save = async (values: z.output<typeof emergencyAccessSchema>) => {
    await request({ variables: { clientId: client.id, ...values } });
    onOpened(client.id);
  };
  return (
    <FormDialog
      title={`Emergency access to ${client.name}`}
      description={`The access lasts ${EMERGENCY_ACCESS_MINUTES} minutes, lets you read the record (not change it), and is recorded with your reason and shown to the client's supervisor and the privacy officer.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel="Open record in an emergency"
      busyLabel="Opening…"
    >
      <FormTextArea form={form} name="natureOfEmergency" label="Nature of the emergency" rows={3} maxLength={EMERGENCY_REASON_MAX_LENGTH} />
      <FormTextField
        form={form}
        name="recipientName"
        label="Recipient name"
        description="When you give information to medical personnel: who receives it (optional)."
      />
      <FormTextField form={form} name="recipientAffiliation" label="Recipient affiliation" description="Their hospital or service (optional)." />
    </FormDialog>
  );
}
