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
              token: 'token-123',
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
    expect(sessionStore.getSession()).toMatchObject({ token: 'token-123', me: { displayName: 'Avery Chen', organizationTimeZone: 'America/Chicago' } });
  });

  it('offers the first-run setup only while no organization exists', async () => {
    renderLogin([], true);
    expect(await screen.findByRole('link', { name: 'Set up CareCircle' })).toHaveAttribute('href', '/setup');
  });
});
