import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, inactivitySignOutMessage, sessionStore } from '@carecircle/web/data-access';
import { Button, TextField } from '@carecircle/web/ui';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { loginMutation } from './login.mutation';
import { setupStatusQuery } from './setup.queries';
import { AuthenticationCodeField, TWO_FACTOR_SETUP_PATH, needsTwoFactorEnrolment, twoFactorReasonOf } from './two-factor-sign-in';
import './auth.css';

const END_MESSAGES = {
  'signed-out': 'You have signed out.',
  expired: 'Your session has ended. Please sign in again.',
  inactive: inactivitySignOutMessage(null),
} as const;

/**
 * A sign-in refused by login throttling (reason TOO_MANY_ATTEMPTS) says how long to wait, in
 * minutes; any other failure shows the API's message.
 */
function signInError(error: Parameters<typeof errorMessage>[0]): string {
  const throttled = CombinedGraphQLErrors.is(error) ? error.errors.find((e) => e.extensions?.['reason'] === 'TOO_MANY_ATTEMPTS') : undefined;
  if (!throttled) return errorMessage(error);
  const seconds = Number(throttled.extensions?.['retryAfterSeconds']);
  const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** Where RequireSession sent the person from, to return there after signing in. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for once the API says the account uses two-factor sign-in; email and password stay as typed.
  const [codeAsked, setCodeAsked] = useState(false);
  const [oneTimeCode, setOneTimeCode] = useState('');
  const [endReason] = useState(() => sessionStore.getEndReason());
  const [login, { loading, error }] = useMutation(loginMutation);
  // A new installation has no organization and so no accounts: point to the one-time setup instead.
  const needsSetup = useQuery(setupStatusQuery, { fetchPolicy: 'network-only' }).data?.setupStatus.needsSetup === true;

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const input = { email: email.trim(), password, ...(codeAsked ? { oneTimeCode: oneTimeCode.trim() } : {}) };
      const { data } = await login({ variables: { input } });
      if (data) {
        sessionStore.start(data.login);
        await navigate(needsTwoFactorEnrolment(data.login.me) ? TWO_FACTOR_SETUP_PATH : returnPath(location.state), { replace: true });
      }
    } catch (failure) {
      // The hook's `error` carries the API's message; it is shown below.
      if (twoFactorReasonOf(failure) === 'TWO_FACTOR_REQUIRED') setCodeAsked(true);
      if (twoFactorReasonOf(failure) === 'TWO_FACTOR_INVALID') setOneTimeCode('');
    }
  }

  return (
    <main id="main" className="cc-login" tabIndex={-1}>
      <div className="cc-login__panel">
        <p className="cc-login__brand">CareCircle</p>
        <h1>Sign in to CareCircle</h1>
        {needsSetup && (
          <p role="status" className="cc-login__notice">
            No organization has been set up yet. <Link to="/setup">Set up CareCircle</Link>
          </p>
        )}
        {endReason && !error && (
          <p role="status" className="cc-login__notice">
            {endReason === 'inactive' ? inactivitySignOutMessage(sessionStore.getEndedAfterInactiveMinutes()) : END_MESSAGES[endReason]}
          </p>
        )}
        {error && twoFactorReasonOf(error) === 'TWO_FACTOR_REQUIRED' && (
          <p role="status" className="cc-login__notice">
            Enter the 6-digit code from your authenticator app.
          </p>
        )}
        {error && twoFactorReasonOf(error) !== 'TWO_FACTOR_REQUIRED' && (
          <p role="alert" className="cc-login__error">
            {signInError(error)}
          </p>
        )}
        <form className="cc-login__form" onSubmit={signIn} noValidate>
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            isRequired
          />
          <TextField
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            isRequired
          />
          {codeAsked && <AuthenticationCodeField value={oneTimeCode} onChange={setOneTimeCode} />}
          <Button type="submit" variant="primary" isDisabled={loading} className="cc-login__submit">
            {loading ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
      </div>
    </main>
  );
}
