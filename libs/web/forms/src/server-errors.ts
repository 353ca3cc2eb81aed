import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { apiErrorCodeOf, errorMessage } from '@carecircle/web/data-access';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/** One refused field as the API reports it in a BAD_USER_INPUT error's `problems`. */
export interface ServerFieldProblem {
  field: string;
  problem: string;
}

/** The field problems of a BAD_USER_INPUT answer; empty for any other error. */
export function serverFieldProblems(error: unknown): ServerFieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    if (apiErrorCodeOf(e) !== ApiErrorCode.BAD_USER_INPUT) return [];
    const problems = e.extensions?.['problems'];
    if (!Array.isArray(problems)) return [];
    return problems.filter(
      (p): p is ServerFieldProblem => typeof p === 'object' && p !== null && typeof p.field === 'string' && typeof p.problem === 'string',
    );
  });
}

/** The API's sentence starts with the field's own name ("dateOfBirth must be…"); a person reads the label instead. */
function withoutFieldName(problem: string, field: string): string {
  const name = field.split('.').pop() ?? field;
  const rest = problem.startsWith(`${name} `) ? problem.slice(name.length + 1) : problem;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Puts the server's refusal where the person will look: each problem on the field it names (when
 * the form has that field), and returns a sentence for the rest — a conflict, a lost connection,
 * a problem on a field the form does not show — or null when every problem found its field.
 * `fieldNames` maps an API field to the form's name when they differ.
 */
export function applyServerErrors<T extends FieldValues, Context, Output extends FieldValues>(
  form: UseFormReturn<T, Context, Output>,
  error: unknown,
  fieldNames: Readonly<Record<string, string>> = {},
): string | null {
  const problems = serverFieldProblems(error);
  if (problems.length === 0) return errorMessage(error as ErrorLike);
  const known = new Set(Object.keys(form.getValues()));
  const unplaced: string[] = [];
  let focused = false;
  for (const { field, problem } of problems) {
    const name = fieldNames[field] ?? field;
    const root = name.split('.')[0] ?? name;
    if (!known.has(root)) {
      unplaced.push(problem);
      continue;
    }
    form.setError(name as Path<T>, { type: 'server', message: withoutFieldName(problem, field) }, { shouldFocus: !focused });
    focused = true;
  }
  if (unplaced.length === 0) return null;
  return `Please correct the input: ${unplaced.join('; ')}.`;
}
