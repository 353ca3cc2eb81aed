import { LEVELS_OF_CARE, LevelOfCare } from './level-of-care';

/** A program's name, as staff pickers and reports show it. */
export const PROGRAM_NAME_MAX_LENGTH = 120;

/**
 * What a program may set a level of care's plan-review interval to: at least daily, at most
 * yearly. Most states ask for 7 to 90 days; the bounds only rule out the meaningless.
 */
export const REVIEW_INTERVAL_LIMITS = { min: 1, max: 365 } as const;

/** The form label of a level's review-interval override, e.g. "Plan review every (days) — Intensive outpatient". */
export function reviewIntervalLabel(level: LevelOfCare): string {
  return `Plan review every (days) — ${LEVELS_OF_CARE[level].label}`;
}
