import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError, type FieldProblem } from './api-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Refuses the input when a service's own checks found problems (rules that need the database or today's date). */
export function refuseInput(problems: FieldProblem[]): void {
  if (problems.length) throw ApiError.inputProblems(problems);
}

/** class-validator on every input, reported as one BAD_USER_INPUT error listing each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      return ApiError.inputProblems(flatten(errors));
    },
  });
}
