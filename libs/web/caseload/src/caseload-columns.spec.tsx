import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { CaseloadClientsQuery, StaffRole } from '@carecircle/web/data-access';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { caseloadClientsQuery, caseloadProgramsQuery } from './caseload-clients.query';
import { columnStorageKey, DEFAULT_COLUMNS, readChosenColumns } from './caseload-columns';
import { CaseloadPage } from './caseload-page';

type Client = CaseloadClientsQuery['clients']['items'][number];

function client(overrides: { [K in keyof Client]?: unknown } = {}): Client {
  return {
    __typename: 'Client',
    id: 'c-1',
    firstName: 'Jordan',
    lastName: 'Rivera',
    preferredName: null,
    pronouns: null,
    status: 'ACTIVE',
    levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
    admissionDate: '2026-01-05',
    daysInTreatment: 47,
    daysSinceRecoveryStart: null,
    lastCheckInAt: null,
    carePlanStatus: 'ACTIVE',
    currentCarePlan: { __typename: 'CarePlan', id: 'plan-1', isOverdue: false },
    nextMilestone: null,
    dualDiagnosis: true,
    highestRiskSeverity: null,
    riskFlags: [],
    program: { __typename: 'Program', id: 'p-1', name: 'Harbor IOP' },
    careTeam: [{ __typename: 'CareTeamMember', role: 'COUNSELOR', staff: { __typename: 'StaffMember', id: 's-1', displayName: 'Avery Chen' } }],
    ...overrides,
  } as Client;
}

const clients = [
  client(),
  client({
    id: 'c-2',
    firstName: 'Zoe',
    lastName: 'Zimmer',
    daysInTreatment: 90,
    highestRiskSeverity: 'URGENT',
    riskFlags: [{ __typename: 'RiskFlag', code: 'SELF_HARM_RISK', severity: 'URGENT', reason: 'PHQ-9 item 9 scored 2 on 3 Mar' }],
  }),
  client({ id: 'c-3', firstName: 'Max', lastName: 'Moreau', daysInTreatment: 100, dualDiagnosis: false }),
];

type ServerSort = { key: 'NAME' | 'DAYS_IN_TREATMENT'; direction: 'ASC' | 'DESC' };

