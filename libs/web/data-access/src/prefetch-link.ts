import { ApolloLink } from '@apollo/client';
import { canonicalStringify } from '@apollo/client/utilities';
import { of, tap } from 'rxjs';

/** The context of a request sent ahead of the page that will ask for the same: `client.query({ …, context: PREFETCH })`. */
export const PREFETCH = { prefetch: true } as const;

/** How long a prefetched answer waits for its page; a page that comes later asks the server itself. */
export const PREFETCH_KEEP_MS = 5_000;

/**
 * Hands a prefetched answer to the page it was fetched for. Apollo joins a page's request to an identical one still in
 * flight, but not to one already answered, and a page whose query skips the cache (`no-cache`) would then ask the server
 * a second time. So the answer of a request sent with `PREFETCH` is kept, briefly, for the next request of the same
 * operation by the same signed-in person: if that request is identical (same variables) it is answered from it, and
 * either way the kept answer is then dropped, so a later request (another sort, coming back) asks the server. Answers
 * with errors are not kept: the page asks again and shows the error.
 *
 * Goes after the link that sets `x-signed-in-as`, so an answer is only ever handed to the person it was fetched for.
 */
export function createPrefetchLink(now: () => number = Date.now): ApolloLink & { forget(): void } {
  const kept = new Map<string, { variables: string; result: ApolloLink.Result; until: number }>();
  const link = new ApolloLink((operation, forward) => {
    const context = operation.getContext();
    const signedInAs = (context['headers'] as Record<string, string> | undefined)?.['x-signed-in-as'] ?? '';
    const key = `${signedInAs} ${operation.operationName ?? ''}`;
    const variables = canonicalStringify(operation.variables);
    if (context['prefetch'] === true) {
      return forward(operation).pipe(
        tap((result) => {
          if (!('errors' in result && result.errors?.length)) kept.set(key, { variables, result, until: now() + PREFETCH_KEEP_MS });
        }),
      );
    }
    const answer = kept.get(key);
    kept.delete(key);
    return answer && answer.variables === variables && answer.until > now() ? of(answer.result) : forward(operation);
  });
  // A kept answer is someone's clients: it goes with the rest of what the app holds when the store is cleared (signing
  // out, a session that ended), not only when the same page asks again, which after signing out may be never.
  return Object.assign(link, { forget: () => kept.clear() });
}
