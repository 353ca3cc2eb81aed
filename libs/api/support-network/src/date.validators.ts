import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@carecircle/shared/domain';

/**
 * Null or absent, or a YYYY-MM-DD date on or after the date in `otherProperty` (compared as text,
 * which orders ISO dates correctly).
 */
export function IsOptionalIsoDateOnOrAfter(otherProperty: string, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOptionalIsoDateOnOrAfter',
      constraints: [otherProperty],
      validator: {
        validate: (value: unknown, args) => {
          if (value === null || value === undefined) return true;
          if (typeof value !== 'string' || !isIsoDate(value)) return false;
          const other = (args?.object as Record<string, unknown>)[otherProperty];
          return typeof other !== 'string' || !isIsoDate(other) || value >= other;
        },
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a date written YYYY-MM-DD, on or after $constraint1`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
