import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore } from '@carecircle/web/data-access';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { OrganizationSettingsPage, organizationSettingsQuery, updateOrganizationSettingsMutation } from './organization-settings-page';

const current = { __typename: 'OrganizationSettings' as const, id: 'org-1', name: 'Harbor Light Recovery', timeZone: 'UTC', inactivitySignOutMinutes: 15, requireTwoFactorForEveryone: false };
const load: MockLink.MockedResponse = { request: { query: organizationSettingsQuery }, result: { data: { organizationSettings: current } } };

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[load, ...mocks]}>
      <MemoryRouter>
        <OrganizationSettingsPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

beforeEach(() =>
  sessionStore.start({
    token: 'token-admin',
    expiresAt: '2999-01-01T00:00:00.000Z',
    me: { id: 'admin-1', displayName: 'Robin Admin', email: 'robin@harbor.example', role: 'ADMIN', organizationId: 'org-1', organizationName: 'Harbor Light Recovery', organizationTimeZone: 'UTC' },
  }),
);
afterEach(() => sessionStore.end('signed-out'));

describe('OrganizationSettingsPage', () => {
  it('shows the current name and zone, saves a change, says so, and the session follows the new zone', async () => {
    const user = userEvent.setup();
    const input = { name: 'Harbor Light North', timeZone: 'America/Los_Angeles', inactivitySignOutMinutes: 20, requireTwoFactorForEveryone: false };
    renderPage([
      {
        request: { query: updateOrganizationSettingsMutation, variables: { input } },
        result: { data: { updateOrganizationSettings: { ...current, ...input } } },
      },
    ]);

    expect(screen.getByRole('heading', { level: 1, name: 'Organization settings' })).toBeInTheDocument();
    const name = await screen.findByLabelText('Organization name');
    expect(name).toHaveValue('Harbor Light Recovery');
    expect(screen.getByLabelText('Time zone')).toHaveValue('UTC');

    await user.clear(name);
    await user.type(name, 'Harbor Light North');
    await user.selectOptions(screen.getByLabelText('Time zone'), 'America/Los_Angeles');
    const idle = screen.getByLabelText('Sign out after inactivity (minutes)');
    expect(idle).toHaveValue(15);
    await user.clear(idle);
    await user.type(idle, '20');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(sessionStore.getSession()?.me).toMatchObject({ organizationName: 'Harbor Light North', organizationTimeZone: 'America/Los_Angeles' });
  });

  it("refuses an empty name before sending, and shows the server's refusal on its field, keeping what was typed", async () => {
    const user = userEvent.setup();
    const input = { name: 'Renamed', timeZone: 'Europe/Berlin', inactivitySignOutMinutes: 15, requireTwoFactorForEveryone: false };
    const refusal = new GraphQLError('Please correct the input.', {
      extensions: { code: ApiErrorCode.BAD_USER_INPUT, problems: [{ field: 'timeZone', problem: 'timeZone must be an IANA time zone such as America/Chicago or UTC' }] },
    });
    renderPage([{ request: { query: updateOrganizationSettingsMutation, variables: { input } }, result: { errors: [refusal] } }]);

    const name = await screen.findByLabelText('Organization name');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Organization name is required')).toBeInTheDocument();

    await user.type(name, 'Renamed');
    await user.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Must be an IANA time zone such as America/Chicago or UTC')).toBeInTheDocument();
    expect(screen.getByLabelText('Time zone')).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('Renamed');
    expect(screen.queryByText('Settings saved.')).not.toBeInTheDocument();
    expect(sessionStore.getSession()?.me.organizationTimeZone).toBe('UTC');
  });

  it('refuses an inactivity limit outside 5 to 60 minutes before sending', async () => {
    const user = userEvent.setup();
    renderPage([]);

    const idle = await screen.findByLabelText('Sign out after inactivity (minutes)');
    await user.clear(idle);
    await user.type(idle, '90');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('At most 60 minutes')).toBeInTheDocument();
    expect(idle).toHaveValue(90);
  });
});
