import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore } from '@carecircle/web/data-access';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { FirstRunSetupPage, browserTimeZone } from './first-run-setup-page';
import { setUpOrganizationMutation, setupStatusQuery } from './setup.queries';

const PASSWORD = 'a long synthetic passphrase 42';

function status(needsSetup: boolean): MockLink.MockedResponse {
  return { request: { query: setupStatusQuery }, result: { data: { setupStatus: { __typename: 'SetupStatus', needsSetup } } } };
}

const input = {
  organizationName: 'Harbor Light Recovery',
  timeZone: 'America/Chicago',
  adminName: 'Robin Admin',
  adminEmail: 'robin@harbor.example',
  password: PASSWORD,
};

const session = {
  __typename: 'AuthSession' as const,
  inactivitySignOutMinutes: 15,
  expiresAt: '2999-01-01T00:00:00.000Z',
  me: {
    __typename: 'Me' as const,
    id: 'admin-1',
    displayName: 'Robin Admin',
    email: 'robin@harbor.example',
    role: 'ADMIN',
    organizationName: 'Harbor Light Recovery',
    organizationId: 'org-1',
    organizationTimeZone: 'America/Chicago',
    isPrivacyOfficer: false,
  },
};

function renderSetup(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/setup']}>
        <Routes>
          <Route path="/setup" element={<FirstRunSetupPage />} />
          <Route path="/" element={<p>Administration home</p>} />
          <Route path="/login" element={<p>Sign-in page</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, values: Partial<typeof input> & { confirm?: string } = {}) {
  const v = { ...input, ...values };
  await user.type(await screen.findByLabelText('Organization name'), v.organizationName);
  await user.selectOptions(screen.getByLabelText('Time zone'), v.timeZone);
  await user.type(screen.getByLabelText('Your name'), v.adminName);
  await user.type(screen.getByLabelText('Email'), v.adminEmail);
  await user.type(screen.getByLabelText('Password'), v.password);
  await user.type(screen.getByLabelText('Confirm password'), values.confirm ?? v.password);
}

afterEach(() => sessionStore.end('signed-out'));

describe('FirstRunSetupPage', () => {
  it("offers the IANA zones with the browser's zone chosen, creates the organization, signs the admin in and goes home", async () => {
    const user = userEvent.setup();
    renderSetup([status(true), { request: { query: setUpOrganizationMutation, variables: { input } }, result: { data: { setUpOrganization: session } } }]);

    expect(screen.getByRole('heading', { level: 1, name: 'Set up CareCircle' })).toBeInTheDocument();
    const zone = (await screen.findByLabelText('Time zone')) as HTMLSelectElement;
    expect(zone.value).toBe(browserTimeZone());
    expect([...zone.options].map((o) => o.value)).toEqual(expect.arrayContaining(['UTC', 'America/Chicago', 'Pacific/Kiritimati']));
    expect(screen.getByRole('option', { name: 'America/Los Angeles' })).toBeInTheDocument();

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('Administration home')).toBeInTheDocument();
    expect(sessionStore.getSession()).toMatchObject({ inactivitySignOutMinutes: 15, me: { role: 'ADMIN', organizationTimeZone: 'America/Chicago' } });
  });

  it('checks the password policy and the confirmation before sending anything', async () => {
    const user = userEvent.setup();
    renderSetup([status(true)]);
    await fillIn(user, { password: 'short', confirm: 'different' });
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('The two passwords do not match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('Use at least 12 characters.'));
    expect(screen.getByLabelText('Organization name')).toHaveValue('Harbor Light Recovery');
    expect(sessionStore.getSession()).toBeNull();
  });

  it("puts the server's refusal on the field it names and keeps what was typed", async () => {
    const user = userEvent.setup();
    const refusal = new GraphQLError('Please correct the input.', {
      extensions: {
        code: ApiErrorCode.BAD_USER_INPUT,
        reason: 'WEAK_PASSWORD',
        problems: [{ field: 'password', problem: 'That password is on the list of most common passwords; choose another.' }],
      },
    });
    renderSetup([status(true), { request: { query: setUpOrganizationMutation, variables: { input } }, result: { errors: [refusal] } }]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('That password is on the list of most common passwords; choose another.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Your name')).toHaveValue('Robin Admin');
    expect(screen.getByLabelText('Time zone')).toHaveValue('America/Chicago');
  });

  it('says CareCircle is already set up, with a link to sign in, once an organization exists', async () => {
    renderSetup([status(false)]);
    expect(await screen.findByText('CareCircle is already set up.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.queryByLabelText('Organization name')).not.toBeInTheDocument();
  });

  it('switches to "already set up" when someone else finished the setup first', async () => {
    const user = userEvent.setup();
    const conflict = new GraphQLError('CareCircle is already set up; sign in instead.', {
      extensions: { code: ApiErrorCode.CONFLICT, reason: 'ALREADY_SET_UP' },
    });
    renderSetup([status(true), { request: { query: setUpOrganizationMutation, variables: { input } }, result: { errors: [conflict] } }]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('CareCircle is already set up.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(sessionStore.getSession()).toBeNull();
  });
});
