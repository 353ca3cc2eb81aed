import type { GraphQLFormattedError } from 'graphql';
import { ApiErrorCode } from './api-error';
import { unexpectedErrorAnswer } from './api-error.filter';

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
 * unexpected becomes a generic INTERNAL_SERVER_ERROR (SERVICE_UNAVAILABLE when the database is down)
 * with an `errorId`, logged once without SQL, values or variables, so no stack, SQL or record
 * content leaks to the caller or to the log. `error` is the original error Apollo hands to
 * formatError; `onUnexpected`, when given, is told of each unexpected error with its id.
 */
export function formatApiError(
  formatted: GraphQLFormattedError,
  error?: unknown,
  onUnexpected?: (errorId: string) => void,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  // graphql-js stops coercing variables after 50 problems and says so in an error Apollo gives no code.
  if (formatted.message.startsWith('Too many errors processing variables')) {
    return { message: formatted.message, extensions: { code: ApiErrorCode.BAD_USER_INPUT } };
  }
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { ...extensions, code: ApiErrorCode.BAD_USER_INPUT } };
  }
  // An INTERNAL_SERVER_ERROR without an errorId was not made by unexpectedErrorAnswer (Apollo's own for a
  // crash outside a resolver): it is unexpected like any unknown code.
  const ours = code !== ApiErrorCode.INTERNAL_SERVER_ERROR || typeof formatted.extensions?.['errorId'] === 'string';
  if (PASS_THROUGH_CODES.has(code) && ours) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const answer = unexpectedErrorAnswer(error ?? formatted, formatted.path);
  onUnexpected?.(String(answer.extensions['errorId']));
  return { message: answer.message, path: formatted.path, extensions: { ...answer.extensions } };
}
