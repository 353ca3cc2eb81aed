import { useMutation } from '@apollo/client/react';
import {
  RECOVERY_STANCE_LABELS,
  RecoveryStance,
  SUPPORT_NETWORK_MEMBER_LIMITS,
  SUPPORT_NETWORK_PHONE_PATTERN,
  SUPPORT_RELATIONSHIP_LABELS,
  SupportRelationship,
} from '@carecircle/shared/domain';
import { FormCheckbox, FormDialog, FormRadioGroup, FormSelect, FormTextArea, FormTextField, useZodForm, zodRules, type FormOption } from '@carecircle/web/forms';
import type { UpdateSupportNetworkMemberInput } from '@carecircle/web/data-access';
import { z } from 'zod';
import { SUPPORT_NETWORK_REFETCH_QUERIES, addSupportNetworkMemberMutation, updateSupportNetworkMemberMutation } from './support-network.mutations';

/** A member as the record holds it (contact details are null for peer workers, who cannot open this dialog). */
export interface EditableMember {
  id: string;
  name: string;
  relationship: SupportRelationship | `${SupportRelationship}`;
  stance: RecoveryStance | `${RecoveryStance}`;
  involvedInTreatment: boolean;
  phone?: string | null;
  email?: string | null;
  note?: string | null;
  version: number;
}

const RELATIONSHIP_OPTIONS: readonly FormOption[] = Object.values(SupportRelationship).map((value) => ({
  value,
  label: SUPPORT_RELATIONSHIP_LABELS[value],
}));

const STANCE_OPTIONS: readonly FormOption[] = [
  { value: RecoveryStance.SUPPORTIVE, label: `${RECOVERY_STANCE_LABELS.SUPPORTIVE}: supports their recovery` },
  { value: RecoveryStance.NEUTRAL, label: `${RECOVERY_STANCE_LABELS.NEUTRAL}: neither helps nor harms it` },
  { value: RecoveryStance.RISK, label: `${RECOVERY_STANCE_LABELS.RISK}: e.g. still uses with them` },
];

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LIMITS = SUPPORT_NETWORK_MEMBER_LIMITS;

/** The rules of AddSupportNetworkMemberInput / UpdateSupportNetworkMemberInput, from the same shared limits and pattern. */
export const memberSchema = z.object({
  name: zodRules.requiredText('Name', LIMITS.name),
  relationship: z.union([z.enum(SupportRelationship), z.literal('')]).refine((value) => value !== '', 'Choose how they are related to the client'),
  stance: z
    .union([z.enum(RecoveryStance), z.literal(''), z.null()])
    .refine((value) => value !== '' && value !== null, 'Choose how they relate to the recovery'),
  phone: zodRules
    .optionalText('Phone', 30)
    .refine((value) => value === null || SUPPORT_NETWORK_PHONE_PATTERN.test(value), 'Phone must be digits, spaces, +, -, dots or brackets (5 to 30)'),
  email: zodRules
    .optionalText('Email', LIMITS.email)
    .refine((value) => value === null || EMAIL_SHAPE.test(value), 'Email must be an email address, like name@example.org'),
  involvedInTreatment: z.boolean(),
  note: zodRules.optionalText('Note', LIMITS.note),
});

export type MemberFormValues = z.input<typeof memberSchema>;
type MemberValues = z.output<typeof memberSchema>;

function defaultsFor(member: EditableMember | null): MemberFormValues {
  return {
    name: member?.name ?? '',
    relationship: (member?.relationship as SupportRelationship | undefined) ?? '',
    stance: (member?.stance as RecoveryStance | undefined) ?? '',
    phone: member?.phone ?? '',
    email: member?.email ?? '',
    involvedInTreatment: member?.involvedInTreatment ?? false,
    note: member?.note ?? '',
  };
}

/** Only what changed, so the audit row names the fields touched (the API refuses an empty change). */
type MemberChanges = Omit<UpdateSupportNetworkMemberInput, 'memberId' | 'expectedVersion'>;

function changesFrom(member: EditableMember, values: MemberValues): MemberChanges {
  const before: MemberValues = {
    name: member.name,
    relationship: member.relationship as SupportRelationship,
    stance: member.stance as RecoveryStance,
    phone: member.phone ?? null,
    email: member.email ?? null,
    involvedInTreatment: member.involvedInTreatment,
    note: member.note ?? null,
  };
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(values) as Array<keyof MemberValues>) {
    if (values[key] !== before[key]) changes[key] = values[key];
  }
  // The schema has checked every value, and relationship and stance cannot be '' after it.
  return changes as MemberChanges;
}

export interface SupportNetworkMemberDialogProps {
  clientId: string;
  clientName: string;
  /** The member to edit; null to add someone. */
  member: EditableMember | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Adds someone to the client's support network, or edits a member: relationship, stance, involvement and contact details. */
export function SupportNetworkMemberDialog({ clientId, clientName, member, isOpen, onOpenChange }: SupportNetworkMemberDialogProps) {
  const form = useZodForm(memberSchema, defaultsFor(member));
  const options = { refetchQueries: SUPPORT_NETWORK_REFETCH_QUERIES, awaitRefetchQueries: true };
  const [addMember] = useMutation(addSupportNetworkMemberMutation, options);
  const [updateMember] = useMutation(updateSupportNetworkMemberMutation, options);

  const save = async (values: MemberValues) => {
    if (!member) {
      await addMember({
        variables: {
          input: {
            clientId,
            name: values.name,
            relationship: values.relationship as SupportRelationship,
            stance: values.stance as RecoveryStance,
            phone: values.phone,
            email: values.email,
            involvedInTreatment: values.involvedInTreatment,
            note: values.note,
          },
        },
      });
      return;
    }
    const changes = changesFrom(member, values);
    if (Object.keys(changes).length === 0) return; // nothing to save; the dialog just closes
    await updateMember({ variables: { input: { memberId: member.id, expectedVersion: member.version, ...changes } } });
  };

  return (
    <FormDialog
      title={member ? `Edit ${member.name}` : 'Add to the support network'}
      description={member ? `In ${clientName}'s support network.` : `Someone in ${clientName}'s life who matters to their recovery.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      refetchOnConflict={SUPPORT_NETWORK_REFETCH_QUERIES}
      submitLabel={member ? 'Save changes' : 'Add to network'}
    >
      <FormTextField form={form} name="name" label="Name" autoComplete="off" />
      <FormSelect form={form} name="relationship" label="Relationship" options={RELATIONSHIP_OPTIONS} placeholder="Choose a relationship" />
      <FormRadioGroup form={form} name="stance" label="How they relate to the recovery" options={STANCE_OPTIONS} />
      <FormCheckbox form={form} name="involvedInTreatment" label="Involved in treatment (e.g. takes part in family sessions)" />
      <FormTextField form={form} name="phone" label="Phone (optional)" type="tel" inputMode="tel" autoComplete="off" />
      <FormTextField form={form} name="email" label="Email (optional)" type="email" autoComplete="off" />
      <FormTextArea form={form} name="note" label="Note (optional)" rows={3} maxLength={LIMITS.note} />
    </FormDialog>
  );
}
