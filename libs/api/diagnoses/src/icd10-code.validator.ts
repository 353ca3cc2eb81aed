import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { ICD10_CM_PATTERN, ICD10_CM_SHAPE_RULE, normalizeIcd10Code } from '@carecircle/shared/domain';

export const ICD10_CODE_MESSAGE = `icd10Code must be an F10.20-style ICD-10-CM code: ${ICD10_CM_SHAPE_RULE}`;

/** Normalizes the code to upper case (f41.1 → F41.1), then checks its ICD-10-CM shape. */
export function IsIcd10Code(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeIcd10Code(value) : value)),
    IsString({ message: ICD10_CODE_MESSAGE }),
    Matches(ICD10_CM_PATTERN, { message: ICD10_CODE_MESSAGE }),
  );
}
