import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore } from '@carecircle/web/data-access';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { loginMutation } from './login.mutation';
import { LoginPage } from './login-page';
import { setupStatusQuery } from './setup.queries';

function setupStatus(needsSetup: boolean): MockLink.MockedResponse {
  return { request: { query: setupStatusQuery }, result: { data: { setupStatus: { __typename: 'SetupStatus', needsSetup } } } };
}

const WRONG_CREDENTIALS = 'That email and password do not match an active CareCircle account.';

function loginRequest(email: string, password: string) {
  return { query: loginMutation, variables: { input: { email, password } } };
}

function renderLogin(mocks: MockLink.MockedResponse[], needsSetup = false) {
  return render(
    <MockedProvider mocks={[setupStatus(needsSetup), ...mocks]}>
      <MemoryRouter initialEntries={['/login']}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/" element={<p>Caseload home</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

afterEach(() => sessionStore.end('signed-out'));

describe('LoginPage', () => {
  it("shows the API's message in an alert and keeps the typed email when sign-in fails", async () => {
    const user = userEvent.setup();
    renderLogin([
      {
        request: loginRequest('counselor.avery@harborlight.example', 'not-the-password'),
        result: { errors: [new GraphQLError(WRONG_CREDENTIALS, { extensions: { code: ApiErrorCode.UNAUTHENTICATED } })] },
      },
    ]);

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to CareCircle' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'counselor.avery@harborlight.example');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(WRONG_CREDENTIALS);
    expect(screen.getByLabelText('Email')).toHaveValue('counselor.avery@harborlight.example');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(sessionStore.getSession()).toBeNull();
    // An organization exists (the status said so): no setup link.
    expect(screen.queryByRole('link', { name: 'Set up CareCircle' })).not.toBeInTheDocument();
  });

  it('tells the person how long to wait when sign-in is throttled', async () => {
    const user = userEvent.setup();
    renderLogin([
      {
        request: loginRequest('counselor.avery@harborlight.example', 'CareCircle-demo-2026'),
        result: {
          errors: [
            new GraphQLError('Too many sign-in attempts. Try again in 15 minutes.', {
              extensions: { code: ApiErrorCode.UNAUTHENTICATED, reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 841 },
            }),
          ],
        },
      },
    ]);

    await user.type(screen.getByLabelText('Email'), 'counselor.avery@harborlight.example');
    await user.type(screen.getByLabelText('Password'), 'CareCircle-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 15 minutes.');
    expect(screen.getByLabelText('Email')).toHaveValue('counselor.avery@harborlight.example');
    expect(sessionStore.getSession()).toBeNull();
  });

  it('stores the session and goes to the caseload when sign-in succeeds', async () => {
    const user = userEvent.setup();
    renderLogin([
      {
        request: loginRequest('counselor.avery@harborlight.example', 'CareCircle-demo-2026'),
        delay: 500, // long enough to see the in-flight state
        result: {
          data: {
            login: {
              __typename: 'AuthSession',
              inactivitySignOutMinutes: 15,
              expiresAt: '2999-01-01T00:00:00.000Z',
              me: {
                __typename: 'Me',
                id: 'u-1',
                displayName: 'Avery Chen',
                email: 'counselor.avery@harborlight.example',
                role: 'COUNSELOR',
                organizationName: 'Harborlight Recovery',
                organizationId: 'o-1',
                organizationTimeZone: 'America/Chicago',
                isPrivacyOfficer: false,
              },
            },
          },
        },
      },
    ]);

    await user.type(screen.getByLabelText('Email'), 'counselor.avery@harborlight.example');
    await user.type(screen.getByLabelText('Password'), 'CareCircle-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('button', { name: 'Signing in…' })).toBeDisabled();
    expect(await screen.findByText('Caseload home')).toBeInTheDocument();
    expect(sessionStore.getSession()).toMatchObject({ inactivitySignOutMinutes: 15, me: { displayName: 'Avery Chen', organizationTimeZone: 'America/Chicago' } });
    // The session itself is the API's httpOnly cookie: nothing secret is kept where scripts can read it.
    expect(sessionStorage.getItem('carecircle.session')).not.toMatch(/token/);
  });

  it('asks for the authentication code when the account uses two-factor sign-in, keeping the email and password', async () => {
    const user = userEvent.setup();
    const email = 'supervisor@harborlight.example';
    renderLogin([
      {
        request: loginRequest(email, 'CareCircle-demo-2026'),
        result: {
          errors: [
            new GraphQLError('Enter the 6-digit code from your authenticator app.', {
              extensions: { code: ApiErrorCode.UNAUTHENTICATED, reason: 'TWO_FACTOR_REQUIRED' },
            }),
          ],
        },
      },
      {
        request: { query: loginMutation, variables: { input: { email, password: 'CareCircle-demo-2026', oneTimeCode: '111111' } } },
        result: {
          errors: [new GraphQLError('That code is not correct or has been used.', { extensions: { code: ApiErrorCode.UNAUTHENTICATED, reason: 'TWO_FACTOR_INVALID' } })],
        },
      },
      {
        request: { query: loginMutation, variables: { input: { email, password: 'CareCircle-demo-2026', oneTimeCode: '482913' } } },
        result: {
          data: {
            login: {
              __typename: 'AuthSession',
              inactivitySignOutMinutes: 15,
              expiresAt: '2999-01-01T00:00:00.000Z',
              me: {
                __typename: 'Me',
                id: 'u-2',
                displayName: 'Jordan Okafor-Reyes',
                email,
                role: 'SUPERVISOR',
                organizationName: 'Harborlight Recovery',
                organizationId: 'o-1',
                organizationTimeZone: 'America/Chicago',
                twoFactorEnrolmentRequired: false,
                isPrivacyOfficer: false,
              },
            },
          },
        },
      },
    ]);

    await user.type(screen.getByLabelText('Email'), email);
    await user.type(screen.getByLabelText('Password'), 'CareCircle-demo-2026');
    expect(screen.queryByLabelText(/Authentication code/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const code = await screen.findByLabelText(/Authentication code/);
    expect(code).toHaveAccessibleDescription(expect.stringContaining('or a recovery code'));
    expect(screen.getByLabelText('Email')).toHaveValue(email);
    expect(screen.getByLabelText('Password')).toHaveValue('CareCircle-demo-2026');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.type(code, '111111');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not correct');
    expect(sessionStore.getSession()).toBeNull();

    await user.type(screen.getByLabelText(/Authentication code/), '482913');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Caseload home')).toBeInTheDocument();
    expect(sessionStore.getSession()?.me.displayName).toBe('Jordan Okafor-Reyes');
  });

  it('offers the first-run setup only while no organization exists', async () => {
    renderLogin([], true);
    expect(await screen.findByRole('link', { name: 'Set up CareCircle' })).toHaveAttribute('href', '/setup');
  });
});
