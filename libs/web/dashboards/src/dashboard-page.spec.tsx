import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { DashboardPage } from './dashboard-page';
import {
  dashboardCaseloadSummaryQuery,
  dashboardCheckInTrendsQuery,
  dashboardReadmissionsQuery,
  dashboardRetentionQuery,
} from './dashboard.queries';
import { LANDMARK_DEBOUNCE_MS } from './support-system-section';
import { retentionGroupClientsQuery, supportSystemRetentionQuery } from './support-system.queries';

const RANGE = { from: '2025-03-01', to: '2026-02-28' };

const rate = (group: string, days: number, eligible: number, retained: number) => ({
  __typename: 'RetentionRate',
  group,
  days,
  eligible,
  retained,
  rate: eligible ? retained / eligible : null,
});
const step = (days: number, atRisk: number, events: number, censored: number, survival: number) => ({
  __typename: 'SurvivalStep',
  days,
  atRisk,
  events,
  censored,
  survival,
});
const curve = (group: string, steps: ReturnType<typeof step>[]) => ({
  __typename: 'RetentionCurve',
  group,
  clients: steps[0]?.atRisk ?? 0,
  steps,
});

function retentionMock(dimension: string, groups: string[], episodes = 'ALL'): MockLink.MockedResponse {
  // First episodes only: fewer episodes, so the numbers differ and a test can tell which was asked for.
  const eligible = episodes === 'ALL' ? 36 : 30;
  return {
    request: {
      query: dashboardRetentionQuery,
      variables: { input: { ...RANGE, dimension, episodes } },
    },
    result: {
      data: {
        retention: {
          __typename: 'RetentionReport',
          dimension,
          rates: groups.flatMap((g) => [
            rate(g, 30, eligible, 30),
            rate(g, 60, eligible, 26),
            rate(g, 90, eligible, 23),
            rate(g, 180, 0, 0),
          ]),
          curves: groups.map((g, i) =>
            curve(g, [step(10, 20 - i, 2, 0, 0.9), step(40, 15 - i, 1, 2, 0.84), step(120, 10 - i, 0, 10 - i, 0.84)]),
          ),
        },
      },
    },
  };
}

const readmissionRate = (
  dischargeReason: string | null,
  discharges: number,
  [eligible30, readmitted30]: [number, number],
  [eligible90, readmitted90]: [number, number],
) => ({
  __typename: 'ReadmissionRate',
  dischargeReason,
  discharges,
  eligibleWithin30Days: eligible30,
  readmittedWithin30Days: readmitted30,
  rateWithin30Days: eligible30 ? readmitted30 / eligible30 : null,
  eligibleWithin90Days: eligible90,
  readmittedWithin90Days: readmitted90,
  rateWithin90Days: eligible90 ? readmitted90 / eligible90 : null,
});

function readmissionsMock(episodes = 'ALL'): MockLink.MockedResponse {
  const first = episodes === 'FIRST_ONLY';
  return {
    request: { query: dashboardReadmissionsQuery, variables: { input: { ...RANGE, dimension: 'ALL', episodes } } },
    result: {
      data: {
        readmissions: {
          __typename: 'ReadmissionReport',
          ...RANGE,
          episodes,
          overall: first ? readmissionRate(null, 10, [10, 1], [8, 2]) : readmissionRate(null, 24, [20, 3], [15, 6]),
          byDischargeReason: first
            ? [readmissionRate('DROPPED_OUT', 10, [10, 1], [8, 2])]
            : [
                readmissionRate('DROPPED_OUT', 12, [10, 2], [8, 3]),
                readmissionRate('TREATMENT_COMPLETED', 10, [8, 1], [6, 3]),
                readmissionRate('DEATH', 2, [0, 0], [0, 0]),
              ],
        },
      },
    },
  };
}

const trendsMock: MockLink.MockedResponse = {
  request: {
    query: dashboardCheckInTrendsQuery,
    variables: { input: { ...RANGE, dimension: 'ALL' } },
  },
  // Check-in trends do not depend on which episodes are counted, so one answer serves every request.
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      checkInTrends: [
        {
          __typename: 'CheckInTrend',
          group: 'All clients',
          weeks: ['2026-02-02', '2026-02-09'].map((weekStart, i) => ({
            __typename: 'CheckInWeek',
            weekStart,
            clientsInCare: 20,
            expected: 40,
            received: 30 + i * 4,
            completionRate: (30 + i * 4) / 40,
            meanCraving: 5 - i,
            meanMood: 3 + i * 0.5,
            shareReportingUse: 0.1,
            shareAttendingMeetings: 0.4,
          })),
        },
      ],
    },
  },
};

