import { useCallback, useState, type FormEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { applyServerErrors } from './server-errors';

export interface ServerSubmit {
  /** The form's onSubmit: validates, saves, and on refusal places the server's problems. */
  submit: (event?: FormEvent) => Promise<void>;
  /** A sentence for what no field shows (a conflict, a lost connection); null when all is well. */
  formError: string | null;
  clearFormError: () => void;
}

/**
 * Validates with the form's schema, then calls `save`. A refusal never clears the form: field
 * problems go on their fields, the rest becomes `formError`. `fieldNames` maps API field names to
 * the form's where they differ.
 */
export function useServerSubmit<T extends FieldValues, C, O extends FieldValues>(
  form: UseFormReturn<T, C, O>,
  save: (values: O) => Promise<unknown>,
  fieldNames?: Readonly<Record<string, string>>,
): ServerSubmit {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = useCallback(
    (event?: FormEvent) =>
      form.handleSubmit(async (values) => {
        setFormError(null);
        try {
          await save(values);
        } catch (error) {
          setFormError(applyServerErrors(form, error, fieldNames));
        }
      })(event),
    [form, save, fieldNames],
  );
  return { submit, formError, clearFormError: useCallback(() => setFormError(null), []) };
}
