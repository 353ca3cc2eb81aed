import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@carecircle/shared/domain';

/** A real calendar date written `YYYY-MM-DD` (so 2026-02-30 is refused), as inputs carry dates. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a calendar date written YYYY-MM-DD`, options),
      },
    },
    options,
  );
}