const caseloadMock: MockLink.MockedResponse = {
  request: { query: dashboardCaseloadSummaryQuery },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      caseloadSummary: [
        {
          __typename: 'CounselorCaseload',
          counselorId: 's-1',
          counselorName: 'Avery Chen',
          activeClients: 12,
          urgentFlags: 2,
          warningFlags: 5,
          infoFlags: 3,
          clientsWithUrgentFlags: 2,
          plansOverdue: 1,
          plansAwaitingSignOff: 2,
          familyEngagedLast30Days: 6,
          clientsWithPeerWorker: 5,
          peerContactedLast14Days: 4,
        },
        {
          __typename: 'CounselorCaseload',
          counselorId: 's-2',
          counselorName: 'Blake Osei',
          activeClients: 8,
          urgentFlags: 0,
          warningFlags: 1,
          infoFlags: 0,
          clientsWithUrgentFlags: 0,
          plansOverdue: 0,
          plansAwaitingSignOff: 1,
          familyEngagedLast30Days: 1,
          clientsWithPeerWorker: 0,
          peerContactedLast14Days: 0,
        },
      ],
    },
  },
};

const supportCurve = (group: string, clients: number, leaveDay: number) => ({
  __typename: 'RetentionCurve',
  group,
  clients,
  tooSmallToRead: clients < 10,
  steps: [step(leaveDay, clients, 1, 0, (clients - 1) / clients), step(200, clients - 1, 0, clients - 1, (clients - 1) / clients)],
});

/** Landmark curves by supportive network; a later landmark has fewer clients, so a test can tell which was asked for. */
function supportMock(landmarkDays: number, episodes = 'ALL'): MockLink.MockedResponse {
  const fewer = landmarkDays > 30 ? 2 : 0;
  return {
    request: {
      query: supportSystemRetentionQuery,
      variables: { input: { ...RANGE, dimension: 'SUPPORTIVE_NETWORK', episodes, landmarkDays } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        retention: {
          __typename: 'RetentionReport',
          dimension: 'SUPPORTIVE_NETWORK',
          landmarkDays,
          logRank: { __typename: 'LogRankTest', chiSquare: 7.0123, degreesOfFreedom: 2, pValue: 0.03, groups: 3 },
          curves: [
            supportCurve('Two or more supportive members', 14 - fewer, landmarkDays + 50),
            supportCurve('No supportive member', 12 - fewer, landmarkDays + 10),
            supportCurve('One supportive member', 3, landmarkDays + 20),
          ],
        },
      },
    },
  };
}

/** Weekly check-ins by supportive network from a landmark; the groups arrive out of display order. */
function supportTrendsMock(landmarkDays: number): MockLink.MockedResponse {
  const weeks = (expected: number, received: [number, number], craving: number) =>
    (['2026-02-02', '2026-02-09'] as const).map((weekStart, i) => ({
      __typename: 'CheckInWeek',
      weekStart,
      clientsInCare: expected / 2,
      expected,
      received: received[i === 0 ? 0 : 1],
      completionRate: received[i === 0 ? 0 : 1] / expected,
      meanCraving: craving - i,
      meanMood: 3,
      shareReportingUse: 0.1,
      shareAttendingMeetings: 0.3,
    }));
  return {
    request: {
      query: dashboardCheckInTrendsQuery,
      variables: { input: { ...RANGE, dimension: 'SUPPORTIVE_NETWORK', landmarkDays } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        checkInTrends: [
          { __typename: 'CheckInTrend', group: 'Two or more supportive members', weeks: weeks(20, [16, 18], 4) },
          { __typename: 'CheckInTrend', group: 'No supportive member', weeks: weeks(20, [10, 12], 6) },
          { __typename: 'CheckInTrend', group: 'One supportive member', weeks: weeks(4, [3, 3], 5) },
        ],
      },
    },
  };
}

const groupClient = (id: string, firstName: string, lastName: string, dischargeDate: string | null, leftCare: boolean, days: number) => ({
  __typename: 'RetentionGroupClient',
  client: { __typename: 'Client', id, firstName, lastName },
  admissionDate: '2025-06-02',
  dischargeDate,
  daysInTreatment: days,
  leftCare,
});

const groupClientsMock: MockLink.MockedResponse = {
  request: {
    query: retentionGroupClientsQuery,
    variables: {
      input: { ...RANGE, dimension: 'SUPPORTIVE_NETWORK', episodes: 'ALL', landmarkDays: 30 },
      group: 'One supportive member',
    },
  },
  result: {
    data: {
      retentionGroupClients: [
        groupClient('c-1', 'Robin', 'Alvarez', null, false, 181),
        groupClient('c-2', 'Sam', 'Baker', '2025-07-22', true, 50),
        groupClient('c-3', 'Toni', 'Cruz', '2025-09-30', false, 120),
      ],
    },
  },
};

