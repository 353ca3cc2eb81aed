import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { sessionStore, type StaffRole } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { EmergencyAccessPage } from './emergency-access-page';
import { findClientForEmergencyQuery, recentEmergencyAccessesQuery, requestEmergencyAccessMutation } from './emergency-access.queries';

const access = {
  __typename: 'EmergencyAccess',
  id: 'ea-1',
  clientId: 'c-1',
  clientName: 'Dana Okafor',
  staffName: 'Avery Chen',
  natureOfEmergency: 'Unresponsive in the lobby, EMS called',
  recipientName: null,
  recipientAffiliation: null,
  grantedAt: '2026-11-29T15:00:00.000Z',
  expiresAt: '2026-11-29T16:00:00.000Z',
};

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Avery Chen', email: 'a@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  });
}

const recent = (items: unknown[]): MockLink.MockedResponse => ({
  request: { query: recentEmergencyAccessesQuery },
  result: { data: { recentEmergencyAccesses: items } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/emergency-access']}>
        <Routes>
          <Route path="/emergency-access" element={<EmergencyAccessPage />} />
          <Route path="/clients/:clientId" element={<p>Record page</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

afterEach(() => sessionStore.end('signed-out'));

describe('EmergencyAccessPage', () => {
  it('finds a client by last name and date of birth, asks the nature of the emergency, and opens the record', async () => {
    signInAs('COUNSELOR');
    const user = userEvent.setup();
    renderPage([
      recent([]),
      {
        request: { query: findClientForEmergencyQuery, variables: { lastName: 'Okafor', dateOfBirth: '1988-02-14' } },
        result: {
          data: {
            findClientForEmergency: [{ __typename: 'EmergencyClientMatch', id: 'c-1', firstName: 'Dana', lastName: 'Okafor', dateOfBirth: '1988-02-14', restricted: true }],
          },
        },
      },
      {
        request: {
          query: requestEmergencyAccessMutation,
          variables: { clientId: 'c-1', natureOfEmergency: 'Unresponsive in the lobby, EMS called', recipientName: null, recipientAffiliation: null },
        },
        result: { data: { requestEmergencyAccess: access } },
      },
    ]);

    await user.type(screen.getByLabelText('Last name'), 'Okafor');
    await user.type(screen.getByLabelText('Date of birth'), '1988-02-14');
    await user.click(screen.getByRole('button', { name: 'Find client' }));

    const dialog = await screen.findByRole('dialog', { name: 'Emergency access to Dana Okafor' });
    expect(within(dialog).getByText(/lasts 60 minutes/)).toBeTruthy();
    // The nature of the emergency is required: nothing is sent without it.
    await user.click(within(dialog).getByRole('button', { name: 'Open record in an emergency' }));
    expect(await within(dialog).findByText('Nature of the emergency is required')).toBeTruthy();

    await user.type(within(dialog).getByLabelText('Nature of the emergency'), 'Unresponsive in the lobby, EMS called');
    await user.click(within(dialog).getByRole('button', { name: 'Open record in an emergency' }));
    expect(await screen.findByText('Record page')).toBeTruthy();
  });

  it('says so when nobody matches exactly', async () => {
    signInAs('SUPERVISOR');
    const user = userEvent.setup();
    renderPage([
      recent([]),
      {
        request: { query: findClientForEmergencyQuery, variables: { lastName: 'Nobody', dateOfBirth: '1990-01-01' } },
        result: { data: { findClientForEmergency: [] } },
      },
    ]);
    await user.type(screen.getByLabelText('Last name'), 'Nobody');
    await user.type(screen.getByLabelText('Date of birth'), '1990-01-01');
    await user.click(screen.getByRole('button', { name: 'Find client' }));
    expect(await screen.findByText('No client with this last name and date of birth')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists recent emergency accesses for a supervisor, with who, whom and why', async () => {
    signInAs('SUPERVISOR');
    renderPage([recent([access])]);
    const list = await screen.findByRole('region', { name: 'Recent emergency accesses' });
    expect(await within(list).findByText('Dana Okafor')).toBeTruthy();
    expect(within(list).getByText('Avery Chen')).toBeTruthy();
    expect(within(list).getByText('Unresponsive in the lobby, EMS called')).toBeTruthy();
  });

  it('offers no look-up to a peer support worker', async () => {
    signInAs('PEER_SUPPORT');
    renderPage([recent([])]);
    expect(screen.queryByRole('button', { name: 'Find client' })).toBeNull();
  });
});
