import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessage, graphql, sessionStore } from '@carecircle/web/data-access';
import { FormErrorMessage, useServerSubmit, useZodForm } from '@carecircle/web/forms';
import { Button, Skeleton } from '@carecircle/web/ui';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { NewPasswordFields, newPasswordIssues } from './new-password-fields';
import './auth.css';

export const accountSetupLinkQuery = graphql(`
  query AccountSetupLink($token: String!) {
    accountSetupLink(token: $token) {
      displayName
      email
      purpose
      expiresAt
    }
  }
`);

export const completeAccountSetupMutation = graphql(`
  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {
    completeAccountSetup(input: $input) {
      ...AuthSessionFields
    }
  }
`);

/** The contract's words for a link that cannot be used, whatever the reason. */
export const LINK_INVALID_TEXT = 'This link is no longer valid. Ask your administrator for a new one.';



/** Whether the API refused the link itself (used, replaced, expired or unknown), rather than the password. */
function isLinkInvalid(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['reason'] === 'LINK_INVALID');
}

/** The shared password policy (the API checks the same), and the two entries must match. */
function passwordSchema(email: string) {
  return z
    .object({ password: z.string(), confirmPassword: z.string() })
    .superRefine((values, issues) => newPasswordIssues(values, email, issues));
}

/**
 * Where an invited colleague (or someone whose password an administrator reset) sets their
 * password through their one-time link, then lands signed in on their home page.
 */
export function AccountSetupPage() {
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(accountSetupLinkQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const link = data?.accountSetupLink;

  return (
    <main id="main" className="cc-login" tabIndex={-1}>
      <div className="cc-login__panel">
        <p className="cc-login__brand">CareCircle</p>
        <h1>Set your password</h1>
        {!link && loading && <Skeleton label="Checking your link" rows={2} />}
        {!link && error && (
          <>
            <p role="alert" className="cc-login__error">
              {isLinkInvalid(error) ? LINK_INVALID_TEXT : errorMessage(error)}
            </p>
            <p>
              <Link to="/login">Sign in</Link>
            </p>
          </>
        )}
        {link && <SetPasswordForm token={token} displayName={link.displayName} email={link.email} reset={link.purpose === 'PASSWORD_RESET'} />}
      </div>
    </main>
  );
}

interface SetPasswordFormProps {
  token: string;
  displayName: string;
  email: string;
  reset: boolean;
}

function SetPasswordForm({ token, displayName, email, reset }: SetPasswordFormProps) {
  const navigate = useNavigate();
  const schema = passwordSchema(email);
  const form = useZodForm(schema, { password: '', confirmPassword: '' });
  const [complete] = useMutation(completeAccountSetupMutation);
  const { submit, formError } = useServerSubmit(form, async (values: z.output<typeof schema>) => {
    const { data } = await complete({ variables: { input: { token, password: values.password } } });
    if (data) {
      sessionStore.start(data.completeAccountSetup);
      await navigate('/', { replace: true });
    }
  });

  return (
    <>
      <p>
        {reset ? 'Choose a new password for' : 'Welcome to CareCircle,'} <strong>{displayName}</strong> ({email}).
      </p>
      <form className="cc-login__form cc-form" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrorMessage message={formError} />
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <NewPasswordFields form={form} email={email} />
        <Button type="submit" variant="primary" isDisabled={form.formState.isSubmitting} className="cc-login__submit">
          {form.formState.isSubmitting ? 'Setting your password…' : 'Set password'}
        </Button>
      </form>
    </>
  );
}
