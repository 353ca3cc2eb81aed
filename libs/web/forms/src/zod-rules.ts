import { isIsoDate, type IsoDate, type RatingScale } from '@carecircle/shared/domain';
import { z } from 'zod';

/**
 * Zod pieces for the rules the API also checks, worded for a person and built from the shared
 * domain's limits and scales, so a form and the server refuse the same things. Messages name the
 * field as its label does.
 */
export const zodRules = {
  requiredText(label: string, maxLength: number) {
    return z
      .string()
      .trim()
      .min(1, `${label} is required`)
      .max(maxLength, `${label} must be at most ${maxLength} characters`);
  },

  /** Empty becomes null: "not given", as the API stores it. */
  optionalText(label: string, maxLength: number) {
    return z
      .string()
      .trim()
      .max(maxLength, `${label} must be at most ${maxLength} characters`)
      .transform((value) => (value === '' ? null : value));
  },

  isoDate(label: string) {
    return z.string().refine((value) => value !== '', `${label} is required`).refine((value) => value === '' || isIsoDate(value), `${label} must be a real date`);
  },

  /** Empty becomes null. */
  optionalIsoDate(label: string) {
    return z
      .string()
      .refine((value) => value === '' || isIsoDate(value), `${label} must be a real date`)
      .transform((value): IsoDate | null => (value === '' ? null : value));
  },

  /** A whole number on a rating scale, required. */
  intOnScale(label: string, scale: RatingScale) {
    const message = `${label} must be a whole number from ${scale.min} to ${scale.max}`;
    return z.number({ error: `${label} is required` }).int(message).min(scale.min, message).max(scale.max, message);
  },

  /** A whole number on a rating scale, or not answered (null). */
  optionalIntOnScale(label: string, scale: RatingScale) {
    const message = `${label} must be a whole number from ${scale.min} to ${scale.max}`;
    return z
      .number()
      .int(message)
      .min(scale.min, message)
      .max(scale.max, message)
      .optional()
      .transform((value) => value ?? null);
  },

  /** A radio answer (a string in the form) read as a whole number from min to max. */
  choiceNumber(label: string, min: number, max: number) {
    return z
      .string({ error: `Choose an answer for ${label}` })
      .min(1, `Choose an answer for ${label}`)
      .transform(Number)
      .pipe(z.number().int().min(min, `Choose an answer for ${label}`).max(max, `Choose an answer for ${label}`));
  },

  /** A required choice from a select whose first option is an empty placeholder. */
  requiredChoice(label: string) {
    return z.string().min(1, `Choose ${label}`);
  },
};
