import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { CaseloadClientsQuery, StaffRole } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseloadClientsQuery } from './caseload-clients.query';
import { CaseloadPage } from './caseload-page';

type Client = CaseloadClientsQuery['clients']['items'][number];

const openClientsRequest = {
  query: caseloadClientsQuery,
  variables: { filter: { statuses: ['ACTIVE', 'ON_HOLD'] }, offset: 0, limit: 50 },
};

/** A client as the API sends it (with __typename, which the generated types leave out). */
function client(overrides: { [K in keyof Client]?: unknown } = {}): Client {
  return {
    __typename: 'Client',
    id: 'c-1',
    firstName: 'Jordan',
    lastName: 'Rivera',
    preferredName: 'Jo',
    pronouns: 'they/them',
    status: 'ACTIVE',
    levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
    admissionDate: '2026-01-05',
    recoveryStartDate: null,
    daysInTreatment: 47,
    daysSinceRecoveryStart: null,
    program: { __typename: 'Program', id: 'p-1', name: 'Harbor IOP' },
    careTeam: [
      {
        __typename: 'CareTeamMember',
        role: 'COUNSELOR',
        staff: { __typename: 'StaffMember', id: 's-1', displayName: 'Avery Chen' },
      },
    ],
    ...overrides,
  } as Client;
}

function clientsResult(items: Client[], total = items.length): MockLink.MockedResponse {
  return {
    request: openClientsRequest,
    result: { data: { clients: { __typename: 'ClientPage', total, offset: 0, limit: 50, items } } },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], role: StaffRole = 'COUNSELOR') {
  return render(
    <MockedProvider mocks={mocks}>
      <CaseloadPage role={role} />
    </MockedProvider>,
  );
}

describe('CaseloadPage', () => {
  it('lists each client with program, level of care, days in treatment, status and care team', async () => {
    renderPage([
      clientsResult(
        [
          client(),
          client({
            id: 'c-2',
            firstName: 'Sam',
            lastName: 'Okafor',
            preferredName: null,
            pronouns: null,
            status: 'ON_HOLD',
            levelOfCare: 'OUTPATIENT_1',
            daysInTreatment: 112,
            recoveryStartDate: '2025-11-02',
            daysSinceRecoveryStart: 160,
            program: { __typename: 'Program', id: 'p-2', name: 'Harbor Outpatient' },
          }),
        ],
        2,
      ),
    ]);

    const table = await screen.findByRole('table', { name: /My caseload: active and on-hold clients/ });
    const jordan = within(table).getByRole('row', { name: /Jordan Rivera/ });
    expect(within(jordan).getByText('Goes by Jo · they/them')).toBeInTheDocument();
    expect(within(jordan).getByText('Harbor IOP')).toBeInTheDocument();
    expect(within(jordan).getByText('ASAM 2.1')).toBeInTheDocument();
    expect(within(jordan).getByText('Intensive outpatient')).toBeInTheDocument();
    expect(within(jordan).getByText('47')).toBeInTheDocument();
    expect(within(jordan).getByText('not recorded')).toBeInTheDocument();
    expect(within(jordan).getByText('Active')).toBeInTheDocument();
    expect(within(jordan).getByText('Avery Chen')).toBeInTheDocument();

    const sam = within(table).getByRole('row', { name: /Sam Okafor/ });
    expect(within(sam).getByText('Harbor Outpatient')).toBeInTheDocument();
    expect(within(sam).getByText('Outpatient')).toBeInTheDocument();
    expect(within(sam).getByText('112')).toBeInTheDocument();
    expect(within(sam).getByText('160')).toBeInTheDocument();
    expect(within(sam).getByText('On hold')).toBeInTheDocument();

    expect(screen.getByText('Showing 1–2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('shows a loading skeleton and marks the results busy until the clients arrive', async () => {
    renderPage([clientsResult([client()])]);

    expect(screen.getByRole('status')).toHaveTextContent('Loading clients…');
    expect(screen.getByRole('status').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByText('Loading clients…')).not.toBeInTheDocument();
  });

  it('says what to do next when the caseload is empty', async () => {
    renderPage([clientsResult([])]);

    expect(await screen.findByRole('heading', { name: 'No clients on your caseload yet' })).toBeInTheDocument();
    expect(screen.getByText(/ask your clinical supervisor/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('tells the reader when a search matched no one, after the debounce', async () => {
    const user = userEvent.setup();
    renderPage([
      clientsResult([client()]),
      {
        request: {
          query: caseloadClientsQuery,
          variables: { filter: { statuses: ['ACTIVE', 'ON_HOLD'], search: 'Zed' }, offset: 0, limit: 50 },
        },
        result: { data: { clients: { __typename: 'ClientPage', total: 0, offset: 0, limit: 50, items: [] } } },
      },
    ]);
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Search clients' }), 'Zed');

    expect(await screen.findByRole('heading', { name: 'No clients match “Zed”' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'No clients on your caseload yet' })).not.toBeInTheDocument();
  });

  it('shows an error with Retry when the query fails, and loads the clients on retry', async () => {
    const user = userEvent.setup();
    renderPage([{ request: openClientsRequest, error: new Error('Network request failed') }, clientsResult([client()])]);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Your client list could not be loaded' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('row', { name: /Jordan Rivera/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['COUNSELOR', 'My caseload'],
    ['SUPERVISOR', 'Team caseload'],
    ['PEER_SUPPORT', 'My clients'],
  ] as const)('titles the page for a %s as "%s"', async (role, title) => {
    renderPage([clientsResult([client()])], role);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(await screen.findByRole('table', { name: new RegExp(`^${title}:`) })).toBeInTheDocument();
  });
});
