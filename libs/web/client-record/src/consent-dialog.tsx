import { useMutation } from '@apollo/client/react';
import {
  CONSENT_LIMITS,
  CONSENT_SCOPE_LABELS,
  ConsentRecipientKind,
  ConsentScope,
  SUPPORT_RELATIONSHIP_LABELS,
  type SupportRelationship,
} from '@carecircle/shared/domain';
import {
  FormCheckboxGroup,
  FormDateField,
  FormDialog,
  FormRadioGroup,
  FormSelect,
  FormTextArea,
  FormTextField,
  useZodForm,
  zodRules,
  type FormOption,
} from '@carecircle/web/forms';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { toIsoDate } from './dates';
import { SUPPORT_NETWORK_REFETCH_QUERIES, recordConsentMutation } from './support-network.mutations';

/** How the consent ends: a date, an event it names, or (since the 2024 rule, for treatment, payment and operations) a written revocation. */
export enum ConsentExpiryKind {
  DATE = 'DATE',
  EVENT = 'EVENT',
  UNTIL_REVOKED = 'UNTIL_REVOKED',
}

const RECIPIENT_OPTIONS: readonly FormOption[] = [
  { value: ConsentRecipientKind.SUPPORT_NETWORK_MEMBER, label: 'A member of the support network' },
  { value: ConsentRecipientKind.ORGANIZATION, label: 'An organization (a clinic, court, employer…)' },
  { value: ConsentRecipientKind.PEER_SUPPORT_TEAM, label: 'The peer support team' },
];

const SCOPE_OPTIONS: readonly FormOption[] = Object.values(ConsentScope).map((value) => ({ value, label: CONSENT_SCOPE_LABELS[value] }));

const EXPIRY_OPTIONS: readonly FormOption[] = [
  { value: ConsentExpiryKind.DATE, label: 'On a date' },
  { value: ConsentExpiryKind.EVENT, label: 'When an event happens (e.g. end of treatment)' },
  { value: ConsentExpiryKind.UNTIL_REVOKED, label: 'When revoked in writing (treatment, payment and health-care operations)' },
];

/**
 * The rules of RecordConsentInput, worded for the form: the 42 CFR Part 2 elements (recipient,
 * what information, purpose, expiry date or event, signed and dated), with dates checked against
 * today and each other as the API checks them.
 */
export function consentSchema(today: string) {
  return z
    .object({
      recipientKind: z.union([z.enum(ConsentRecipientKind), z.literal(''), z.null()]),
      recipientMemberId: z.string(),
      recipientOrganization: z.string().trim().max(CONSENT_LIMITS.recipientOrganization, `Organization must be at most ${CONSENT_LIMITS.recipientOrganization} characters`),
      scopes: z.array(z.enum(ConsentScope)),
      informationDescription: zodRules.optionalText('What information', CONSENT_LIMITS.informationDescription),
      purpose: zodRules.requiredText('Purpose', CONSENT_LIMITS.purpose),
      signedOn: zodRules.isoDate('Signed on').refine((value) => value === '' || value <= today, 'Signed on cannot be after today'),
      effectiveOn: zodRules.isoDate('Effective from'),
      expiryKind: z.enum(ConsentExpiryKind),
      expiresOn: z.string(),
      expiryEvent: z.string().trim().max(CONSENT_LIMITS.expiryEvent, `Expiry event must be at most ${CONSENT_LIMITS.expiryEvent} characters`),
    })
    .superRefine((values, issue) => {
      const add = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
      if (!values.recipientKind) add('recipientKind', 'Choose who the consent names');
      if (values.recipientKind === ConsentRecipientKind.SUPPORT_NETWORK_MEMBER && !values.recipientMemberId) {
        add('recipientMemberId', 'Choose the member the consent names');
      }
      if (values.recipientKind === ConsentRecipientKind.ORGANIZATION && !values.recipientOrganization) {
        add('recipientOrganization', "Organization is required: its name as the consent gives it");
      }
      if (values.scopes.length === 0) add('scopes', 'Choose at least one kind of information');
      if (values.signedOn && values.effectiveOn && values.effectiveOn < values.signedOn) {
        add('effectiveOn', 'Effective from cannot be before the consent was signed');
      }
      if (values.expiryKind === ConsentExpiryKind.DATE) {
        if (!values.expiresOn) add('expiresOn', 'Expires on is required, or choose another way it ends');
        else if (values.effectiveOn && values.expiresOn < values.effectiveOn) add('expiresOn', 'Expires on cannot be before Effective from');
      }
      if (values.expiryKind === ConsentExpiryKind.EVENT && !values.expiryEvent) {
        add('expiryEvent', 'Name the event that ends the consent, as the consent words it');
      }
    });
}

type ConsentSchema = ReturnType<typeof consentSchema>;
export type ConsentFormValues = z.input<ConsentSchema>;
type ConsentValues = z.output<ConsentSchema>;

