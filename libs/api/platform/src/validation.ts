import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { calendarDaysBetween, type IsoDate } from '@carecircle/shared/domain';
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

/**
 * Refuses a range of days, `from` to `to` (both counted), that runs backwards or covers more than
 * `maxDays` days; the problem is on `to`, the end a person moves. `range` names it in the message
 * ("the window", "the range").
 */
export function refuseDayRange(from: IsoDate, to: IsoDate, maxDays: number, range: string): void {
  if (from > to) refuseInput([{ field: 'to', problem: 'to must be on or after from' }]);
  if (calendarDaysBetween(from, to) + 1 > maxDays) refuseInput([{ field: 'to', problem: `${range} can cover at most ${maxDays} days` }]);
}

// A NUL cannot be stored in PostgreSQL text; a lone surrogate is not text at all (it cannot be encoded as UTF-8).
// eslint-disable-next-line no-control-regex -- finding it is the point
const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_DEPTH = 32;
/** @nestjs/graphql's GqlParamtype.ARGS (not exported from the package root): the `type` of an @Args parameter. */
const GQL_ARGS = 3;

/** What is wrong with a piece of text as text, whatever field it is in; null when nothing. */
export function malformedTextProblem(value: string): string | null {
  if (NUL.test(value)) return 'must not contain a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it contains a lone surrogate)';
  return null;
}

/**
 * Every string anywhere in an argument (nested inputs, lists), checked once for all inputs rather than
 * per field: such text would otherwise reach the database and fail there as an internal error.
 */
export function malformedTextProblems(value: unknown, field: string, depth = 0): FieldProblem[] {
  if (typeof value === 'string') {
    const problem = malformedTextProblem(value);
    return problem ? [{ field, problem: `${field} ${problem}` }] : [];
  }
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || value instanceof Date) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => {
    // Keys come from the schema's field names, except in JSON scalars, where they are text too.
    const keyProblem = malformedTextProblem(key) ? [{ field, problem: `${field} has a field name that is not valid text` }] : [];
    return [...keyProblem, ...malformedTextProblems(v, field ? `${field}.${key}` : key, depth + 1)];
  });
}

/**
 * class-validator on every input, reported as one BAD_USER_INPUT error listing each field; before
 * it, the text check above on every argument, input type or plain String alike. Fields are named
 * as class-validator names them: relative to an input object (`note`), or the argument's own name.
 */
class CareCircleValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments and REST inputs; not the context, parent or info objects (no client text, and large).
    const type = metadata.type as string | number;
    // A field resolver's parent (@Parent) is the server's own object, not input: left to ValidationPipe it
    // would be copied with class-transformer and validated on every field of every row (a caseload page
    // of 100 clients: ~1,000 copies of a client per request).
    if (type !== GQL_ARGS && type !== 'body' && type !== 'query' && type !== 'param') return value;
    const objectArgument = value !== null && typeof value === 'object' && !Array.isArray(value) && metadata.metatype !== Object;
    const problems = malformedTextProblems(value, objectArgument ? '' : (metadata.data ?? 'input'));
    if (problems.length) throw ApiError.inputProblems(problems);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new CareCircleValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      return ApiError.inputProblems(flatten(errors));
    },
  });
}
