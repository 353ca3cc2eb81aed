import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, sessionStore } from '@carecircle/web/data-access';
import { Button, TextField } from '@carecircle/web/ui';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { loginMutation } from './login.mutation';
import { setupStatusQuery } from './setup.queries';
import './auth.css';

const END_MESSAGES = {
  'signed-out': 'You have signed out.',
  expired: 'Your session has ended. Please sign in again.',
} as const;

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
  const [endReason] = useState(() => sessionStore.getEndReason());
  const [login, { loading, error }] = useMutation(loginMutation);
  // A new installation has no organization and so no accounts: point to the one-time setup instead.
  const needsSetup = useQuery(setupStatusQuery, { fetchPolicy: 'network-only' }).data?.setupStatus.needsSetup === true;

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (data) {
        sessionStore.start(data.login);
        await navigate(returnPath(location.state), { replace: true });
      }
    } catch {
      // The hook's `error` carries the API's message; it is shown below.
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
            {END_MESSAGES[endReason]}
          </p>
        )}
        {error && (
          <p role="alert" className="cc-login__error">
            {errorMessage(error)}
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
          <Button type="submit" variant="primary" isDisabled={loading} className="cc-login__submit">
            {loading ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
      </div>
    </main>
  );
}
