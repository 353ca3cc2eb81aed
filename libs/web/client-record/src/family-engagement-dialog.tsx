import { useMutation } from '@apollo/client/react';
import {
  FAMILY_ENGAGEMENT_LIMITS,
  FAMILY_ENGAGEMENT_TYPE_LABELS,
  FamilyEngagementType,
  SUPPORT_RELATIONSHIP_LABELS,
  type SupportRelationship,
} from '@carecircle/shared/domain';
import { FormCheckboxGroup, FormDateField, FormDialog, FormSelect, FormTextArea, useZodForm, zodRules, type FormOption } from '@carecircle/web/forms';
import { z } from 'zod';
import { toIsoDate } from './dates';
import { SUPPORT_NETWORK_REFETCH_QUERIES, logFamilyEngagementMutation } from './support-network.mutations';

const TYPE_OPTIONS: readonly FormOption[] = Object.values(FamilyEngagementType).map((value) => ({ value, label: FAMILY_ENGAGEMENT_TYPE_LABELS[value] }));

/** The rules of LogFamilyEngagementInput: a type, a date that has happened, at least one attendee from the network. */
export function familyEngagementSchema(today: string) {
  return z.object({
    type: z.union([z.enum(FamilyEngagementType), z.literal('')]).refine((value) => value !== '', 'Choose the kind of engagement'),
    occurredOn: zodRules.isoDate('Date').refine((value) => value === '' || value <= today, 'Date cannot be after today: log an event once it has happened'),
    attendeeIds: z
      .array(z.string())
      .min(1, 'Choose at least one person who took part')
      .max(FAMILY_ENGAGEMENT_LIMITS.attendees, `At most ${FAMILY_ENGAGEMENT_LIMITS.attendees} people`),
    note: zodRules.optionalText('Note', FAMILY_ENGAGEMENT_LIMITS.note),
  });
}

export interface FamilyEngagementDialogProps {
  clientId: string;
  clientName: string;
  /** Current support network members, from whom the attendees are chosen. */
  members: ReadonlyArray<{ id: string; name: string; relationship: SupportRelationship | `${SupportRelationship}` }>;
  today: Date;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Logs a family session, education group, contact or visit that has happened, with who took part. */
export function FamilyEngagementDialog({ clientId, clientName, members, today, isOpen, onOpenChange }: FamilyEngagementDialogProps) {
  const todayIso = toIsoDate(today);
  const form = useZodForm(familyEngagementSchema(todayIso), { type: '', occurredOn: todayIso, attendeeIds: [], note: '' });
  const [logEvent] = useMutation(logFamilyEngagementMutation, { refetchQueries: SUPPORT_NETWORK_REFETCH_QUERIES, awaitRefetchQueries: true });
  const attendeeOptions = members.map((m) => ({ value: m.id, label: `${m.name} (${SUPPORT_RELATIONSHIP_LABELS[m.relationship].toLowerCase()})` }));
  return (
    <FormDialog
      title="Log family engagement"
      description={`A session, group, contact or visit with people in ${clientName}'s support network.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={async (values) => {
        await logEvent({
          variables: {
            input: { clientId, type: values.type as FamilyEngagementType, occurredOn: values.occurredOn, attendeeIds: values.attendeeIds, note: values.note },
          },
        });
      }}
      submitLabel="Log engagement"
    >
      <FormSelect form={form} name="type" label="Kind of engagement" options={TYPE_OPTIONS} placeholder="Choose a kind" />
      <FormDateField form={form} name="occurredOn" label="Date" max={todayIso} />
      <FormCheckboxGroup form={form} name="attendeeIds" label="Who took part" options={attendeeOptions} />
      <FormTextArea form={form} name="note" label="Note (optional)" rows={3} maxLength={FAMILY_ENGAGEMENT_LIMITS.note} />
    </FormDialog>
  );
}
