import { MockedProvider } from '@apollo/client/testing/react';
import { sessionStore } from '@carecircle/web/data-access';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { TwoFactorSetupPage } from './two-factor-setup-page';
import { beginTwoFactorEnrolmentMutation, confirmTwoFactorEnrolmentMutation, twoFactorStatusQuery } from './two-factor.queries';

const me = {
  __typename: 'Me',
  id: 'u-2',
  displayName: 'Jordan Okafor-Reyes',
  email: 'supervisor@harborlight.example',
  role: 'SUPERVISOR',
  organizationName: 'Harborlight Recovery',
  organizationId: 'o-1',
  organizationTimeZone: 'America/Chicago',
  twoFactorEnrolmentRequired: false,
  isPrivacyOfficer: false,
};
const codes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jk${String(i).padStart(2, '0')}`);

afterEach(() => sessionStore.end('signed-out'));

describe('TwoFactorSetupPage', () => {
  it('shows the QR code and the key, turns two-factor sign-in on with a code, then shows the recovery codes once', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: twoFactorStatusQuery },
            result: { data: { twoFactorStatus: { __typename: 'TwoFactorStatus', enabled: false, enabledAt: null, required: true, recoveryCodesLeft: 0 } } },
          },
          {
            request: { query: beginTwoFactorEnrolmentMutation },
            result: {
              data: { beginTwoFactorEnrolment: { __typename: 'TwoFactorEnrolment', secret: 'ABCDEFGHIJKLMNOP', qrCodeDataUrl: 'data:image/png;base64,AAAA' } },
            },
          },
          {
            request: { query: confirmTwoFactorEnrolmentMutation, variables: { input: { code: '123456' } } },
            result: {
              data: {
                confirmTwoFactorEnrolment: {
                  __typename: 'TwoFactorConfirmation',
                  recoveryCodes: codes,
                  session: { __typename: 'AuthSession', expiresAt: '2999-01-01T00:00:00.000Z', inactivitySignOutMinutes: 15, me },
                },
              },
            },
          },
        ]}
      >
        <MemoryRouter initialEntries={['/two-factor/setup']}>
          <Routes>
            <Route path="/two-factor/setup" element={<TwoFactorSetupPage />} />
            <Route path="/" element={<p>Home</p>} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Set up two-factor sign-in' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /QR code/ })).toHaveAttribute('src', 'data:image/png;base64,AAAA');
    expect(screen.getByText(/Can't scan\? Enter this key:/)).toHaveTextContent('ABCD EFGH IJKL MNOP');

    await user.type(screen.getByLabelText(/Authentication code/), '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));

    expect(await screen.findByRole('heading', { name: 'Your recovery codes' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((item) => item.textContent?.startsWith('abcd-'))).toHaveLength(10);
    // The full session replaced the setup-only one.
    expect(sessionStore.getSession()?.me.id).toBe('u-2');
    await user.click(screen.getByRole('button', { name: 'I have saved these codes' }));
    expect(await screen.findByText('Home')).toBeInTheDocument();
  });
});
