import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { apiErrorCodeOf } from './api-error-code-of';
import { createPrefetchLink } from './prefetch-link';
import type { SessionStore } from './session-store';

export interface ApolloClientOptions {
  sessionStore: SessionStore;
  /** Called after an UNAUTHENTICATED error ended the session, e.g. to go to the sign-in page. */
  onSessionEnded?: () => void;
  uri?: string;
}

/** Operations whose UNAUTHENTICATED answer ends nothing: a wrong password, or signing out a token that already expired. */
const UNAUTHENTICATED_IS_EXPECTED = new Set(['Login', 'Logout']);

export function createApolloClient({ sessionStore, onSessionEnded, uri = '/graphql' }: ApolloClientOptions): ApolloClient {
  // The cookie is shared by every tab; this tab says whom it shows, so it never acts as someone who signed in
  // in another tab of the same browser (the API refuses the mismatch as UNAUTHENTICATED).
  const signedInAsLink = new SetContextLink((prevContext) => {
    const staffId = sessionStore.getSession()?.me.id;
    return staffId ? { headers: { ...prevContext['headers'], 'x-signed-in-as': staffId } } : {};
  });

  const sessionEndedLink = new ErrorLink(({ error, operation }) => {
    if (UNAUTHENTICATED_IS_EXPECTED.has(operation.operationName ?? '')) return;
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => apiErrorCodeOf(e) === ApiErrorCode.UNAUTHENTICATED)) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (unauthenticated) {
      sessionStore.end('expired');
      onSessionEnded?.();
    }
  });

  const prefetchLink = createPrefetchLink();
  const client = new ApolloClient({
    // The session travels as the API's httpOnly cookie (same origin): no script here ever holds the token. Requests are
    // JSON, which the API's CSRF protection requires, and the cookie is SameSite=Strict.
    link: ApolloLink.from([sessionEndedLink, signedInAsLink, prefetchLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
  client.onClearStore(async () => prefetchLink.forget());
  return client;
}
