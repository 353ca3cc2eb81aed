import { ApolloClient, ApolloLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { of } from 'rxjs';
import { createPrefetchLink, PREFETCH, PREFETCH_KEEP_MS } from './prefetch-link';

const clientsQuery: TypedDocumentNode<{ clients: { total: number } }, { offset: number }> = gql`
  query Clients($offset: Int!) {
    clients(offset: $offset) {
      total
    }
  }
`;

/** A client whose server answers with a running count of the requests it got (or an error), and who is signed in as `staffId`. */
function clientFor(options: { now?: () => number; fail?: boolean } = {}) {
  let requests = 0;
  let staffId = 'staff-1';
  const signedInAs = new ApolloLink((operation, forward) => {
    operation.setContext({ headers: { 'x-signed-in-as': staffId } });
    return forward(operation);
  });
  const server = new ApolloLink(() => {
    requests += 1;
    return of(options.fail ? { errors: [{ message: 'No.' }] } : { data: { clients: { __typename: 'ClientPage', total: requests } } });
  });
  const client = new ApolloClient({ link: ApolloLink.from([signedInAs, createPrefetchLink(options.now), server]), cache: new InMemoryCache() });
  const ask = (offset: number, context?: object) =>
    client.query({ query: clientsQuery, variables: { offset }, fetchPolicy: 'no-cache', errorPolicy: 'all', context });
  return { ask, requests: () => requests, signInAs: (id: string) => (staffId = id) };
}

describe('createPrefetchLink', () => {
  it('hands a prefetched answer to the next identical request, once, without asking the server again', async () => {
    const { ask, requests } = clientFor();

    await ask(0, PREFETCH);
    const page = await ask(0);
    const again = await ask(0);

    expect(page.data?.clients.total).toBe(1);
    expect(again.data?.clients.total).toBe(2);
    expect(requests()).toBe(2);
  });

  it('asks the server for someone else signed in, and once the answer is too old', async () => {
    let now = 1_000;
    const { ask, requests, signInAs } = clientFor({ now: () => now });

    await ask(0, PREFETCH);
    signInAs('staff-2');
    expect((await ask(0)).data?.clients.total).toBe(2);
    signInAs('staff-1');
    now += PREFETCH_KEEP_MS + 1;
    expect((await ask(0)).data?.clients.total).toBe(3);
    expect(requests()).toBe(3);
  });

  it('drops the answer once the page asked for something else, so coming back to it asks the server', async () => {
    const { ask, requests } = clientFor();

    await ask(0, PREFETCH);
    expect((await ask(50)).data?.clients.total).toBe(2);
    expect((await ask(0)).data?.clients.total).toBe(3);
    expect(requests()).toBe(3);
  });

  it('does not keep an answer with errors: the page asks again and shows its own', async () => {
    const { ask, requests } = clientFor({ fail: true });

    await ask(0, PREFETCH);
    await ask(0);

    expect(requests()).toBe(2);
  });
});
