import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore } from '@carecircle/web/data-access';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AccountSetupPage, LINK_INVALID_TEXT, accountSetupLinkQuery, completeAccountSetupMutation } from './account-setup-page';

const EMAIL = 'riley.quinn@harborlight.example';
const GOOD_PASSWORD = 'a long river of quiet evenings';

const linkResult: MockLink.MockedResponse = {
  request: { query: accountSetupLinkQuery, variables: { token: 'tok-123' } },
  result: {
    data: {
      accountSetupLink: { __typename: 'AccountSetupLink', displayName: 'Riley Quinn', email: EMAIL, purpose: 'INVITE', expiresAt: '2999-01-01T00:00:00.000Z' },
    },
  },
};

function renderPage(mocks: MockLink.MockedResponse[], token = 'tok-123') {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/account-setup/${token}`]}>
        <Routes>
          <Route path="/account-setup/:token" element={<AccountSetupPage />} />
          <Route path="/" element={<p>Home page</p>} />
          <Route path="/login" element={<p>Sign-in page</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

afterEach(() => sessionStore.end('signed-out'));

describe('AccountSetupPage', () => {
  it('checks the password policy as it is typed, then signs the person in and goes home', async () => {
    const user = userEvent.setup();
    renderPage([
      linkResult,
      {
        request: { query: completeAccountSetupMutation, variables: { input: { token: 'tok-123', password: GOOD_PASSWORD } } },
        result: {
          data: {
            completeAccountSetup: {
              __typename: 'AuthSession',
              inactivitySignOutMinutes: 15,
              expiresAt: '2999-01-01T00:00:00.000Z',
              me: {
                __typename: 'Me',
                id: 's-new',
                displayName: 'Riley Quinn',
                email: EMAIL,
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

    expect(screen.getByRole('heading', { level: 1, name: 'Set your password' })).toBeInTheDocument();
    expect((await screen.findByText('Riley Quinn')).closest('p')).toHaveTextContent(`Welcome to CareCircle, Riley Quinn (${EMAIL}).`);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    expect(screen.getByText(/At least 12 characters/)).toBeInTheDocument();

    await user.type(password, 'short');
    expect(screen.getByText('Use at least 12 characters.')).toBeInTheDocument();
    await user.clear(password);
    await user.type(password, EMAIL);
    expect(screen.getByText('Do not use your email address as your password.')).toBeInTheDocument();
    await user.clear(password);
    await user.type(password, GOOD_PASSWORD);
    expect(screen.getByText('This password meets the policy.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Confirm password'), 'a long river of quiet evening');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('The two passwords do not match.')).toBeInTheDocument();
    expect(sessionStore.getSession()).toBeNull();

    await user.type(screen.getByLabelText('Confirm password'), 's');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('Home page')).toBeInTheDocument();
    expect(sessionStore.getSession()).toMatchObject({ inactivitySignOutMinutes: 15, me: { id: 's-new', email: EMAIL } });
  });

  it('says plainly when the link is used, replaced or expired, and offers sign-in', async () => {
    renderPage([
      {
        request: { query: accountSetupLinkQuery, variables: { token: 'spent' } },
        result: { errors: [new GraphQLError(LINK_INVALID_TEXT, { extensions: { code: ApiErrorCode.CONFLICT, reason: 'LINK_INVALID' } })] },
      },
    ], 'spent');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is no longer valid. Ask your administrator for a new one.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('shows the refusal when the link stops working between opening the page and setting the password', async () => {
    const user = userEvent.setup();
    renderPage([
      linkResult,
      {
        request: { query: completeAccountSetupMutation, variables: { input: { token: 'tok-123', password: GOOD_PASSWORD } } },
        result: { errors: [new GraphQLError(LINK_INVALID_TEXT, { extensions: { code: ApiErrorCode.CONFLICT, reason: 'LINK_INVALID' } })] },
      },
    ]);
    await user.type(await screen.findByLabelText('Password'), GOOD_PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), GOOD_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText(LINK_INVALID_TEXT)).toBeInTheDocument();
    expect(sessionStore.getSession()).toBeNull();
  });
});
