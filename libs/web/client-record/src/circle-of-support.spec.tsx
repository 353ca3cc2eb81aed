import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { sessionStore, type StaffRole } from '@carecircle/web/data-access';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { CircleOfSupport, clientCircleOfSupportQuery, compareToMedian } from './circle-of-support';

const CLIENT_ID = 'c-1';

const MEASURE_KEYS = [
  'supportiveMembers',
  'riskMembers',
  'familyEventsLast30Days',
  'peerContactsLast30Days',
  'checkInsLast30Days',
  'meetingsReportedLast30Days',
] as const;
/** Every measure set to one value. */
const allMeasures = <T,>(value: T) => Object.fromEntries(MEASURE_KEYS.map((key) => [key, value])) as Record<(typeof MEASURE_KEYS)[number], T>;

const medians = (overrides: Record<string, number | null> = {}) => ({
  __typename: 'CircleOfSupportMedians',
  medianOverClients: 12,
  supportiveMembers: 1,
  riskMembers: 0,
  familyEventsLast30Days: 1.5,
  peerContactsLast30Days: 2,
  checkInsLast30Days: 20,
  meetingsReportedLast30Days: 4,
  ...overrides,
});

const circle = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'CircleOfSupport',
  supportiveMembers: 3,
  riskMembers: 1,
  familyEventsLast30Days: 0,
  peerContactsLast30Days: 2,
  checkInsLast30Days: 19,
  meetingsReportedLast30Days: 1,
  programMedian: medians(),
  ...overrides,
});

const circleMock = (value: unknown): MockLink.MockedResponse => ({
  request: { query: clientCircleOfSupportQuery, variables: { clientId: CLIENT_ID } },
  result: { data: { client: { __typename: 'Client', id: CLIENT_ID, circleOfSupport: value } } },
});

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Avery Chen', email: 'a@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  });
}

function renderCard(mocks: MockLink.MockedResponse[], networkVersion = 'm1:1') {
  const ui = (version: string) => (
    <MockedProvider mocks={mocks}>
      <CircleOfSupport clientId={CLIENT_ID} clientName="Jo" networkVersion={version} />
    </MockedProvider>
  );
  const view = render(ui(networkVersion));
  return { ...view, rerenderWith: (version: string) => view.rerender(ui(version)) };
}

/** The list item of one measure, by its label. */
async function measure(label: string): Promise<HTMLElement> {
  const list = await screen.findByRole('list');
  return within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(label)) as HTMLElement;
}

afterEach(() => {
  cleanup();
  sessionStore.end('signed-out');
});

describe('circle of support card', () => {
  it('shows each measure with the client’s figure, the program median and where it stands, in words', async () => {
    signInAs('COUNSELOR');
    renderCard([circleMock(circle())]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the circle of support…');
    expect(await screen.findByRole('region', { name: 'Circle of support' })).toBeInTheDocument();
    expect(await screen.findByText('Compared with the median of the 12 clients in treatment in this program that you can see.')).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(await measure('Supportive people in the network')).toHaveTextContent('3program median 1 · ▲ Above the median');
    expect(await measure('People marked as a risk')).toHaveTextContent('1program median 0 · ▲ Above the median');
    expect(await measure('Family events, last 30 days')).toHaveTextContent('0program median 1.5 · ▼ Below the median');
    expect(await measure('Peer contacts, last 30 days')).toHaveTextContent('program median 2 · ● Around the median');
    // 19 against 20: within a tenth of the median, so around it.
    expect(await measure('Check-ins, last 30 days')).toHaveTextContent('19program median 20 · ● Around the median');
    expect(await measure('Meetings reported, last 30 days')).toHaveTextContent('1program median 4 · ▼ Below the median');
  });

  it('says why there is no median over a handful of clients, and shows the client’s figures alone', async () => {
    signInAs('SUPERVISOR');
    renderCard([circleMock(circle({ programMedian: medians({ medianOverClients: 3, ...allMeasures(null) }) }))]);
    expect(await screen.findByText(/^No program median: 3 clients in treatment in this program that you can see, too few/)).toBeInTheDocument();
    expect(await measure('Supportive people in the network')).toHaveTextContent(/^Supportive people in the network3$/);
    expect(screen.queryByText(/program median \d/)).not.toBeInTheDocument();
  });

  it('says when there is nothing to count yet', async () => {
    signInAs('COUNSELOR');
    renderCard([circleMock(circle(allMeasures(0)))]);
    expect(await screen.findByText(/^Nothing to count for Jo yet: no one in the network marked supportive or a risk/)).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(6);
  });

  it('offers Retry when the figures cannot be loaded', async () => {
    signInAs('COUNSELOR');
    renderCard([
      {
        request: { query: clientCircleOfSupportQuery, variables: { clientId: CLIENT_ID } },
        result: { errors: [new GraphQLError('Database unavailable')] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The circle of support could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('counts again when the network changes', async () => {
    signInAs('COUNSELOR');
    const { rerenderWith } = renderCard([circleMock(circle()), circleMock(circle({ supportiveMembers: 4 }))]);
    expect(await measure('Supportive people in the network')).toHaveTextContent('3program median 1');
    rerenderWith('m1:1,m2:1');
    await waitFor(async () => expect(await measure('Supportive people in the network')).toHaveTextContent('4program median 1'));
  });

  it.each<StaffRole>(['PEER_SUPPORT', 'ADMIN'])('shows nothing to the %s role, which the API refuses', (role) => {
    signInAs(role);
    // No mocks: a query would fail the render with an error state.
    const { container } = renderCard([]);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('compareToMedian', () => {
  it('calls a count around the median within half a unit or a tenth of the median, whichever is wider', () => {
    expect(compareToMedian(2, 2.5)).toBe('around');
    expect(compareToMedian(2, 3)).toBe('below');
    expect(compareToMedian(4, 3)).toBe('above');
    expect(compareToMedian(18, 20)).toBe('around');
    expect(compareToMedian(17, 20)).toBe('below');
    expect(compareToMedian(0, 0)).toBe('around');
    expect(compareToMedian(1, 0)).toBe('above');
  });
});