function Where() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

function renderPage(mocks: MockLink.MockedResponse[], url = `/dashboard?from=${RANGE.from}&to=${RANGE.to}`) {
  // The support-system section asks on every render of the page; answer it unless a test brings its own.
  const support = mocks.some((m) => m.request.query === supportSystemRetentionQuery) ? [] : [supportMock(30), supportMock(30, 'FIRST_ONLY')];
  const supportTrends = [supportTrendsMock(30), supportTrendsMock(45)];
  return render(
    <MockedProvider mocks={[...mocks, ...support, ...supportTrends]}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/dashboard" element={<DashboardPage role="SUPERVISOR" />} />
          <Route path="/" element={<p>Caseload page</p>} />
          <Route path="/clients/:clientId" element={<p>Client record</p>} />
        </Routes>
        <Where />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('DashboardPage', () => {
  it('shows skeletons while loading, then every chart title, the retention tiles and the counselor table', async () => {
    renderPage([retentionMock('ALL', ['All clients']), trendsMock, caseloadMock, readmissionsMock()]);
    expect(screen.getByRole('heading', { level: 1, name: 'Team dashboard' })).toBeInTheDocument();
    expect(screen.getByText('Loading retention curves…')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Retention curves' })).toHaveAttribute('aria-busy', 'true');

    expect(
      await screen.findByRole('heading', {
        name: 'Retention at 30, 60, 90 and 180 days',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('90-day retention is 64% (23 of 36 clients).')).toBeInTheDocument();
    expect(screen.getByText('64%')).toBeInTheDocument();
    expect(screen.getByText('No one admitted in this range has reached 180 days yet')).toBeInTheDocument();

    for (const title of [
      'Retention curves',
      'Check-in completion and use',
      'Craving and mood',
      'Caseload size and flags by counselor',
    ]) {
      expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    }
    expect(screen.getByRole('figure', { name: 'Retention curves' })).toHaveAccessibleDescription(
      'Of 20 clients, an estimated 84% are still in treatment at 90 days.',
    );

    const atRisk = screen.getByRole('table', {
      name: 'Numbers at risk: clients still in treatment and followed, by days since admission',
    });
    expect(within(atRisk).getByRole('row', { name: /All clients 20 15 10 10 0/ })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Caseload per counselor' });
    const avery = within(table).getByRole('row', { name: /Avery Chen/ });
    expect(within(avery).getByText('2 urgent, 5 warning, 3 info')).toBeInTheDocument();
    expect(within(avery).getByText('50%')).toBeInTheDocument();
    expect(within(avery).getByRole('link', { name: 'Avery Chen: see clients' })).toHaveAttribute(
      'href',
      '/?counselor=s-1',
    );
    const blake = within(table).getByRole('row', { name: /Blake Osei/ });
    expect(within(blake).getByText('No peer worker assigned')).toBeInTheDocument();
    const total = within(table).getByRole('row', { name: /Total/ });
    expect(within(total).getByText('20')).toBeInTheDocument();
    expect(within(total).getByText('2 urgent, 6 warning, 3 info')).toBeInTheDocument();
  });

  it('regroups the retention curves by program, with a keyboard link to each program’s clients', async () => {
    const user = userEvent.setup();
    renderPage([
      retentionMock('ALL', ['All clients']),
      trendsMock,
      caseloadMock,
      readmissionsMock(),
      retentionMock('PROGRAM', ['Intensive Outpatient', 'Residential']),
    ]);
    await screen.findByRole('heading', { name: 'Retention curves' });
    await user.selectOptions(screen.getByLabelText('Group by'), 'PROGRAM');

    const link = await screen.findByRole('link', {
      name: 'See clients in Intensive Outpatient',
    });
    expect(link).toHaveAttribute('href', '/?program=Intensive+Outpatient');
    expect(screen.getByRole('link', { name: 'See clients in Residential' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('groupBy=PROGRAM');

    await user.click(link);
    expect(screen.getByText('Caseload page')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?program=Intensive+Outpatient');
  });

  it('explains a backwards range and keeps showing the last good one', async () => {
    const user = userEvent.setup();
    renderPage([retentionMock('ALL', ['All clients']), trendsMock, caseloadMock, readmissionsMock()]);
    await screen.findByText('90-day retention is 64% (23 of 36 clients).');

    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2026-03-10');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));

    expect(screen.getByText(/“From” must be on or before “To”\./)).toBeInTheDocument();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveValue('2026-03-10');
    expect(screen.getByTestId('location')).toHaveTextContent(`from=${RANGE.from}&to=${RANGE.to}`);
    expect(screen.getByText('90-day retention is 64% (23 of 36 clients).')).toBeInTheDocument();
  });

  it('offers Retry when a query fails', async () => {
    renderPage([
      {
        request: {
          query: dashboardRetentionQuery,
          variables: { input: { ...RANGE, dimension: 'ALL', episodes: 'ALL' } },
        },
        error: new Error('offline'),
      },
      trendsMock,
      caseloadMock,
      readmissionsMock(),
    ]);
    expect(
      await screen.findByRole('heading', {
        name: 'The retention rates could not be loaded',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'The retention curves could not be loaded',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(2);
    // The other cards still load.
    expect(await screen.findByRole('table', { name: 'Caseload per counselor' })).toBeInTheDocument();
  });

  it('shows readmission within 30 and 90 days with their counts, and the rates by discharge reason', async () => {
    renderPage([retentionMock('ALL', ['All clients']), trendsMock, caseloadMock, readmissionsMock()]);
    expect(await screen.findByRole('heading', { name: 'Readmission within 30 and 90 days of discharge' })).toBeInTheDocument();
    const tiles = screen.getAllByRole('listitem').filter((li) => /Readmitted within \d+ days of discharge/.test(li.textContent ?? ''));
    expect(tiles.map((li) => li.textContent)).toEqual([
      'Readmitted within 30 days of discharge15%3 of 20 discharges came back',
      'Readmitted within 90 days of discharge40%6 of 15 discharges came back',
    ]);
    expect(
      screen.getByText(
        '24 discharges in this range. 3 of 20 (15%) came back within 30 days; 6 of 15 (40%) came back within 90 days. ' +
          'After treatment completed: 3 of 6 (50%) within 90 days.',
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('figure', { name: 'Readmission by discharge reason' });
    expect(chart).toHaveAccessibleDescription(
      'Dropped out (left against professional advice): 2 of 10 within 30 days (20%), 3 of 8 within 90 days (38%). ' +
        'Treatment completed: 1 of 8 within 30 days (13%), 3 of 6 within 90 days (50%). ' +
        'Death: none out 30 days yet, none out 90 days yet.',
    );
    expect(within(chart).getByRole('button', { name: 'Download CSV of Readmission by discharge reason' })).toBeEnabled();
  });

  it('counts first episodes only when asked: retention, curves and readmission ask again, and the URL remembers it', async () => {
    const user = userEvent.setup();
    renderPage([
      retentionMock('ALL', ['All clients']),
      trendsMock,
      caseloadMock,
      readmissionsMock(),
      retentionMock('ALL', ['All clients'], 'FIRST_ONLY'),
      readmissionsMock('FIRST_ONLY'),
    ]);
    await screen.findByText('90-day retention is 64% (23 of 36 clients).');
    const count = screen.getByLabelText('Count');
    expect(count).toHaveValue('ALL');
    expect(within(count).getAllByRole('option').map((o) => o.textContent)).toEqual(['All episodes', 'First episodes only']);

    await user.selectOptions(count, 'FIRST_ONLY');
    expect(await screen.findByText('90-day retention is 77% (23 of 30 clients).')).toBeInTheDocument();
    expect(await screen.findByText(/^10 discharges in this range\. 1 of 10 \(10%\) came back within 30 days/)).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('episodes=FIRST_ONLY');
    expect(screen.getAllByText(/counting first episodes only/i).length).toBeGreaterThanOrEqual(2);
  });

  it('compares retention from the landmark by support network, with the p-value, small groups marked and the clients of a group', async () => {
    const user = userEvent.setup();
    renderPage([retentionMock('ALL', ['All clients']), trendsMock, caseloadMock, readmissionsMock(), supportMock(30), groupClientsMock]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Support system' })).toBeInTheDocument();
    const figure = await screen.findByRole('figure', { name: 'Retention from day 30: Supportive people in the network' });
    expect(figure).toHaveAccessibleDescription(/^Of 29 clients still in treatment on day 30: .*Too small to read \(fewer than 10 clients\): One supportive member\.$/);
    expect(screen.getByTestId('support-log-rank')).toHaveTextContent(
      'Log-rank test across 3 groups: χ² = 7.01 with 2 degrees of freedom, p = 0.03.',
    );
    expect(screen.getByText(/^Each client’s group is fixed from what was recorded in their first 30 days/)).toBeInTheDocument();
    expect(screen.getByText('These figures show association in this program’s data, not cause.')).toBeInTheDocument();

    // Numbers at risk from the landmark, the groups in the shared order, the small one marked.
    const atRisk = screen.getByRole('table', { name: /^Numbers at risk from day 30:/ });
    const rows = within(atRisk).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'No supportive member',
      'One supportive member — too small to read (n < 10)',
      'Two or more supportive members',
    ]);
    expect(rows[0]).toHaveTextContent(/^No supportive member12111111/);

    // The clients behind the small group, each linking to their record.
    await user.click(within(atRisk).getByRole('button', { name: 'See 3 clients in One supportive member' }));
    const dialog = await screen.findByRole('dialog', { name: 'One supportive member' });
    const table = await within(dialog).findByRole('grid');
    const clientRows = within(table).getAllByRole('row').slice(1);
    expect(clientRows).toHaveLength(3);
    expect(clientRows[1]).toHaveTextContent(/Sam Baker.*Left care.*50/);
    expect(clientRows[0]).toHaveTextContent('Still in treatment');
    expect(within(dialog).getByText(/too small to read \(n < 10\)/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('link', { name: 'Robin Alvarez' }));
    expect(await screen.findByText('Client record')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/clients/c-1');
  });

  it('moves the landmark after a pause in typing, keeps it in the URL and explains a day out of range', async () => {
    const user = userEvent.setup();
    renderPage([retentionMock('ALL', ['All clients']), trendsMock, caseloadMock, readmissionsMock(), supportMock(30), supportMock(45)]);
    await screen.findByRole('figure', { name: 'Retention from day 30: Supportive people in the network' });
    const landmark = screen.getByLabelText('Landmark day');
    await user.clear(landmark);
    await user.type(landmark, '9');
    expect(await screen.findByText('Enter a whole number of days from 14 to 90.')).toBeInTheDocument();
    expect(landmark).toHaveAttribute('aria-invalid', 'true');

    await user.clear(landmark);
    await user.type(landmark, '45');
    // Nothing is asked while typing; the pause after it (a timer) applies the landmark.
    expect(screen.getByTestId('location')).not.toHaveTextContent('landmark=');
    await act(() => new Promise((resolve) => setTimeout(resolve, LANDMARK_DEBOUNCE_MS + 50)));
    expect(await screen.findByRole('figure', { name: 'Retention from day 45: Supportive people in the network' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('landmark=45');
    expect(screen.getByRole('table', { name: /^Numbers at risk from day 45:/ })).toBeInTheDocument();
    expect(screen.getByText(/in their first 45 days, and the curves start on day 45/)).toBeInTheDocument();
  });

  it('draws weekly check-in completion by support network with the curves’ groups, and mean craving on request', async () => {
    const user = userEvent.setup();
    renderPage([retentionMock('ALL', ['All clients']), trendsMock, caseloadMock, readmissionsMock()]);
    const figure = await screen.findByRole('figure', { name: 'Weekly check-ins by supportive people in the network' });
    expect(figure).toHaveAccessibleDescription(
      'Check-ins completed of those expected, over 2 weeks: No supportive member 55%; One supportive member 75%; ' +
        'Two or more supportive members 85%.',
    );
    expect(
      within(figure).getByRole('button', { name: 'Download CSV of Weekly check-ins by supportive people in the network' }),
    ).toBeEnabled();
    // One legend entry per group, in the curves' order, each drawn with its curve's dash so colour is not the only signal.
    const legend = within(figure).getAllByRole('listitem');
    expect(legend.map((li) => li.textContent)).toEqual(['No supportive member', 'One supportive member', 'Two or more supportive members']);
    // The curves come from their own query, which may answer after the check-ins did.
    const curves = await screen.findByRole('figure', { name: 'Retention from day 30: Supportive people in the network' });
    const curveLines = [
      'No supportive member',
      'One supportive member — too small to read (n < 10)',
      'Two or more supportive members',
    ].map((name) => within(curves).getByText(name).closest('li')?.querySelector('line'));
    const look = (line: Element | null | undefined) => `${line?.getAttribute('stroke')} ${line?.getAttribute('stroke-dasharray')}`;
    expect(new Set(curveLines.map(look)).size).toBe(3);
    expect(legend.map((li) => look(li.querySelector('line')))).toEqual(curveLines.map(look));
    expect(screen.getByText(/^Clients in care in this range, each grouped by what was recorded in the first 30 days/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Show'), 'craving');
    expect(figure).toHaveAccessibleDescription(
      'Mean craving (0–10, lower is better), averaged over 2 weeks: No supportive member 5.5; One supportive member 4.5; ' +
        'Two or more supportive members 3.5.',
    );
  });
});
