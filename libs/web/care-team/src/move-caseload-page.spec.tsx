import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore } from '@carecircle/web/data-access';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { careTeamPickerQuery, caseloadBalanceQuery, caseloadOfQuery, moveCaseloadMutation } from './care-team.queries';
import { MoveCaseloadPage } from './move-caseload-page';

const LEAVER = 's-leaver';
const today = new Date(2026, 10, 29);
const forever = { maxUsageCount: Number.POSITIVE_INFINITY };

const client = (id: string, firstName: string, lastName: string, severities: string[]) => ({
  __typename: 'Client',
  id,
  firstName,
  lastName,
  preferredName: null,
  levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
  riskFlags: severities.map((severity) => ({ __typename: 'RiskFlag', code: 'NO_RECENT_CHECK_IN', severity })),
});

const caseloadOf: MockLink.MockedResponse = {
  request: { query: caseloadOfQuery, variables: { staffId: LEAVER } },
  result: { data: { caseloadOf: [client('c-a', 'Ann', 'Bell', ['URGENT']), client('c-b', 'Bo', 'Cruz', ['WARNING']), client('c-c', 'Cy', 'Diaz', [])] } },
  ...forever,
};
const person = (id: string, displayName: string, active: boolean) => ({ __typename: 'CaseloadPerson', id, displayName, role: 'COUNSELOR', active });
const balance: MockLink.MockedResponse = {
  request: { query: caseloadBalanceQuery },
  result: {
    data: {
      caseloadBalance: {
        __typename: 'CaseloadBalance',
        rows: [
          { __typename: 'CaseloadBalanceRow', staff: person(LEAVER, 'Dee Gone', false), role: 'COUNSELOR', clients: 3, urgent: 1, warning: 1, overloaded: false, byLevelOfCare: [] },
          { __typename: 'CaseloadBalanceRow', staff: person('s-robin', 'Robin Lee', true), role: 'COUNSELOR', clients: 2, urgent: 0, warning: 0, overloaded: false, byLevelOfCare: [] },
        ],
        needsReassignment: [],
      },
      programs: [],
    },
  },
  ...forever,
};
const picker: MockLink.MockedResponse = {
  request: { query: careTeamPickerQuery },
  result: {
    data: {
      careTeamCandidates: [
        { __typename: 'StaffMember', id: 's-robin', displayName: 'Robin Lee', role: 'COUNSELOR' },
        { __typename: 'StaffMember', id: 's-sam', displayName: 'Sam Ortiz', role: 'COUNSELOR' },
        { __typename: 'StaffMember', id: 's-pat', displayName: 'Pat Peer', role: 'PEER_SUPPORT' },
      ],
    },
  },
  ...forever,
};
const moveRequest = {
  query: moveCaseloadMutation,
  variables: {
    input: {
      fromStaffId: LEAVER,
      effectiveOn: '2026-11-29',
      moves: [
        { clientId: 'c-a', toStaffId: 's-robin' },
        { clientId: 'c-c', toStaffId: 's-sam' },
      ],
    },
  },
};

function StatusProbe() {
  const state = useLocation().state as { status?: string } | null;
  return <p role="status">{state?.status}</p>;
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-sup', displayName: 'Sam Supervisor', email: 's@example.org', role: 'SUPERVISOR', organizationId: 'o', organizationName: 'Harbor' },
  } as never);
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/team/move/${LEAVER}`]}>
        <Routes>
          <Route path="/team/move/:staffId" element={<MoveCaseloadPage today={today} />} />
          <Route path="/team" element={<StatusProbe />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** Every client checked; all to Robin, then Bo stays and Cy goes to Sam. */
async function chooseMoves() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Move caseload of Dee Gone' })).toBeInTheDocument();
  const ann = await screen.findByRole('checkbox', { name: 'Move Ann Bell' });
  expect(ann).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Move Cy Diaz' })).toBeChecked();
  const all = screen.getByRole('combobox', { name: 'Move all selected to' });
  await waitFor(() => expect(within(all).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a counselor', 'Sam Supervisor (you)', 'Robin Lee', 'Sam Ortiz']));
  await userEvent.selectOptions(all, 's-robin');
  expect(screen.getByRole('combobox', { name: 'New counselor for Bo Cruz' })).toHaveValue('s-robin');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Move Bo Cruz' }));
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'New counselor for Cy Diaz' }), 's-sam');
  expect(screen.getByLabelText('Effective date')).toHaveValue('2026-11-29');
  await userEvent.click(screen.getByRole('button', { name: 'Preview move' }));
}

afterEach(() => {
  cleanup();
  sessionStore.end('signed-out');
});

describe('MoveCaseloadPage', () => {
  it('previews who goes where, per destination, before anything moves', async () => {
    renderPage([caseloadOf, balance, picker]);
    await chooseMoves();
    expect(await screen.findByText('2 clients will move: 1 to Robin Lee (Ann Bell); 1 to Sam Ortiz (Cy Diaz).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move clients' })).toBeInTheDocument();
  });

  it('asks for a destination for every client still selected', async () => {
    renderPage([caseloadOf, balance, picker]);
    await screen.findByRole('checkbox', { name: 'Move Ann Bell' });
    await userEvent.click(screen.getByRole('button', { name: 'Preview move' }));
    expect(await screen.findByText('Choose a new counselor for Ann Bell')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move clients' })).not.toBeInTheDocument();
  });

  it("shows a refused move on that client's row and says nobody moved", async () => {
    renderPage([
      caseloadOf,
      balance,
      picker,
      {
        request: moveRequest,
        result: {
          errors: [
            new GraphQLError('Please correct the input: Sam Ortiz is deactivated and cannot take on clients.', {
              extensions: {
                code: ApiErrorCode.BAD_USER_INPUT,
                problems: [{ field: 'moves.1.toStaffId', problem: 'Sam Ortiz is deactivated and cannot take on clients' }],
              },
            }),
          ],
        },
      },
    ]);
    await chooseMoves();
    await userEvent.click(await screen.findByRole('button', { name: 'Move clients' }));
    expect(await screen.findByText('Sam Ortiz is deactivated and cannot take on clients')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'New counselor for Cy Diaz' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'New counselor for Ann Bell' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Nobody was moved.');
    expect(screen.getByRole('combobox', { name: 'New counselor for Cy Diaz' })).toHaveValue('s-sam');
  });

  it('moves the clients and goes back to the team page saying how many moved', async () => {
    renderPage([caseloadOf, balance, picker, { request: moveRequest, result: { data: { moveCaseload: 2 } } }]);
    await chooseMoves();
    await userEvent.click(await screen.findByRole('button', { name: 'Move clients' }));
    expect(await screen.findByText('Moved 2 clients.')).toBeInTheDocument();
  });
});
