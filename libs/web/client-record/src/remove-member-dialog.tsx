import { useMutation } from '@apollo/client/react';
import { FormDialog, useZodForm } from '@carecircle/web/forms';
import { z } from 'zod';
import { SUPPORT_NETWORK_REFETCH_QUERIES, removeSupportNetworkMemberMutation } from './support-network.mutations';

const confirmSchema = z.object({});

export interface RemoveMemberDialogProps {
  clientName: string;
  member: { id: string; name: string; version: number };
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Asks before taking someone out of the network. Removal is soft: past family sessions keep them
 * as an attendee and consents naming them stay on file, so the dialog says how to end a consent.
 */
export function RemoveMemberDialog({ clientName, member, isOpen, onOpenChange }: RemoveMemberDialogProps) {
  const form = useZodForm(confirmSchema, {});
  const [remove] = useMutation(removeSupportNetworkMemberMutation, {
    refetchQueries: SUPPORT_NETWORK_REFETCH_QUERIES,
    awaitRefetchQueries: true,
  });
  const save = async () => {
    await remove({ variables: { memberId: member.id, expectedVersion: member.version } });
  };
  return (
    <FormDialog
      title={`Remove ${member.name} from the support network?`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={SUPPORT_NETWORK_REFETCH_QUERIES}
      submitLabel="Remove from network"
      busyLabel="Removing…"
    >
      <p className="cc-form__full">
        {member.name} will no longer appear in {clientName}&apos;s network or ecomap. Family sessions they attended keep their name,
        and any consent naming them stays on file — revoke it in Consents if it should end.
      </p>
    </FormDialog>
  );
}
