import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { apiErrorCodeOf } from './api-error-code-of';
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
  const authLink = new SetContextLink((prevContext) => {
    const token = sessionStore.getToken();
    if (!token) return {};
    return { headers: { ...prevContext['headers'], Authorization: `Bearer ${token}` } };
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

  return new ApolloClient({
    link: ApolloLink.from([sessionEndedLink, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
  });
}
