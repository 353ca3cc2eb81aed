import { ApiErrorCode } from '@carecircle/shared/domain';

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ApiErrorCode));

/**
 * The API's stable code on one GraphQL error (`extensions.code`), read against the shared
 * contract; null when the error carries no code, or one the contract does not know.
 */
export function apiErrorCodeOf(error: { readonly extensions?: Readonly<Record<string, unknown>> | null }): ApiErrorCode | null {
  const code = error.extensions?.['code'];
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ApiErrorCode) : null;
}
