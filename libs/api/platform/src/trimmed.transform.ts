import { Transform } from 'class-transformer';

const trimString = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** Trims a text input before it is validated, so '  ' counts as empty and stored text has no stray spaces. */
export const Trimmed = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => trimString(value));

/** Trims each string of a list input before it is validated. */
export const TrimmedEach = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(trimString) : value));
