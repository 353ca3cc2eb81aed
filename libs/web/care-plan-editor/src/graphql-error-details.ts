import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { apiErrorCodeOf } from '@carecircle/web/data-access';

/** What a failed write said: the API's stable code and its extensions (e.g. who changed the plan). */
export interface GraphQLErrorDetails {
  code: ApiErrorCode | null;
  message: string;
  extensions: Record<string, unknown>;
}

export function graphQLErrorDetails(error: unknown): GraphQLErrorDetails | null {
  if (!CombinedGraphQLErrors.is(error as ErrorLike) || (error as CombinedGraphQLErrors).errors.length === 0) return null;
  const first = (error as CombinedGraphQLErrors).errors[0];
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  return { code: apiErrorCodeOf(first), message: first.message, extensions };
}

/** The readiness or validation problems a BAD_USER_INPUT answer lists, as sentences. */
export function inputProblems(details: GraphQLErrorDetails): string[] {
  const problems = details.extensions['problems'];
  if (!Array.isArray(problems)) return [];
  return problems
    .map((p: unknown) => (p && typeof p === 'object' && 'problem' in p ? String((p as { problem: unknown }).problem) : null))
    .filter((p): p is string => Boolean(p))
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}

/** Details of a stale write: who changed the plan, when, and its version now. */
export interface ConflictDetails {
  changedByName: string;
  changedAt: string | null;
  currentVersion: number | null;
}

export function conflictDetails(details: GraphQLErrorDetails): ConflictDetails | null {
  if (details.code !== ApiErrorCode.CONFLICT) return null;
  const { changedByName, changedAt, currentVersion } = details.extensions;
  return {
    changedByName: typeof changedByName === 'string' ? changedByName : 'A colleague',
    changedAt: typeof changedAt === 'string' ? changedAt : null,
    currentVersion: typeof currentVersion === 'number' ? currentVersion : null,
  };
}
