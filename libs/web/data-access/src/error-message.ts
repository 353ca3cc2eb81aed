import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A sentence to show a person: the API's own message for GraphQL errors, a plain one otherwise. */
export function errorMessage(error: ErrorLike | undefined): string {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    return error.errors.map((e) => e.message).join(' ');
  }
  return 'CareCircle could not reach the server. Check your connection and try again.';
}
