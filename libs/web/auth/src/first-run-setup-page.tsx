import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DEFAULT_TIME_ZONE, isSupportedTimeZone, supportedTimeZones } from '@carecircle/shared/domain';
import { errorMessage, sessionStore } from '@carecircle/web/data-access';
import { FormErrorMessage, FormSelect, FormTextField, useServerSubmit, useZodForm, zodRules } from '@carecircle/web/forms';
import { Button, Skeleton } from '@carecircle/web/ui';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { setUpOrganizationMutation, setupStatusQuery } from './setup.queries';
import { NewPasswordFields, newPasswordIssues } from './new-password-fields';
import './auth.css';

/** The API's limit on organization and person names. */
const MAX_NAME_LENGTH = 200;

/** The browser's own zone when the API knows it (the sensible default for a program's first admin), else UTC. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isSupportedTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** Every zone the API accepts, labelled as people write them ("America/New York"). */
export function timeZoneOptions(): { value: string; label: string }[] {
  return supportedTimeZones().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

/** The same rules the API checks: names present, a known zone, the shared password policy, and the two passwords equal. */
const setupSchema = z
  .object({
    organizationName: zodRules.requiredText('Organization name', MAX_NAME_LENGTH),
    timeZone: z.string().refine(isSupportedTimeZone, 'Choose a time zone from the list'),
    adminName: zodRules.requiredText('Your name', MAX_NAME_LENGTH),
    adminEmail: z.string().trim().min(1, 'Email is required').pipe(z.email('Enter an email address, like name@example.org')),
    password: z.string(),
    confirmPassword: z.string(),
  })
  .superRefine((values, issues) => {
    newPasswordIssues(values, values.adminEmail, issues);
  });

function isAlreadySetUp(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['reason'] === 'ALREADY_SET_UP');
}

/**
 * The one-time setup of a new installation: the organization and its first administrator, who is
 * signed in and lands on the administration page. Once any organization exists the page only says
 * so and points to sign-in (the API refuses a second setup for good).
 */
export function FirstRunSetupPage() {
  const { data, loading, error } = useQuery(setupStatusQuery, { fetchPolicy: 'network-only' });
  const [alreadySetUp, setAlreadySetUp] = useState(false);
  const closed = alreadySetUp || data?.setupStatus.needsSetup === false;

  return (
    <main id="main" className="cc-login" tabIndex={-1}>
      <div className="cc-login__panel">
        <p className="cc-login__brand">CareCircle</p>
        <h1>Set up CareCircle</h1>
        {!data && loading && <Skeleton label="Checking whether CareCircle is set up" rows={3} />}
        {!data && error && (
          <p role="alert" className="cc-login__error">
            {errorMessage(error)}
          </p>
        )}
        {closed && (
          <>
            <p role="status">CareCircle is already set up.</p>
            <p>
              <Link to="/login">Sign in</Link>
            </p>
          </>
        )}
        {!closed && data?.setupStatus.needsSetup && <SetupForm onAlreadySetUp={() => setAlreadySetUp(true)} />}
      </div>
    </main>
  );
}

function SetupForm({ onAlreadySetUp }: { onAlreadySetUp: () => void }) {
  const navigate = useNavigate();
  const zones = useMemo(timeZoneOptions, []);
  const form = useZodForm(setupSchema, {
    organizationName: '',
    timeZone: browserTimeZone(),
    adminName: '',
    adminEmail: '',
    password: '',
    confirmPassword: '',
  });
  const [setUp] = useMutation(setUpOrganizationMutation);
  const { submit, formError } = useServerSubmit(form, async ({ confirmPassword: _confirm, ...input }: z.output<typeof setupSchema>) => {
    try {
      const { data } = await setUp({ variables: { input } });
      if (data) {
        sessionStore.start(data.setUpOrganization);
        await navigate('/', { replace: true });
      }
    } catch (error) {
      // Someone else finished the setup first: there is nothing left to fill in here.
      if (isAlreadySetUp(error)) onAlreadySetUp();
      else throw error;
    }
  });
  const email = useWatch({ control: form.control, name: 'adminEmail' }) ?? '';

  return (
    <>
      <p>Name your organization and create the first administrator account. You can invite colleagues once you are signed in.</p>
      <form className="cc-login__form cc-form" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrorMessage message={formError} />
        <FormTextField form={form} name="organizationName" label="Organization name" autoComplete="organization" />
        <FormSelect
          form={form}
          name="timeZone"
          label="Time zone"
          options={zones}
          description="Where your program's days start: check-in days, charts and “today” follow it."
        />
        <FormTextField form={form} name="adminName" label="Your name" autoComplete="name" />
        <FormTextField form={form} name="adminEmail" label="Email" type="email" autoComplete="username" />
        <NewPasswordFields form={form} email={email} />
        <Button type="submit" variant="primary" isDisabled={form.formState.isSubmitting} className="cc-login__submit">
          {form.formState.isSubmitting ? 'Creating your organization…' : 'Create organization'}
        </Button>
      </form>
    </>
  );
}
