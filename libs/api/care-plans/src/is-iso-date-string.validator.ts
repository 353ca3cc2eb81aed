import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@carecircle/shared/domain';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function IsIsoDateString(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDateString',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
