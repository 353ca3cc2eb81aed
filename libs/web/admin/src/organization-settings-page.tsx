import { useMutation, useQuery } from '@apollo/client/react';
import { INACTIVITY_SIGN_OUT_MINUTES, isSupportedTimeZone, supportedTimeZones } from '@carecircle/shared/domain';
import { errorMessage, graphql, sessionStore } from '@carecircle/web/data-access';
import { FormCheckbox, FormErrorMessage, FormNumberField, FormSelect, FormTextField, useServerSubmit, useZodForm, zodRules } from '@carecircle/web/forms';
import { Button, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import './admin.css';

export const organizationSettingsQuery = graphql(`
  query OrganizationSettings {
    organizationSettings {
      id
      name
      timeZone
      inactivitySignOutMinutes
      requireTwoFactorForEveryone
    }
  }
`);

export const updateOrganizationSettingsMutation = graphql(`
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      id
      name
      timeZone
      inactivitySignOutMinutes
      requireTwoFactorForEveryone
    }
  }
`);

/** The API's limit on an organization's name. */
const MAX_NAME_LENGTH = 200;

/** Field names are the API's (`name`, `timeZone`), so its refusals land on the right field. */
const settingsSchema = z.object({
  name: zodRules.requiredText('Organization name', MAX_NAME_LENGTH),
  timeZone: z.string().refine(isSupportedTimeZone, 'Choose a time zone from the list'),
  inactivitySignOutMinutes: z
    .number({ error: 'Enter a number of minutes' })
    .int('Enter a whole number of minutes')
    .min(INACTIVITY_SIGN_OUT_MINUTES.min, `At least ${INACTIVITY_SIGN_OUT_MINUTES.min} minutes`)
    .max(INACTIVITY_SIGN_OUT_MINUTES.max, `At most ${INACTIVITY_SIGN_OUT_MINUTES.max} minutes`),
  requireTwoFactorForEveryone: z.boolean(),
});

interface Settings {
  id: string;
  name: string;
  timeZone: string;
  inactivitySignOutMinutes: number;
  requireTwoFactorForEveryone: boolean;
}

/**
 * The organization's name and time zone. The zone decides where its days start: which day a
 * check-in counts on, the weeks of the charts and "today" for everyone in the organization.
 */
export function OrganizationSettingsPage() {
  const { data, loading, error, refetch } = useQuery(organizationSettingsQuery);
  const settings = data?.organizationSettings;
  return (
    <div className="cc-page cc-org-settings">
      <h1>Organization settings</h1>
      {!settings && loading && <Skeleton label="Loading the organization's settings" rows={2} />}
      {!settings && error && <ErrorState title="The settings could not be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />}
      {settings && <SettingsForm key={settings.id} settings={settings} />}
    </div>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const zones = useMemo(() => supportedTimeZones().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })), []);
  const form = useZodForm(settingsSchema, {
    name: settings.name,
    timeZone: settings.timeZone,
    inactivitySignOutMinutes: settings.inactivitySignOutMinutes,
    requireTwoFactorForEveryone: settings.requireTwoFactorForEveryone,
  });
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(updateOrganizationSettingsMutation);
  const { submit, formError } = useServerSubmit(form, async (input: z.output<typeof settingsSchema>) => {
    setSaved(false);
    const { data } = await update({ variables: { input } });
    if (!data) return;
    const next = data.updateOrganizationSettings;
    // The header and every day computed in this tab follow the new name and zone without signing in again.
    const session = sessionStore.getSession();
    if (session) sessionStore.start({ ...session, me: { ...session.me, organizationName: next.name, organizationTimeZone: next.timeZone } });
    form.reset({
      name: next.name,
      timeZone: next.timeZone,
      inactivitySignOutMinutes: next.inactivitySignOutMinutes,
      requireTwoFactorForEveryone: next.requireTwoFactorForEveryone,
    });
    setSaved(true);
  });

  return (
    <form className="cc-form cc-org-settings__form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorMessage message={formError} />
      <FormTextField form={form} name="name" label="Organization name" autoComplete="organization" />
      <FormSelect
        form={form}
        name="timeZone"
        label="Time zone"
        options={zones}
        description="Where your organization's days start: the day a check-in counts on, the weeks of the charts and “today”."
      />
      <FormNumberField
        form={form}
        name="inactivitySignOutMinutes"
        label="Sign out after inactivity (minutes)"
        min={INACTIVITY_SIGN_OUT_MINUTES.min}
        max={INACTIVITY_SIGN_OUT_MINUTES.max}
        description={`Everyone is signed out after this many minutes without activity, with a warning a minute before (${INACTIVITY_SIGN_OUT_MINUTES.min}–${INACTIVITY_SIGN_OUT_MINUTES.max}).`}
      />
      <FormCheckbox
        form={form}
        name="requireTwoFactorForEveryone"
        label="Require two-factor sign-in for everyone"
        description="Administrators and supervisors always sign in with a code from an authenticator app. With this on, everyone does; people who have not set it up are asked to at once."
      />
      <div className="cc-org-settings__actions">
        <Button type="submit" variant="primary" isDisabled={form.formState.isSubmitting}>
          Save settings
        </Button>
        <p role="status" className="cc-org-settings__saved">
          {saved && !form.formState.isDirty ? 'Settings saved.' : ''}
        </p>
      </div>
    </form>
  );
}
