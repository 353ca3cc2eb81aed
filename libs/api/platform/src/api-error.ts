import { GraphQLError } from 'graphql';

import { ApiErrorCode } from '@carecircle/shared/domain';

export { ApiErrorCode };

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

  /** `subject` names the record refused, for the DENIED audit row. */
  static forbidden(message = 'Your role does not allow this.', subject?: { entity: string; id: string }): ApiError {
    return new ApiError(ApiErrorCode.FORBIDDEN, message, subject ?? {});
  }

  /** Unknown ids and ids outside the caller's scope look the same, so scope cannot be probed. */
  static notFound(entity: string, id: string): ApiError {
    return new ApiError(ApiErrorCode.NOT_FOUND, `${entity} ${id} was not found.`, { entity, id });
  }

  static badInput(message: string, problems: FieldProblem[] = []): ApiError {
    return new ApiError(ApiErrorCode.BAD_USER_INPUT, message, { problems });
  }

  /**
   * BAD_USER_INPUT naming each field's problem, in the one wording every input check uses. `reason`
   * is a stable machine-readable name for the refusal (EMAIL_TAKEN, WEAK_PASSWORD, …) for callers
   * that act on it; the message is for people.
   */
  static inputProblems(problems: FieldProblem[], reason?: string): ApiError {
    return new ApiError(ApiErrorCode.BAD_USER_INPUT, `Please correct the input: ${problems.map((p) => p.problem).join('; ')}.`, {
      problems,
      ...(reason ? { reason } : {}),
    });
  }

  /** `details.reason`, when given, is a stable name for the refusal (ALREADY_SET_UP, TEAM_WOULD_BE_ORPHANED, …). */
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
