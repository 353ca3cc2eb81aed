/** @jest-environment node */
import { gql, type TypedDocumentNode } from '@apollo/client';
import { createApolloClient } from './apollo-client';
import { PREFETCH } from './prefetch-link';
import { SessionStore } from './session-store';

const clientsQuery: TypedDocumentNode<{ clients: { total: number } }, Record<string, never>> = gql`
  query Clients {
    clients {
      total
    }
  }
`;

describe('createApolloClient', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('forgets a prefetched answer nobody asked for when the store is cleared, as signing out does', async () => {
    let requests = 0;
    globalThis.fetch = jest.fn(async () => {
      requests += 1;
      return new Response(JSON.stringify({ data: { clients: { __typename: 'ClientPage', total: requests } } }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const sessionStore = new SessionStore(undefined);
    sessionStore.start({ expiresAt: new Date(Date.now() + 3_600_000).toISOString(), me: { id: 'staff-1' } } as never);
    const client = createApolloClient({ sessionStore, uri: 'http://api.test/graphql' });
    const ask = (context?: object) => client.query({ query: clientsQuery, fetchPolicy: 'no-cache', context });

    await ask(PREFETCH);
    await client.clearStore();
    const afterSignOut = await ask();

    // Asked the server again: the kept answer (someone's clients) did not outlive the store.
    expect(afterSignOut.data?.clients.total).toBe(2);
    expect(requests).toBe(2);
    sessionStore.end('expired');
  });
});
