import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getApolloContext } from '@apollo/client/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { apiErrorCodeOf } from '@carecircle/web/data-access';
import { useCallback, useContext } from 'react';

const RELOADED =
  'The record has been reloaded with that change; what you entered is still here — check it against the record and save again if it still applies.';

/** The server refused because the record changed since it was loaded (a newer version, or the same action already done). */
export function isConflict(error: unknown): error is CombinedGraphQLErrors {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => apiErrorCodeOf(e) === ApiErrorCode.CONFLICT);
}

/**
 * Wraps a save: when the server answers CONFLICT, the named queries are reloaded (so the next save
 * sends the current version) and the refusal is rethrown saying so; the form keeps what was typed.
 * Without query names the save is returned as it is.
 */
export function useReloadOnConflict<V>(save: (values: V) => Promise<unknown>, queryNames: readonly string[] | undefined) {
  // Read from the context, not useApolloClient(): a form outside an ApolloProvider (a test) still works.
  const apollo = useContext(getApolloContext()).client;
  return useCallback(
    async (values: V) => {
      try {
        return await save(values);
      } catch (error) {
        if (!queryNames?.length || !apollo || !isConflict(error)) throw error;
        await apollo.refetchQueries({ include: [...queryNames] }).catch(() => undefined);
        throw new CombinedGraphQLErrors({ errors: error.errors.map((e) => ({ ...e, message: `${e.message} ${RELOADED}` })) });
      }
    },
    [apollo, save, queryNames],
  );
}
