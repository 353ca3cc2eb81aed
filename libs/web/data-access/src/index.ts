export { graphql } from './gql';
export type * from './gql/graphql';
export { createApolloClient } from './apollo-client';
export type { ApolloClientOptions } from './apollo-client';
export { errorMessage } from './error-message';
export { apiErrorCodeOf } from './api-error-code-of';
export type { Session, SessionEndReason, SessionUser } from './session';
export { SessionStore, sessionStore } from './session-store';
export { useSession } from './use-session';
