import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ApiErrorCode } from './api-error';

const HTTP_STATUS: Record<string, number> = {
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.FORBIDDEN]: 403,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.CONFLICT]: 409,
};

/**
 * Expected errors (wrong password, out of scope, stale write) are answers, not incidents: hand them
 * to GraphQL as they are instead of letting Nest log them as crashes.
 */
@Catch(GraphQLError)
export class ApiErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'graphql') return error;
    const code = String(error.extensions['code'] ?? ApiErrorCode.INTERNAL_SERVER_ERROR);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 500)
      .json({ error: { code, message: error.message } });
  }
}
