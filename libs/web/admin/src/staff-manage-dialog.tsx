import { useMutation } from '@apollo/client/react';
import type { StaffRole } from '@carecircle/shared/domain';
import { errorMessage, useSession, type StaffAccountFieldsFragment } from '@carecircle/web/data-access';
import { FormCheckbox, FormCheckboxGroup, FormDialog, FormSelect, useZodForm } from '@carecircle/web/forms';
import { Button } from '@carecircle/web/ui';
import { useState } from 'react';
import { z } from 'zod';
import { COSIGNATURE_DESCRIPTION, ROLE_OPTIONS, STATUS_LABELS, assignmentShape, programOptions, refineAssignment, supervisorOptions } from './staff-form';
import { issuePasswordResetLinkMutation, reactivateStaffMemberMutation, resetStaffTwoFactorMutation, staffPageQuery, updateStaffMemberMutation } from './staff.queries';

export interface StaffManageDialogProps {
  member: StaffAccountFieldsFragment;
  staff: readonly StaffAccountFieldsFragment[];
  programs: ReadonlyArray<{ id: string; name: string }>;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** Asks before deactivating (an alert dialog the page shows in place of this one). */
  onDeactivate: () => void;
  /** A new one-time link was issued: the page shows it. */
  onSetupLink: (setupLink: { path: string; expiresAt: string }) => void;
}

/** One person's role, team, programs and co-signature, and the account actions: deactivate or reactivate, reset the password. */
export function StaffManageDialog({ member, staff, programs, isOpen, onOpenChange, onDeactivate, onSetupLink }: StaffManageDialogProps) {
  const schema = z.object({ ...assignmentShape, isPrivacyOfficer: z.boolean() }).superRefine((values, issues) => refineAssignment(values, issues, member.id));
  const form = useZodForm(schema, {
    // The generated type spells the role as a string union; the form uses the shared enum of the same values.
    role: member.role as StaffRole,
    supervisorId: member.supervisor?.id ?? '',
    programIds: member.programs.map((program) => program.id),
    requiresCosignature: member.requiresCosignature,
    isPrivacyOfficer: member.isPrivacyOfficer,
  });
  // Updates come back as the whole account: Apollo's cache puts them into the list by id.
  const [update] = useMutation(updateStaffMemberMutation);
  const [reactivate, reactivation] = useMutation(reactivateStaffMemberMutation);
  const [issueLink, linkRequest] = useMutation(issuePasswordResetLinkMutation);
  const [resetTwoFactor, twoFactorReset] = useMutation(resetStaffTwoFactorMutation, { refetchQueries: [staffPageQuery] });
  // Not one's own: another administrator resets it (the API refuses too).
  const isSelf = useSession()?.me.id === member.id;
  const [actionError, setActionError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const deactivated = member.status === 'DEACTIVATED';

  const save = async (values: z.output<typeof schema>) => {
    await update({ variables: { input: { staffId: member.id, ...values } } });
  };

  const runReactivate = async () => {
    setActionError(null);
    try {
      await reactivate({ variables: { staffId: member.id } });
      setStatus(`${member.displayName} can sign in again.`);
    } catch (error) {
      setActionError(errorMessage(error as Error));
    }
  };

  const resetPassword = async () => {
    setActionError(null);
    try {
      const { data } = await issueLink({ variables: { staffId: member.id } });
      if (data) onSetupLink(data.issuePasswordResetLink);
    } catch (error) {
      setActionError(errorMessage(error as Error));
    }
  };

  const runResetTwoFactor = async () => {
    setActionError(null);
    try {
      await resetTwoFactor({ variables: { staffId: member.id } });
      setStatus(`Two-factor sign-in reset: ${member.displayName} sets it up again at their next sign-in.`);
    } catch (error) {
      setActionError(errorMessage(error as Error));
    }
  };

  return (
    <FormDialog
      title={member.displayName}
      description={`${member.email} · ${STATUS_LABELS[member.status]}`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel="Save changes"
    >
      <FormSelect form={form} name="role" label="Role" options={ROLE_OPTIONS} />
      <FormSelect form={form} name="supervisorId" label="Supervisor" placeholder="None" options={supervisorOptions(staff, member.id)} />
      <FormCheckboxGroup form={form} name="programIds" label="Programs" options={programOptions(programs)} />
      <FormCheckbox form={form} name="requiresCosignature" label="Notes need co-signature" description={COSIGNATURE_DESCRIPTION} />
      <FormCheckbox
        form={form}
        name="isPrivacyOfficer"
        label="Privacy officer"
        description="Sees who viewed any client record and every accounting of disclosures, whatever the role."
      />
      <div className="cc-staff-account cc-form__full" role="group" aria-label="Account">
        {actionError && (
          <p role="alert" className="cc-staff-account__error">
            {actionError}
          </p>
        )}
        {status && (
          <p role="status" className="cc-staff-account__status">
            {status}
          </p>
        )}
        <div className="cc-staff-account__actions">
          {deactivated ? (
            <Button variant="secondary" onPress={() => void runReactivate()} isDisabled={reactivation.loading}>
              {reactivation.loading ? 'Reactivating…' : `Reactivate ${member.displayName}`}
            </Button>
          ) : (
            <Button variant="secondary" onPress={onDeactivate}>
              Deactivate {member.displayName}
            </Button>
          )}
          {!deactivated && (
            <Button variant="secondary" onPress={() => void resetPassword()} isDisabled={linkRequest.loading}>
              {linkRequest.loading ? 'Issuing a link…' : 'Reset password'}
            </Button>
          )}
          {member.twoFactorEnabled && !isSelf && (
            <Button variant="secondary" onPress={() => void runResetTwoFactor()} isDisabled={twoFactorReset.loading}>
              {twoFactorReset.loading ? 'Resetting…' : 'Reset two-factor'}
            </Button>
          )}
        </div>
      </div>
    </FormDialog>
  );
}
