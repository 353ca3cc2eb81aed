import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GqlExecutionContext, type GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { ApiError, ApiErrorCode } from './api-error';
import { isDatabaseUnavailable, logUnexpectedError, newErrorId } from './error-log';

const HTTP_STATUS: Record<string, number> = {
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.FORBIDDEN]: 403,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.CONFLICT]: 409,
  [ApiErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export const UNEXPECTED_ERROR_MESSAGE = 'Something went wrong on our side; nothing was changed. Try again, and tell support if it repeats.';
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database cannot be reached just now; nothing was changed. Try again in a minute.';

/**
 * The answer to an error nobody expected: a generic message and an error id, the same id as in the
 * one log line that describes it (without the SQL, its values or the request's variables). A
 * database that is down is told apart, since trying again later is then the right advice.
 */
export function unexpectedErrorAnswer(error: unknown, path?: ReadonlyArray<string | number>): ApiError {
  const errorId = newErrorId();
  const unavailable = isDatabaseUnavailable(error);
  logUnexpectedError(error, errorId, { path, unavailable });
  // SQLSTATE class 22 (data exception: a value PostgreSQL cannot take, such as a non-UUID id) is the
  // caller's input that a check missed: refused as input, still logged so the missing check is found.
  if (isDataException(error)) {
    return new ApiError(ApiErrorCode.BAD_USER_INPUT, 'A value given is not valid for its field; nothing was changed.', { problems: [], errorId });
  }
  return unavailable
    ? new ApiError(ApiErrorCode.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, { errorId })
    : new ApiError(ApiErrorCode.INTERNAL_SERVER_ERROR, UNEXPECTED_ERROR_MESSAGE, { errorId });
}

function isDataException(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Record<string, unknown>;
  const driver = (typeof e['driverError'] === 'object' && e['driverError'] !== null ? e['driverError'] : e) as Record<string, unknown>;
  return e['name'] === 'QueryFailedError' || e.constructor?.name === 'QueryFailedError' ? /^22/.test(String(driver['code'] ?? '')) : false;
}

/**
 * A resolver's error as GraphQL answers it: an expected one (GraphQLError, HttpException) as it is,
 * anything else through `unexpectedErrorAnswer`, named by the field's path. The exception filter and
 * the schema's field-permission wrapper (api/auth field-access.ts) both answer with this.
 */
export function resolverErrorAnswer(error: unknown, path: GraphQLResolveInfo['path'] | undefined): GraphQLError | HttpException {
  if (error instanceof GraphQLError || error instanceof HttpException) return error;
  const keys: Array<string | number> = [];
  for (let p = path; p; p = p.prev) keys.unshift(p.key);
  return unexpectedErrorAnswer(error, path ? keys : undefined);
}

function graphqlPath(host: ArgumentsHost): GraphQLResolveInfo['path'] | undefined {
  try {
    return GqlExecutionContext.create(host as never).getInfo<GraphQLResolveInfo | undefined>()?.path;
  } catch {
    return undefined;
  }
}

/**
 * Every exception of a resolver or controller ends here. Expected errors (wrong password, out of
 * scope, stale write) are answers, not incidents: they go to GraphQL as they are. Anything else is
 * logged once, safely, instead of by Nest's own handler, which prints the whole error object —
 * for a failed query that is the SQL with its parameters.
 */
@Catch()
export class ApiErrorFilter implements GqlExceptionFilter, ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): GraphQLError | HttpException | void {
    if (host.getType<string>() === 'graphql') return resolverErrorAnswer(error, graphqlPath(host));
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      const body = error.getResponse();
      response.status(error.getStatus()).json(typeof body === 'string' ? { statusCode: error.getStatus(), message: body } : body);
      return;
    }
    const known = error instanceof GraphQLError ? error : unexpectedErrorAnswer(error);
    const code = String(known.extensions['code'] ?? ApiErrorCode.INTERNAL_SERVER_ERROR);
    response
      .status(HTTP_STATUS[code] ?? 500)
      .json({ error: { code, message: known.message, ...(known.extensions['errorId'] ? { errorId: known.extensions['errorId'] } : {}) } });
  }
}
