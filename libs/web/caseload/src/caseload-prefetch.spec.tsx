import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { createPrefetchLink, type CaseloadClientsQuery } from '@carecircle/web/data-access';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { tap } from 'rxjs';
import { caseloadClientsQuery, caseloadProgramsQuery } from './caseload-clients.query';
import { CaseloadPage } from './caseload-page';
import { prefetchCaseload } from './caseload-prefetch';

type Client = CaseloadClientsQuery['clients']['items'][number];

const zoe = {
  __typename: 'Client',
  id: 'c-z',
  firstName: 'Zoe',
  lastName: 'Zimmer',
  preferredName: null,
  pronouns: null,
  status: 'ACTIVE',
  levelOfCare: 'OUTPATIENT_1',
  admissionDate: '2026-01-05',
  daysInTreatment: 47,
  daysSinceRecoveryStart: null,
  lastCheckInAt: null,
  carePlanStatus: null,
  currentCarePlan: null,
  nextMilestone: null,
  dualDiagnosis: false,
  highestRiskSeverity: 'URGENT',
  riskFlags: [{ __typename: 'RiskFlag', code: 'SELF_HARM_RISK', severity: 'URGENT', reason: 'PHQ-9 item 9 scored 2 on 3 Mar' }],
  program: { __typename: 'Program', id: 'p-1', name: 'Harbor IOP' },
  careTeam: [],
} as unknown as Client;

/** What a supervisor's page sorted by risk asks for, written out here rather than computed as the page does. */
const riskFirstRequest = {
  query: caseloadClientsQuery,
  variables: {
    filter: { statuses: ['ACTIVE', 'ON_HOLD'] },
    sort: { key: 'RISK', direction: 'DESC', urgentFirst: true },
    offset: 0,
    limit: 50,
    withDiagnoses: true,
  },
};

/** A client over mocked answers that records the name of every operation it sends to the server (behind the app's prefetch link). */
function clientWithLog(mocks: MockLink.MockedResponse[]) {
  const sent: string[] = [];
  const answered: string[] = [];
  const logLink = new ApolloLink((operation, forward) => {
    sent.push(operation.operationName ?? '');
    return forward(operation).pipe(tap(() => answered.push(operation.operationName ?? '')));
  });
  const client = new ApolloClient({ link: ApolloLink.from([createPrefetchLink(), logLink, new MockLink(mocks)]), cache: new InMemoryCache() });
  return { client, sent, answered };
}

/** The server's answers for a supervisor's risk-first caseload: Zoe alone, after `delay` ms; no programs. */
function riskFirstAnswers(delay?: number): MockLink.MockedResponse[] {
  return [
    {
      request: riskFirstRequest,
      result: { data: { clients: { __typename: 'ClientPage', total: 1, offset: 0, limit: 50, items: [zoe] } } },
      ...(delay === undefined ? {} : { delay }),
    },
    { request: { query: caseloadProgramsQuery }, result: { data: { programs: [] } } },
  ];
}

function renderRiskFirstPage(client: ApolloClient): void {
  render(
    <ApolloProvider client={client}>
      <MemoryRouter initialEntries={['/caseload?sort=risk&dir=desc']}>
        <CaseloadPage role="SUPERVISOR" />
      </MemoryRouter>
    </ApolloProvider>,
  );
}

describe('prefetchCaseload', () => {
  beforeEach(() => localStorage.clear());

  it('asks for the clients the page will ask for, so the page shows them without asking again', async () => {
    const { client, sent } = clientWithLog(riskFirstAnswers(20));

    prefetchCaseload(client, 'SUPERVISOR', '?sort=risk&dir=desc');
    // Asked before the page renders; the answer is still on its way when the page asks the same.
    expect(sent).toEqual(['CaseloadClients']);
    renderRiskFirstPage(client);

    expect(await screen.findByRole('row', { name: /Zoe Zimmer/ })).toBeInTheDocument();
    expect(sent.filter((name) => name === 'CaseloadClients')).toEqual(['CaseloadClients']);
  });

  it('hands its answer to the page when the answer came before the page asked', async () => {
    const { client, sent, answered } = clientWithLog(riskFirstAnswers());

    prefetchCaseload(client, 'SUPERVISOR', '?sort=risk&dir=desc');
    // The answer is in before the page asks; the list skips the cache, so the prefetch link holds it for the page.
    await waitFor(() => expect(answered).toEqual(['CaseloadClients']));
    renderRiskFirstPage(client);

    expect(await screen.findByRole('row', { name: /Zoe Zimmer/ })).toBeInTheDocument();
    expect(sent.filter((name) => name === 'CaseloadClients')).toEqual(['CaseloadClients']);
  });

  it('leaves a link that names a program to the page, which needs the program list first', () => {
    const { client, sent } = clientWithLog([]);

    prefetchCaseload(client, 'SUPERVISOR', '?program=Harbor%20IOP');

    expect(sent).toEqual([]);
  });
});