export interface ConsentDialogMember {
  id: string;
  name: string;
  relationship: SupportRelationship | `${SupportRelationship}`;
}

export interface ConsentDialogProps {
  clientId: string;
  clientName: string;
  /** Current support network members, who may be named as recipients. */
  members: readonly ConsentDialogMember[];
  today: Date;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Records a signed 42 CFR Part 2 consent as written. */
export function ConsentDialog({ clientId, clientName, members, today, isOpen, onOpenChange }: ConsentDialogProps) {
  const todayIso = toIsoDate(today);
  const form = useZodForm(consentSchema(todayIso), {
    recipientKind: '',
    recipientMemberId: '',
    recipientOrganization: '',
    scopes: [],
    informationDescription: '',
    purpose: '',
    signedOn: todayIso,
    effectiveOn: todayIso,
    expiryKind: ConsentExpiryKind.DATE,
    expiresOn: '',
    expiryEvent: '',
  });
  const [recipientKind, expiryKind] = useWatch({ control: form.control, name: ['recipientKind', 'expiryKind'] });
  const [recordConsent] = useMutation(recordConsentMutation, { refetchQueries: SUPPORT_NETWORK_REFETCH_QUERIES, awaitRefetchQueries: true });

  const save = async (values: ConsentValues) => {
    const kind = values.recipientKind as ConsentRecipientKind;
    await recordConsent({
      variables: {
        input: {
          clientId,
          recipientKind: kind,
          recipientMemberId: kind === ConsentRecipientKind.SUPPORT_NETWORK_MEMBER ? values.recipientMemberId : null,
          recipientOrganization: kind === ConsentRecipientKind.ORGANIZATION ? values.recipientOrganization : null,
          scopes: values.scopes,
          informationDescription: values.informationDescription,
          purpose: values.purpose,
          signedOn: values.signedOn,
          effectiveOn: values.effectiveOn,
          expiresOn: values.expiryKind === ConsentExpiryKind.DATE ? values.expiresOn : null,
          expiryEvent: values.expiryKind === ConsentExpiryKind.EVENT ? values.expiryEvent : null,
        },
      },
    });
  };

  const memberOptions = members.map((m) => ({ value: m.id, label: `${m.name} (${SUPPORT_RELATIONSHIP_LABELS[m.relationship].toLowerCase()})` }));
  return (
    <FormDialog
      title="Record a consent"
      description={`A consent ${clientName} signed to disclose part of their record (42 CFR Part 2), entered as written.`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      onSubmit={save}
      submitLabel="Record consent"
      size="wide"
    >
      <FormRadioGroup form={form} name="recipientKind" label="Who may receive the information" options={RECIPIENT_OPTIONS} />
      {recipientKind === ConsentRecipientKind.SUPPORT_NETWORK_MEMBER &&
        (memberOptions.length > 0 ? (
          <FormSelect form={form} name="recipientMemberId" label="Member named" options={memberOptions} placeholder="Choose a member" />
        ) : (
          <p className="cc-form__full cc-consent-form__hint" role="note">
            No one is in the support network yet. Add the person first, then record their consent.
          </p>
        ))}
      {recipientKind === ConsentRecipientKind.ORGANIZATION && (
        <FormTextField form={form} name="recipientOrganization" label="Organization" description="Its name as the consent gives it." />
      )}
      <FormCheckboxGroup form={form} name="scopes" label="What information may be disclosed" options={SCOPE_OPTIONS} inline />
      <FormTextArea
        form={form}
        name="informationDescription"
        label="What information, in the consent's words (optional)"
        description="E.g. “attendance dates and whether still in treatment; no diagnoses”."
        rows={2}
        maxLength={CONSENT_LIMITS.informationDescription}
      />
      <FormTextArea form={form} name="purpose" label="Purpose of the disclosure" rows={2} maxLength={CONSENT_LIMITS.purpose} />
      <FormDateField form={form} name="signedOn" label="Signed on" max={todayIso} />
      <FormDateField form={form} name="effectiveOn" label="Effective from" />
      <FormRadioGroup form={form} name="expiryKind" label="The consent ends" options={EXPIRY_OPTIONS} />
      {expiryKind === ConsentExpiryKind.DATE && <FormDateField form={form} name="expiresOn" label="Expires on" description="The last day it holds." />}
      {expiryKind === ConsentExpiryKind.EVENT && (
        <FormTextField form={form} name="expiryEvent" label="Expiry event" description="As the consent words it, e.g. “end of treatment”." />
      )}
      {expiryKind === ConsentExpiryKind.UNTIL_REVOKED && (
        <p className="cc-form__full cc-consent-form__hint">
          Since the 2024 rule a consent for treatment, payment and health-care operations may hold until the client revokes it in writing.
        </p>
      )}
    </FormDialog>
  );
}
