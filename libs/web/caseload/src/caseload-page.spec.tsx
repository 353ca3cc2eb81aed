import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { CaseloadClientsQuery, CaseloadClientsQueryVariables, StaffRole } from '@carecircle/web/data-access';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { from, mergeMap } from 'rxjs';
import { columnStorageKey } from './caseload-columns';
import { caseloadClientsQuery, caseloadProgramsQuery } from './caseload-clients.query';
import { CaseloadPage } from './caseload-page';

type Client = CaseloadClientsQuery['clients']['items'][number];

const OPEN = { statuses: ['ACTIVE', 'ON_HOLD'] } as CaseloadClientsQueryVariables['filter'];
const BY_NAME = { key: 'NAME', direction: 'ASC', urgentFirst: true } as const;

/** The variables the page sends: the server sorts, filters and pages; 50 clients a page. */
function clientsRequest(variables: Partial<CaseloadClientsQueryVariables> = {}) {
  return {
    query: caseloadClientsQuery,
    variables: { filter: OPEN, sort: BY_NAME, offset: 0, limit: 50, withDiagnoses: true, ...variables },
  };
}

const openClientsRequest = clientsRequest();

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
  request: ReturnType<typeof clientsRequest> = openClientsRequest,
  delay?: number,
): MockLink.MockedResponse {
  return {
    request,
    result: { data: { clients: { __typename: 'ClientPage', total, offset: request.variables.offset, limit: 50, items } } },
    delay,
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

/** Shows the page's search params, so a test can see what a reload or a shared link would keep. */
function CurrentSearch() {
  return <span data-testid="url-search" hidden>{useLocation().search}</span>;
}

function renderPage(mocks: MockLink.MockedResponse[], role: StaffRole = 'COUNSELOR', url = '/') {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <MockedProvider mocks={[programsResult, ...mocks]}>
        <>
          <CaseloadPage role={role} />
          <CurrentSearch />
        </>
      </MockedProvider>
    </MemoryRouter>,
  );
}

const urlSearch = () => new URLSearchParams(screen.getByTestId('url-search').textContent ?? '');

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
      clientsResult([], 0, clientsRequest({ filter: { statuses: ['ACTIVE', 'ON_HOLD'], search: 'Zed' } })),
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
    const request = role === 'PEER_SUPPORT' ? clientsRequest({ withDiagnoses: false }) : undefined;
    renderPage([clientsResult([client()], 1, request)], role);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(await screen.findByRole('table', { name: new RegExp(`^${title}:`) })).toBeInTheDocument();
  });

  const peerRequest = clientsRequest({ withDiagnoses: false });

  const ana = client({ id: 'c-a', firstName: 'Ana', lastName: 'Abbott', preferredName: null, pronouns: null, dualDiagnosis: true, daysInTreatment: 10 });
  const zoe = client({
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
  });
  const max = client({ id: 'c-m', firstName: 'Max', lastName: 'Moreau', preferredName: null, pronouns: null, daysInTreatment: 40 });
  /** In the server's default order: urgent first, then by last name. */
  const flagged = [zoe, ana, max];

  function bodyRowNames(): string[] {
    return screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('rowheader')[0].textContent ?? '');
  }

  it('asks the server for urgent clients first, then by name, and shows the rows in the order it sends', async () => {
    // Not in name order on purpose: the page must show the server's order, not re-sort one page of it.
    renderPage([clientsResult([max, zoe, ana])]);
    await screen.findByRole('table');

    expect(bodyRowNames()).toEqual(['Max Moreau', 'Zoe Zimmer', 'Ana Abbott']);
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(urlSearch().toString()).toBe('');
  });

  it('sorts the whole caseload on the server when a header is pressed, from the first page, and keeps the sort in the link', async () => {
    const user = userEvent.setup();
    renderPage(
      [
        clientsResult(flagged, 53, clientsRequest({ offset: 50 })),
        clientsResult([zoe, max, ana], 53, clientsRequest({ sort: { key: 'RISK', direction: 'DESC', urgentFirst: true } })),
        clientsResult([ana, max, zoe], 53, clientsRequest({ sort: { key: 'RISK', direction: 'ASC', urgentFirst: true } })),
      ],
      'SUPERVISOR',
      '/?page=2',
    );
    expect(await screen.findByText('Showing 51–53 of 53')).toBeInTheDocument();

    await user.click(screen.getByRole('columnheader', { name: /Risk flags/ }));
    expect(await screen.findByText('Showing 1–3 of 53')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Risk flags/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'none');
    expect(bodyRowNames()).toEqual(['Zoe Zimmer', 'Max Moreau', 'Ana Abbott']);
    expect(urlSearch().toString()).toBe('sort=risk&dir=desc');

    // The header's button sorts from the keyboard too.
    within(screen.getByRole('columnheader', { name: /Risk flags/ }))
      .getByRole('button', { name: 'Risk flags' })
      .focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(bodyRowNames()).toEqual(['Ana Abbott', 'Max Moreau', 'Zoe Zimmer']));
    expect(screen.getByRole('columnheader', { name: /Risk flags/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(urlSearch().toString()).toBe('sort=risk&dir=asc');
  });

  it('opens on the sort and page a link or a reload names', async () => {
    renderPage(
      [clientsResult(flagged, 103, clientsRequest({ offset: 100, sort: { key: 'LAST_CHECK_IN', direction: 'DESC', urgentFirst: true } }))],
      'COUNSELOR',
      '/?sort=lastCheckIn&dir=desc&page=3',
    );

    expect(await screen.findByText('Showing 101–103 of 103')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Last check-in/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeEnabled();
  });

  it('goes back to the first page when a filter changes, keeping the sort', async () => {
    const user = userEvent.setup();
    const byRisk = { key: 'RISK', direction: 'DESC', urgentFirst: true } as const;
    renderPage(
      [
        clientsResult(flagged, 80, clientsRequest({ offset: 50, sort: byRisk })),
        clientsResult([zoe], 1, clientsRequest({ sort: byRisk, filter: { statuses: ['ACTIVE', 'ON_HOLD'], riskSeverityAtLeast: 'URGENT' } })),
      ],
      'COUNSELOR',
      '/?sort=risk&dir=desc&page=2',
    );
    expect(await screen.findByText('Showing 51–53 of 80')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Risk' }), 'URGENT');

    expect(await screen.findByText('Showing 1–1 of 1')).toBeInTheDocument();
    expect(bodyRowNames()).toEqual(['Zoe Zimmer']);
    expect(urlSearch().toString()).toBe('sort=risk&dir=desc&risk=URGENT');
  });

  it('pages with Previous and Next from the keyboard, keeping the page on screen while the next one loads', async () => {
    const user = userEvent.setup();
    // Only the name column: fifty rows of every column would make this test slow for nothing.
    localStorage.setItem(columnStorageKey('COUNSELOR'), JSON.stringify([]));
    const numbered = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) =>
        client({ id: `c-${from + i}`, firstName: 'Client', lastName: `No. ${from + i}`, preferredName: null, pronouns: null }),
      );
    // Page 2 is held back until the test lets it through, to look at the page while it loads.
    let releasePage2!: () => void;
    const page2Released = new Promise<void>((resolve) => (releasePage2 = resolve));
    const holdPage2 = new ApolloLink((operation, forward) =>
      operation.variables['offset'] === 50 ? from(page2Released).pipe(mergeMap(() => forward(operation))) : forward(operation),
    );
    const mocks = [
      programsResult,
      clientsResult(numbered(1, 50), 120),
      clientsResult(numbered(51, 50), 120, clientsRequest({ offset: 50 })),
      clientsResult(numbered(101, 20), 120, clientsRequest({ offset: 100 })),
      // Back to page 2: the list skips the cache, so the page asks for it again.
      clientsResult(numbered(51, 50), 120, clientsRequest({ offset: 50 })),
    ];
    render(
      <MemoryRouter>
        <MockedProvider link={ApolloLink.from([holdPage2, new MockLink(mocks)])}>
          <>
            <CaseloadPage role="COUNSELOR" />
            <CurrentSearch />
          </>
        </MockedProvider>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Showing 1–50 of 120')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages of clients' });
    const previous = () => within(pager).getByRole('button', { name: 'Previous' });
    const next = () => within(pager).getByRole('button', { name: 'Next' });
    expect(previous()).toBeDisabled();

    await user.click(next());
    // While page 2 loads, page 1 stays, dimmed and marked busy, and Next shows it is working.
    expect(screen.getByText('Client No. 1')).toBeInTheDocument();
    expect(within(pager).getByText('Showing 1–50 of 120')).toBeInTheDocument();
    expect(within(pager).getByText('· Loading…')).toBeInTheDocument();
    expect(pager.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(next()).toHaveAttribute('data-pending', 'true');
    releasePage2();

    expect(await within(pager).findByText('Showing 51–100 of 120')).toBeInTheDocument();
    expect(screen.getByText('Client No. 51')).toBeInTheDocument();
    expect(screen.queryByText('Client No. 1')).not.toBeInTheDocument();
    expect(pager.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
    expect(urlSearch().get('page')).toBe('2');

    // The pressed button keeps focus; on the last page it is disabled and focus moves to Previous.
    expect(document.activeElement).toBe(next());
    await user.keyboard('{Enter}');
    expect(await within(pager).findByText('Showing 101–120 of 120')).toBeInTheDocument();
    expect(next()).toBeDisabled();
    expect(document.activeElement).toBe(previous());
    expect(urlSearch().get('page')).toBe('3');

    await user.keyboard('{Enter}');
    expect(await within(pager).findByText('Showing 51–100 of 120')).toBeInTheDocument();
    expect(urlSearch().get('page')).toBe('2');
  });

  it('shows each risk flag with its severity in words, and its reason on keyboard focus', async () => {
    const user = userEvent.setup();
    renderPage([clientsResult(flagged)]);
    const zoe = await screen.findByRole('row', { name: /Zoe Zimmer/ });

    const urgent = within(zoe).getByRole('button', { name: 'Urgent: Self-harm risk' });
    expect(within(zoe).getByRole('button', { name: 'Warning: High craving' })).toBeInTheDocument();
    // Screen readers browsing the table read the reason after the badge.
    expect(within(zoe).getByText(/PHQ-9 item 9 scored 2 on 3 Mar/)).toBeInTheDocument();

    // Tab goes through the table's headers, then row by row: Zoe's row is first, her name, then her flags.
    await user.tab(); // search field
    for (let i = 0; i < 30 && !screen.getByRole('table').contains(document.activeElement); i++) await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Client/ }));
    for (let i = 0; i < 12 && document.activeElement !== urgent; i++) await user.tab();
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
    await screen.findByRole('table', { name: /^My clients:/ });

    expect(screen.queryByRole('columnheader', { name: 'Dual diagnosis' })).not.toBeInTheDocument();
    expect(screen.queryByText('Dual dx')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Dual diagnosis only' })).not.toBeInTheDocument();
  });

  it('filters by a program named in a link only once its id is known, and says so when no program has that name', async () => {
    const { unmount } = renderPage(
      [clientsResult([ana], 1, clientsRequest({ filter: { statuses: ['ACTIVE', 'ON_HOLD'], programId: 'program-rc' } }))],
      'SUPERVISOR',
      '/?program=Recovery%20Community',
    );
    expect(await screen.findByText('Showing 1–1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Program' })).toHaveValue('Recovery Community');
    unmount();

    // No clients mock for this one: the page must not ask for an unfiltered list.
    renderPage([], 'SUPERVISOR', '/?program=Closed%20Program');
    expect(await screen.findByRole('heading', { name: 'No clients match these filters' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('applies filters from a dashboard link and shows them as removable chips', async () => {
    const user = userEvent.setup();
    const linked = clientsRequest({
      filter: { statuses: ['ACTIVE', 'ON_HOLD', 'DISCHARGED'], counselorId: 's-1', dualDiagnosis: true, riskSeverityAtLeast: 'WARNING' },
    });
    const withoutCounselor = clientsRequest({
      filter: { statuses: ['ACTIVE', 'ON_HOLD', 'DISCHARGED'], dualDiagnosis: true, riskSeverityAtLeast: 'WARNING' },
    });
    renderPage(
      [clientsResult([ana], 1, linked), clientsResult([ana], 1, withoutCounselor)],
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