/** The page the server sends for a sort (the server orders; the page shows what it gets). */
function clientsMock(withDiagnoses: boolean, items: Client[], sort: ServerSort = { key: 'NAME', direction: 'ASC' }): MockLink.MockedResponse {
  return {
    request: {
      query: caseloadClientsQuery,
      variables: { filter: { statuses: ['ACTIVE', 'ON_HOLD'] }, sort: { ...sort, urgentFirst: true }, offset: 0, limit: 50, withDiagnoses },
    },
    result: { data: { clients: { __typename: 'ClientPage', total: items.length, offset: 0, limit: 50, items } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const programsMock: MockLink.MockedResponse = {
  request: { query: caseloadProgramsQuery },
  result: { data: { programs: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderPage(role: StaffRole = 'COUNSELOR') {
  const withDiagnoses = role !== 'PEER_SUPPORT';
  const visible = (list: Client[]) => (withDiagnoses ? list : list.map(({ dualDiagnosis: _hidden, ...rest }) => rest as Client));
  const [jordan, zoe, max] = clients;
  const mocks = [
    programsMock,
    clientsMock(withDiagnoses, visible([zoe, max, jordan])),
    clientsMock(withDiagnoses, visible([zoe, jordan, max]), { key: 'DAYS_IN_TREATMENT', direction: 'ASC' }),
    clientsMock(withDiagnoses, visible([zoe, max, jordan]), { key: 'DAYS_IN_TREATMENT', direction: 'DESC' }),
  ];
  return render(
    <MemoryRouter>
      <MockedProvider mocks={mocks}>
        <CaseloadPage role={role} />
      </MockedProvider>
    </MemoryRouter>,
  );
}

/** Pretends the screen is a phone (< 640 px) for `matchMedia`, which jsdom lacks. */
function pretendPhone(isPhone: boolean) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: isPhone && query.includes('max-width'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

function columnHeaders(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim() ?? '');
}

beforeEach(() => {
  localStorage.clear();
  pretendPhone(false);
});

describe('the caseload columns', () => {
  it('starts from the role’s defaults and never offers peers the dual-diagnosis column', () => {
    expect(readChosenColumns('COUNSELOR', localStorage)).toEqual(DEFAULT_COLUMNS.COUNSELOR);
    localStorage.setItem(columnStorageKey('PEER_SUPPORT'), JSON.stringify(['dualDiagnosis', 'program', 'no-such-column']));
    // Unknown and forbidden ids are dropped; the client's name is always there.
    expect(readChosenColumns('PEER_SUPPORT', localStorage)).toEqual(['name', 'program']);
    localStorage.setItem(columnStorageKey('SUPERVISOR'), 'not json');
    expect(readChosenColumns('SUPERVISOR', localStorage)).toEqual(DEFAULT_COLUMNS.SUPERVISOR);
  });

  it('shows and hides columns from the Columns menu and remembers the choice per role', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPage('COUNSELOR');
    await screen.findByRole('row', { name: /Jordan Rivera/ });
    expect(columnHeaders()).toEqual([
      'Client',
      'Risk flags',
      'Level of care',
      'Days in treatment',
      'Next milestone',
      'Last check-in',
      'Plan status',
      'Dual diagnosis',
      'Status',
    ]);

    await user.click(screen.getByRole('button', { name: /Columns/ }));
    // The menu is named by its button.
    const menu = await screen.findByRole('menu', { name: /Columns/ });
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Level of care' })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Program' })).toHaveAttribute('aria-checked', 'false');
    expect(within(menu).queryByRole('menuitemcheckbox', { name: 'Client' })).not.toBeInTheDocument();
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Program' }));
    await user.click(within(screen.getByRole('menu')).getByRole('menuitemcheckbox', { name: 'Level of care' }));
    await user.keyboard('{Escape}');

    expect(columnHeaders()).toContain('Program');
    expect(columnHeaders()).not.toContain('Level of care');
    expect(within(screen.getByRole('row', { name: /Jordan Rivera/ })).getByText('Harbor IOP')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(columnStorageKey('COUNSELOR')) ?? '[]')).toContain('program');

    // Back on the page later: the same choice; another role on this browser keeps its own.
    unmount();
    renderPage('COUNSELOR');
    await screen.findByRole('row', { name: /Jordan Rivera/ });
    expect(columnHeaders()).toContain('Program');
    expect(columnHeaders()).not.toContain('Level of care');
  });

  it('keeps a supervisor’s defaults apart from a counselor’s choice', async () => {
    localStorage.setItem(columnStorageKey('COUNSELOR'), JSON.stringify(['program']));
    renderPage('SUPERVISOR');
    await screen.findByRole('row', { name: /Jordan Rivera/ });
    expect(columnHeaders()).toContain('Care team');
    expect(columnHeaders()).toContain('Level of care');
    expect(columnHeaders()).not.toContain('Program');
  });
});

describe('the caseload on a phone', () => {
  beforeEach(() => pretendPhone(true));

  it('lists one card per client with the same data, urgent clients first, and no table', async () => {
    renderPage('COUNSELOR');
    const list = await screen.findByRole('list', { name: /My caseload: active and on-hold clients/ });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const cards = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual(['Zoe Zimmer', 'Max Moreau', 'Jordan Rivera']);
    const zoe = cards[0];
    expect(zoe).toHaveClass('cc-caseload-card--urgent');
    expect(within(zoe).getByRole('link', { name: 'Zoe Zimmer' })).toHaveAttribute('href', '/clients/c-2');
    expect(within(zoe).getByRole('button', { name: 'Urgent: Self-harm risk' })).toBeInTheDocument();
    // Each field is labelled as its column is.
    const terms = within(zoe).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Risk flags', 'Level of care', 'Days in treatment', 'Next milestone', 'Last check-in', 'Plan status', 'Dual diagnosis', 'Status']);
    expect(within(cards[2]).getByText('47')).toBeInTheDocument();
    expect(within(cards[2]).getByText('Dual dx')).toBeInTheDocument();
  });

  it('sorts the cards on the server with a select, since there are no column headers to press', async () => {
    const user = userEvent.setup();
    renderPage('PEER_SUPPORT');
    await screen.findByRole('list', { name: /My clients:/ });
    const names = () =>
      within(screen.getByRole('list', { name: /My clients:/ }))
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent);
    expect(names()).toEqual(['Zoe Zimmer', 'Max Moreau', 'Jordan Rivera']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'daysInTreatment');
    // The server's order for the shortest stay first (urgent clients still on top).
    await waitFor(() => expect(names()).toEqual(['Zoe Zimmer', 'Jordan Rivera', 'Max Moreau']));
    expect(screen.getByRole('button', { name: 'Ascending' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ascending' }));
    expect(screen.getByRole('button', { name: 'Descending' })).toBeInTheDocument();
    await waitFor(() => expect(names()).toEqual(['Zoe Zimmer', 'Max Moreau', 'Jordan Rivera']));
    expect(screen.queryByText('Dual dx')).not.toBeInTheDocument();
  });
});
