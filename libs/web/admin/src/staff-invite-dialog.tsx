import { useMutation } from '@apollo/client/react';
import { StaffRole } from '@carecircle/shared/domain';
import { FormCheckbox, FormCheckboxGroup, FormDialog, FormSelect, FormTextField, useZodForm, zodRules } from '@carecircle/web/forms';
import type { StaffAccountFieldsFragment } from '@carecircle/web/data-access';
import { z } from 'zod';
import { COSIGNATURE_DESCRIPTION, ROLE_OPTIONS, assignmentShape, programOptions, refineAssignment, supervisorOptions } from './staff-form';
import { STAFF_REFETCH_QUERIES, inviteStaffMemberMutation } from './staff.queries';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const inviteSchema = z
  .object({
    displayName: zodRules.requiredText('Name', 200),
    email: zodRules.requiredText('Email', 254).refine((value) => value === '' || EMAIL_SHAPE.test(value), 'Email must be an email address, like name@example.org'),
    ...assignmentShape,
  })
  .superRefine((values, issues) => refineAssignment(values, issues));

export interface InvitedStaffMember {
  displayName: string;
  setupLink: { path: string; expiresAt: string };
}

export interface StaffInviteDialogProps {
  staff: readonly StaffAccountFieldsFragment[];
  programs: ReadonlyArray<{ id: string; name: string }>;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with the new member's one-time link, to show it: there is no mail server to send it. */
  onInvited: (invited: InvitedStaffMember) => void;
}

/** Invites a colleague: the account exists at once, and they set their password through the link shown next. */
export function StaffInviteDialog({ staff, programs, isOpen, onOpenChange, onInvited }: StaffInviteDialogProps) {
  const form = useZodForm(inviteSchema, {
    displayName: '',
    email: '',
    role: StaffRole.COUNSELOR,
    supervisorId: '',
    programIds: [],
    requiresCosignature: false,
  });
  const [invite] = useMutation(inviteStaffMemberMutation, { refetchQueries: [...STAFF_REFETCH_QUERIES], awaitRefetchQueries: true });

  const save = async (values: z.output<typeof inviteSchema>) => {
    // Left untouched, the box lets the server decide: counselors joining a program whose notes need co-signature need it.
    const cosignatureChosen = form.getFieldState('requiresCosignature').isDirty;
    const { data } = await invite({
      variables: {
        input: {
          displayName: values.displayName,
          email: values.email,
          role: values.role,
          supervisorId: values.supervisorId,
          programIds: values.programIds,
          requiresCosignature: cosignatureChosen ? values.requiresCosignature : undefined,
        },
      },
    });
    if (data) onInvited({ displayName: data.inviteStaffMember.staffMember.displayName, setupLink: data.inviteStaffMember.setupLink });
  };

  return (
    <FormDialog
      title="Invite a staff member"
      description="They get a one-time link to set their password; you will see it next, to send to them."
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel="Send invitation"
      busyLabel="Inviting…"
    >
      <FormTextField form={form} name="displayName" label="Name" autoComplete="off" />
      <FormTextField form={form} name="email" label="Email" type="email" autoComplete="off" />
      <FormSelect form={form} name="role" label="Role" options={ROLE_OPTIONS} />
      <FormSelect form={form} name="supervisorId" label="Supervisor" placeholder="None" options={supervisorOptions(staff)} />
      <FormCheckboxGroup form={form} name="programIds" label="Programs" options={programOptions(programs)} />
      <FormCheckbox
        form={form}
        name="requiresCosignature"
        label="Notes need co-signature"
        description={`${COSIGNATURE_DESCRIPTION} Left unticked, a counselor joining a program whose counselors' notes need co-signature will need it.`}
      />
    </FormDialog>
  );
}
