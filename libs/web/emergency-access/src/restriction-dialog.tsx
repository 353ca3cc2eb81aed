import { useMutation } from '@apollo/client/react';
import { EMERGENCY_REASON_MAX_LENGTH } from '@carecircle/shared/domain';
import { FormDialog, FormTextArea, useZodForm, zodRules } from '@carecircle/web/forms';
import { z } from 'zod';
import { markClientRestrictedMutation, unmarkClientRestrictedMutation } from './emergency-access.queries';

const reasonSchema = z.object({ reason: zodRules.requiredText('Reason', EMERGENCY_REASON_MAX_LENGTH) });

export interface RestrictionDialogProps {
  clientId: string;
  clientName: string;
  /** Whether the record is restricted now: the dialog then removes the restriction. */
  restricted: boolean;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Marks a record restricted to its care team, or removes that, with a reason for the audit trail. */
export function RestrictionDialog({ clientId, clientName, restricted, isOpen, onOpenChange }: RestrictionDialogProps) {
  const form = useZodForm(reasonSchema, { reason: '' });
  const options = { refetchQueries: ['ClientEmergencyState'], awaitRefetchQueries: true };
  const [mark] = useMutation(markClientRestrictedMutation, options);
  const [unmark] = useMutation(unmarkClientRestrictedMutation, options);
  const save = async (values: z.output<typeof reasonSchema>) => {
    await (restricted ? unmark : mark)({ variables: { clientId, reason: values.reason } });
    form.reset({ reason: '' });
  };
  return (
    <FormDialog
      title={restricted ? `Remove the restriction on ${clientName}'s record?` : `Restrict ${clientName}'s record?`}
      description={
        restricted
          ? 'Everyone whose scope includes this client sees the record again.'
          : 'Only the current counselor and peer worker will see it; everyone else, you included, opens it only in an emergency, with a reason that is recorded.'
      }
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel={restricted ? 'Remove restriction' : 'Mark restricted'}
    >
      <FormTextArea form={form} name="reason" label="Reason" rows={3} maxLength={EMERGENCY_REASON_MAX_LENGTH} />
    </FormDialog>
  );
}
