import type { GraphQLFormattedError } from 'graphql';
import { ApiErrorCode } from './api-error';

const PASS_THROUGH_CODES = new Set<string>([
  ...Object.values(ApiErrorCode),
  // Apollo's own codes for malformed operations are safe to show as they are.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Everything leaving the API goes through here: known errors keep their code and message, anything
 * unexpected becomes a generic INTERNAL_SERVER_ERROR so no stack, SQL or record content leaks.
 */
export function formatApiError(
  formatted: GraphQLFormattedError,
  onUnexpected: (error: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { ...extensions, code: ApiErrorCode.BAD_USER_INPUT } };
  }
  if (PASS_THROUGH_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  onUnexpected(formatted);
  return {
    message: 'Something went wrong on our side; nothing was changed. Try again, and tell support if it repeats.',
    path: formatted.path,
    extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR },
  };
}
