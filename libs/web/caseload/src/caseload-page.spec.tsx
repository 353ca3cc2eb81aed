import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { CaseloadClientsQuery, StaffRole } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { caseloadClientsQuery, caseloadProgramsQuery } from './caseload-clients.query';
import { CaseloadPage } from './caseload-page';

type Client = CaseloadClientsQuery['clients']['items'][number];

const openClientsRequest = {
  query: caseloadClientsQuery,
  variables: { filter: { statuses: ['ACTIVE', 'ON_HOLD'] }, offset: 0, limit: 100, withDiagnoses: true },
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
    lastCheckInAt: null,
    carePlanStatus: 'ACTIVE',
    currentCarePlan: { __typename: 'CarePlan', id: 'plan-1', isOverdue: false },
    nextMilestone: null,
    dualDiagnosis: false,
    highestRiskSeverity: null,
    riskFlags: [],
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

function clientsResult(
  items: Client[],
  total = items.length,
  request: MockLink.MockedResponse['request'] = openClientsRequest,
): MockLink.MockedResponse {
  return {
    request,
    result: { data: { clients: { __typename: 'ClientPage', total, offset: 0, limit: 100, items } } },
  };
}

const programsResult: MockLink.MockedResponse = {
  request: { query: caseloadProgramsQuery },
  result: {
    data: {
      programs: [
        { __typename: 'Program', id: 'program-iop', name: 'Intensive Outpatient' },
        { __typename: 'Program', id: 'program-rc', name: 'Recovery Community' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderPage(mocks: MockLink.MockedResponse[], role: StaffRole = 'COUNSELOR', url = '/') {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <MockedProvider mocks={[programsResult, ...mocks]}>
        <CaseloadPage role={role} />
      </MockedProvider>
    </MemoryRouter>,
  );
}

/** The cell of `row` under the column whose header matches `header`. */
function cellUnder(table: HTMLElement, row: HTMLElement, header: RegExp): HTMLElement {
  const index = within(table)
    .getAllByRole('columnheader')
    .findIndex((h) => header.test(h.textContent ?? ''));
  return row.children[index] as HTMLElement;
}

describe('CaseloadPage', () => {
  beforeEach(() => localStorage.clear());

  it('lists each client with level of care, days in treatment, milestone, plan status and status', async () => {
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

    const table = await screen.findByRole('grid', { name: /My caseload: active and on-hold clients/ });
    const jordan = within(table).getByRole('row', { name: /Jordan Rivera/ });
    expect(within(jordan).getByText('Goes by Jo · they/them')).toBeInTheDocument();
    // A counselor's own caseload leaves out program and care team until they choose them.
    expect(within(table).queryByRole('columnheader', { name: /Program/ })).not.toBeInTheDocument();
    expect(within(jordan).queryByText('Harbor IOP')).not.toBeInTheDocument();
    expect(within(jordan).getByText('ASAM 2.1')).toBeInTheDocument();
    expect(within(jordan).getByText('Intensive outpatient')).toBeInTheDocument();
    expect(within(jordan).getByText('47')).toBeInTheDocument();
    expect(within(jordan).getByRole('link', { name: 'Jordan Rivera' })).toHaveAttribute('href', '/clients/c-1');
    expect(within(jordan).getByText('no recovery start date')).toBeInTheDocument();
    // Client and plan are both "Active", each in its own column.
    expect(cellUnder(table, jordan, /^Status/)).toHaveTextContent('Active');
    expect(cellUnder(table, jordan, /^Plan status/)).toHaveTextContent('Active');
    expect(within(jordan).queryByText('Avery Chen')).not.toBeInTheDocument();

    const sam = within(table).getByRole('row', { name: /Sam Okafor/ });
    expect(within(sam).getByText('Outpatient')).toBeInTheDocument();
    expect(within(sam).getByText('112')).toBeInTheDocument();
    expect(within(sam).getByText('160 days in recovery')).toBeInTheDocument();
    expect(within(sam).getByText('On hold')).toBeInTheDocument();

    expect(screen.getByText('Showing 1–2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('shows a loading skeleton and marks the results busy until the clients arrive', async () => {
    renderPage([clientsResult([client()])]);

    expect(screen.getByRole('status')).toHaveTextContent('Loading clients…');
    expect(screen.getByRole('status').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('grid')).toBeInTheDocument();
    expect(screen.queryByText('Loading clients…')).not.toBeInTheDocument();
  });

  it('says what to do next when the caseload is empty', async () => {
    renderPage([clientsResult([])]);

    expect(await screen.findByRole('heading', { name: 'No clients on your caseload yet' })).toBeInTheDocument();
    expect(screen.getByText(/ask your clinical supervisor/)).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('tells the reader when a search matched no one, after the debounce', async () => {
    const user = userEvent.setup();
    renderPage([
      clientsResult([client()]),
      {
        request: {
          query: caseloadClientsQuery,
          variables: { filter: { statuses: ['ACTIVE', 'ON_HOLD'], search: 'Zed' }, offset: 0, limit: 100, withDiagnoses: true },
        },
        result: { data: { clients: { __typename: 'ClientPage', total: 0, offset: 0, limit: 100, items: [] } } },
      },
    ]);
    await screen.findByRole('grid');

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
    const request =
      role === 'PEER_SUPPORT' ? { ...openClientsRequest, variables: { ...openClientsRequest.variables, withDiagnoses: false } } : undefined;
    renderPage([clientsResult([client()], 1, request)], role);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(await screen.findByRole('grid', { name: new RegExp(`^${title}:`) })).toBeInTheDocument();
  });

  const peerRequest = { ...openClientsRequest, variables: { ...openClientsRequest.variables, withDiagnoses: false } };

  const flagged = [
    client({ id: 'c-a', firstName: 'Ana', lastName: 'Abbott', preferredName: null, pronouns: null, dualDiagnosis: true, daysInTreatment: 10 }),
    client({
      id: 'c-z',
      firstName: 'Zoe',
      lastName: 'Zimmer',
      preferredName: null,
      pronouns: null,
      daysInTreatment: 90,
      highestRiskSeverity: 'URGENT',
      riskFlags: [
        { __typename: 'RiskFlag', code: 'SELF_HARM_RISK', severity: 'URGENT', reason: 'PHQ-9 item 9 scored 2 on 3 Mar' },
        { __typename: 'RiskFlag', code: 'HIGH_CRAVING', severity: 'WARNING', reason: 'craving 8/10 on 2 of the last 3 check-ins' },
      ],
    }),
    client({ id: 'c-m', firstName: 'Max', lastName: 'Moreau', preferredName: null, pronouns: null, daysInTreatment: 40 }),
  ];

  function bodyRowNames(): string[] {
    return screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('rowheader')[0].textContent ?? '');
  }

  it('pins clients with an urgent flag on top, then sorts by last name', async () => {
    renderPage([clientsResult(flagged)]);
    await screen.findByRole('grid');

    expect(bodyRowNames()).toEqual(['Zoe Zimmer', 'Ana Abbott', 'Max Moreau']);
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by a column when its header is pressed, keeping urgent clients first', async () => {
    const user = userEvent.setup();
    renderPage([clientsResult(flagged)]);
    await screen.findByRole('grid');

    await user.click(screen.getByRole('columnheader', { name: /Days in treatment/ }));
    expect(screen.getByRole('columnheader', { name: /Days in treatment/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'none');
    expect(bodyRowNames()).toEqual(['Zoe Zimmer', 'Ana Abbott', 'Max Moreau']);

    await user.click(screen.getByRole('columnheader', { name: /Days in treatment/ }));
    expect(screen.getByRole('columnheader', { name: /Days in treatment/ })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRowNames()).toEqual(['Zoe Zimmer', 'Max Moreau', 'Ana Abbott']);
  });

  it('shows each risk flag with its severity in words, and its reason on keyboard focus', async () => {
    const user = userEvent.setup();
    renderPage([clientsResult(flagged)]);
    const zoe = await screen.findByRole('row', { name: /Zoe Zimmer/ });

    const urgent = within(zoe).getByRole('button', { name: 'Urgent: Self-harm risk' });
    expect(within(zoe).getByRole('button', { name: 'Warning: High craving' })).toBeInTheDocument();
    // Screen readers browsing the table read the reason after the badge.
    expect(within(zoe).getByText(/PHQ-9 item 9 scored 2 on 3 Mar/)).toBeInTheDocument();

    // Tab reaches the table; inside it the arrow keys move from cell to cell (Zoe's row is first).
    await user.tab(); // search field
    for (let i = 0; i < 20 && !screen.getByRole('grid').contains(document.activeElement); i++) await user.tab();
    expect(screen.getByRole('grid')).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 4 && document.activeElement !== urgent; i++) await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(urgent);

    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('PHQ-9 item 9 scored 2 on 3 Mar');
    expect(urgent).toHaveAttribute('aria-describedby', tooltip.id);
  });

  it('marks a dual diagnosis in text for counselors', async () => {
    renderPage([clientsResult(flagged)]);
    const ana = await screen.findByRole('row', { name: /Ana Abbott/ });

    expect(screen.getByRole('columnheader', { name: 'Dual diagnosis' })).toBeInTheDocument();
    expect(within(ana).getByText('Dual dx')).toBeInTheDocument();
    expect(within(ana).getByText(/co-occurring substance-use and mental-health disorders/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Dual diagnosis only' })).toBeInTheDocument();
  });

  it('leaves out the dual-diagnosis column and filter for peer support workers, and does not ask for it', async () => {
    const peerClients = flagged.map(({ dualDiagnosis: _omitted, ...rest }) => rest as Client);
    renderPage([clientsResult(peerClients, 3, peerRequest)], 'PEER_SUPPORT');
    await screen.findByRole('grid', { name: /^My clients:/ });

    expect(screen.queryByRole('columnheader', { name: 'Dual diagnosis' })).not.toBeInTheDocument();
    expect(screen.queryByText('Dual dx')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Dual diagnosis only' })).not.toBeInTheDocument();
  });

  it('applies filters from a dashboard link and shows them as removable chips', async () => {
    const user = userEvent.setup();
    const linked = {
      query: caseloadClientsQuery,
      variables: {
        filter: { statuses: ['ACTIVE', 'ON_HOLD', 'DISCHARGED'], counselorId: 's-1', dualDiagnosis: true, riskSeverityAtLeast: 'WARNING' },
        offset: 0,
        limit: 100,
        withDiagnoses: true,
      },
    };
    const withoutCounselor = {
      ...linked,
      variables: { ...linked.variables, filter: { statuses: ['ACTIVE', 'ON_HOLD', 'DISCHARGED'], dualDiagnosis: true, riskSeverityAtLeast: 'WARNING' } },
    };
    renderPage(
      [clientsResult([flagged[0]], 1, linked), clientsResult([flagged[0]], 1, withoutCounselor)],
      'SUPERVISOR',
      '/?counselor=s-1&dual=true&risk=WARNING&status=all',
    );
    await screen.findByRole('row', { name: /Ana Abbott/ });

    expect(screen.getByRole('checkbox', { name: 'Dual diagnosis only' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Include discharged clients' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Risk' })).toHaveValue('WARNING');
    expect(screen.getByText('Counselor: Avery Chen')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove filter Counselor: Avery Chen' }));

    expect(screen.queryByText('Counselor: Avery Chen')).not.toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /Ana Abbott/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });
});
