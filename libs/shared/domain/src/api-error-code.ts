/**
 * The error-code contract between the API and its callers. The message is for people; the code is
 * what the web and integrations branch on, so both sides read it from here.
 */
export enum ApiErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database is down or unreachable: nothing was changed, and trying again later may work. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}
