import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type StaffRole } from '@carecircle/web/data-access';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { assignCareTeamMemberMutation, careTeamPickerQuery, clientCareTeamQuery } from './care-team.queries';
import { CareTeamSection } from './care-team-section';

const CLIENT_ID = 'c-1';
const today = new Date(2026, 10, 29);
const staff = (id: string, displayName: string) => ({ __typename: 'StaffMember', id, displayName });
const jordan = staff('s-jordan', 'Jordan Reyes');
const robin = staff('s-robin', 'Robin Lee');
const pat = staff('s-pat', 'Pat Peer');

const careTeam = (counselor: typeof jordan, since: string, history: unknown[]) => ({
  request: { query: clientCareTeamQuery, variables: { id: CLIENT_ID } },
  result: {
    data: {
      client: {
        __typename: 'Client',
        id: CLIENT_ID,
        status: 'ACTIVE',
        admissionDate: '2026-09-01',
        program: { __typename: 'Program', id: 'p-1', name: 'Intensive Outpatient' },
        careTeam: [{ __typename: 'CareTeamMember', role: 'COUNSELOR', startedOn: since, staff: counselor }],
        careTeamHistory: history,
      },
    },
  },
});
const before = careTeam(jordan, '2026-09-01', [{ __typename: 'CareTeamMember', role: 'COUNSELOR', startedOn: '2026-09-01', endedOn: null, staff: jordan }]);
const after = careTeam(robin, '2026-11-29', [
  { __typename: 'CareTeamMember', role: 'COUNSELOR', startedOn: '2026-11-29', endedOn: null, staff: robin },
  { __typename: 'CareTeamMember', role: 'COUNSELOR', startedOn: '2026-09-01', endedOn: '2026-11-29', staff: jordan },
]);
const picker: MockLink.MockedResponse = {
  request: { query: careTeamPickerQuery },
  result: {
    data: {
      careTeamCandidates: [
        { ...jordan, role: 'COUNSELOR' },
        { ...robin, role: 'COUNSELOR' },
        { ...pat, role: 'PEER_SUPPORT' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const assignRequest = {
  query: assignCareTeamMemberMutation,
  variables: { input: { clientId: CLIENT_ID, role: 'COUNSELOR', staffUserId: robin.id, effectiveOn: '2026-11-29' } },
};

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-sup', displayName: 'Sam Supervisor', email: 's@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  } as never);
}

function renderSection(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <CareTeamSection clientId={CLIENT_ID} clientName="Jo" today={today} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

afterEach(() => {
  cleanup();
  sessionStore.end('signed-out');
});

describe('CareTeamSection', () => {
  it('shows the current team and the history, without change buttons for a counselor', async () => {
    signInAs('COUNSELOR');
    renderSection([after]);
    const section = await screen.findByRole('region', { name: 'Care team' });
    expect(within(section).getByText(/Robin Lee \(since Nov 29, 2026\)/)).toBeInTheDocument();
    const history = within(section).getByRole('grid', { name: 'Care team history' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td, th')].map((c) => c.textContent))).toEqual([
      ['Robin Lee', 'Counselor', 'Nov 29, 2026', 'Now'],
      ['Jordan Reyes', 'Counselor', 'Sep 1, 2026', 'Nov 29, 2026'],
    ]);
    expect(within(section).queryByRole('button', { name: 'Change counselor' })).not.toBeInTheDocument();
  });

  it("puts the server's refusal on the counselor field and keeps the choice", async () => {
    signInAs('SUPERVISOR');
    renderSection([
      before,
      picker,
      {
        request: assignRequest,
        result: {
          errors: [
            new GraphQLError('Please correct the input: Robin Lee is not on your team.', {
              extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason: 'NOT_ON_YOUR_TEAM', problems: [{ field: 'staffUserId', problem: 'Robin Lee is not on your team' }] },
            }),
          ],
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Change counselor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change counselor' });
    const select = within(dialog).getByRole('combobox', { name: /Counselor/ });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a counselor', 'Sam Supervisor (you)', 'Robin Lee']));
    expect(within(dialog).getByLabelText('Effective date')).toHaveValue('2026-11-29');
    await userEvent.selectOptions(select, robin.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save assignment' }));
    expect(await within(dialog).findByText('Robin Lee is not on your team')).toBeInTheDocument();
    expect(select).toHaveValue(robin.id);
    expect(select).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves the assignment, closes and shows the new counselor and the ended one', async () => {
    signInAs('SUPERVISOR');
    renderSection([
      before,
      picker,
      {
        request: assignRequest,
        result: {
          data: {
            assignCareTeamMember: {
              __typename: 'Client',
              id: CLIENT_ID,
              careTeam: [{ __typename: 'CareTeamMember', role: 'COUNSELOR', startedOn: '2026-11-29', staff: robin }],
            },
          },
        },
      },
      after,
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Change counselor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change counselor' });
    const select = within(dialog).getByRole('combobox', { name: /Counselor/ });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await userEvent.selectOptions(select, robin.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save assignment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const history = await screen.findByRole('grid', { name: 'Care team history' });
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
    expect(screen.getByRole('button', { name: 'Assign peer worker' })).toBeInTheDocument();
  });

  it('refuses a date beyond 90 days on the field, before asking the server', async () => {
    signInAs('SUPERVISOR');
    renderSection([before, picker]);
    await userEvent.click(await screen.findByRole('button', { name: 'Change counselor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change counselor' });
    const select = within(dialog).getByRole('combobox', { name: /Counselor/ });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await userEvent.selectOptions(select, robin.id);
    const date = within(dialog).getByLabelText('Effective date');
    await userEvent.clear(date);
    await userEvent.type(date, '2027-03-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save assignment' }));
    expect(await within(dialog).findByText(/at most 90 days ahead/)).toBeInTheDocument();
  });
});
