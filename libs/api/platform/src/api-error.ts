import { GraphQLError } from 'graphql';

/**
 * Stable codes the web and integrations can branch on. The message is for people; the code is
 * the contract.
 */
export enum ApiErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  problem: string;
}

export class ApiError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  static unauthenticated(message = 'Sign in to continue.'): ApiError {
    return new ApiError(ApiErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'Your role does not allow this.'): ApiError {
    return new ApiError(ApiErrorCode.FORBIDDEN, message);
  }

  /** Unknown ids and ids outside the caller's scope look the same, so scope cannot be probed. */
  static notFound(entity: string, id: string): ApiError {
    return new ApiError(ApiErrorCode.NOT_FOUND, `${entity} ${id} was not found.`, { entity, id });
  }

  static badInput(message: string, problems: FieldProblem[] = []): ApiError {
    return new ApiError(ApiErrorCode.BAD_USER_INPUT, message, { problems });
  }

  static conflict(message: string, details: Record<string, unknown> = {}): ApiError {
    return new ApiError(ApiErrorCode.CONFLICT, message, details);
  }

  /**
   * A write based on an old version. Names who changed the record and when, so the person can
   * look at that change before retrying; nothing of either change is lost.
   */
  static staleWrite(
    entity: string,
    id: string,
    current: { version: number; changedByName: string; changedById: string; changedAt: Date },
  ): ApiError {
    return new ApiError(
      ApiErrorCode.CONFLICT,
      `This ${entity} was changed by ${current.changedByName} at ${current.changedAt.toISOString()} after you opened it. ` +
        'Reload to see their change; your edit was not saved.',
      { entity, id, currentVersion: current.version, changedById: current.changedById, changedByName: current.changedByName, changedAt: current.changedAt.toISOString() },
    );
  }
}
