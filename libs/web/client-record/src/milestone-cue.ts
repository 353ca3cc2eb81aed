export interface MilestoneLike {
  label: string;
  date: string;
  /** Days from today: 0 today, negative once reached. */
  daysUntil: number;
}

/** Milestones reached this recently (today included) are celebrated on the record. */
export const CELEBRATE_WITHIN_DAYS = 7;

/**
 * The celebration line for a milestone reached today or in the last week, or null:
 * "90 days today", "30 days reached yesterday", "1 year reached 3 days ago".
 */
export function milestoneCelebration(last: MilestoneLike | null | undefined): string | null {
  if (!last || last.daysUntil > 0 || last.daysUntil < -CELEBRATE_WITHIN_DAYS) return null;
  if (last.daysUntil === 0) return `${last.label} today`;
  if (last.daysUntil === -1) return `${last.label} reached yesterday`;
  return `${last.label} reached ${-last.daysUntil} days ago`;
}
