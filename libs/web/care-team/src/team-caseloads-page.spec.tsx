import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { caseloadBalanceQuery } from './care-team.queries';
import { TeamCaseloadsPage } from './team-caseloads-page';

const person = (id: string, displayName: string, role: string, active = true) => ({ __typename: 'CaseloadPerson', id, displayName, role, active });
const row = (staff: ReturnType<typeof person>, role: string, clients: number, urgent: number, warning: number, overloaded = false) => ({
  __typename: 'CaseloadBalanceRow',
  staff,
  role,
  clients,
  urgent,
  warning,
  overloaded,
  byLevelOfCare: clients
    ? [
        { __typename: 'LevelOfCareCount', levelOfCare: 'INTENSIVE_OUTPATIENT_2_1', clients: clients - 1 },
        { __typename: 'LevelOfCareCount', levelOfCare: 'HIGH_INTENSITY_RESIDENTIAL_3_5', clients: 1 },
      ]
    : [],
});

const balance: MockLink.MockedResponse = {
  request: { query: caseloadBalanceQuery },
  result: {
    data: {
      caseloadBalance: {
        __typename: 'CaseloadBalance',
        rows: [
          row(person('s-beth', 'Beth Busy', 'COUNSELOR'), 'COUNSELOR', 9, 2, 3, true),
          row(person('s-cory', 'Cory Quiet', 'COUNSELOR'), 'COUNSELOR', 0, 0, 0),
          row(person('s-dee', 'Dee Gone', 'COUNSELOR', false), 'COUNSELOR', 2, 0, 1),
          row(person('s-pat', 'Pat Peer', 'PEER_SUPPORT'), 'PEER_SUPPORT', 4, 1, 0),
        ],
        needsReassignment: [
          {
            __typename: 'ReassignmentNeeded',
            clientId: 'c-1',
            firstName: 'Gale',
            lastName: 'Orphaned',
            role: 'COUNSELOR',
            staff: { __typename: 'CaseloadPerson', id: 's-dee', displayName: 'Dee Gone' },
          },
        ],
      },
      programs: [{ __typename: 'Program', id: 'p-1', name: 'Intensive Outpatient' }],
    },
  },
};

afterEach(cleanup);

describe('TeamCaseloadsPage', () => {
  it('shows the balance as a table with acuity, overload in words, and the ways to act on it', async () => {
    render(
      <MockedProvider mocks={[balance]}>
        <MemoryRouter>
          <TeamCaseloadsPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Team caseloads' })).toBeInTheDocument();
    const table = await screen.findByRole('grid', { name: 'Caseload balance' });
    const beth = within(table).getByRole('row', { name: /Beth Busy/ });
    expect([...beth.querySelectorAll('td, th')].map((c) => c.textContent)).toEqual([
      'Beth Busy Overloaded',
      'Counselor',
      '9',
      '2',
      '3',
      'ASAM 2.1: 8 · ASAM 3.5: 1',
      'Move caseload of Beth Busy',
    ]);
    expect(within(table).getByRole('row', { name: /Dee Gone \(deactivated\)/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Pat Peer/ })).toHaveTextContent('Peer worker');
    expect(screen.getByRole('link', { name: 'Move caseload of Beth Busy' })).toHaveAttribute('href', '/team/move/s-beth');
    expect(screen.queryByRole('link', { name: 'Move caseload of Cory Quiet' })).not.toBeInTheDocument();

    const chart = screen.getByRole('figure', { name: 'Clients per person by acuity' });
    expect(chart).toHaveTextContent('Overloaded: Beth Busy.');

    const reassign = screen.getByRole('heading', { level: 2, name: 'Needs reassignment' }).closest('section')!;
    expect(within(reassign).getByRole('link', { name: 'Gale Orphaned' })).toHaveAttribute('href', '/clients/c-1');
    expect(reassign).toHaveTextContent('counselor Dee Gone is deactivated');

    expect(screen.getByRole('link', { name: 'Risk thresholds for Intensive Outpatient' })).toHaveAttribute('href', '/programs/p-1/risk-thresholds');
  });
});
