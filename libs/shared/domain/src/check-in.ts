/** A whole-number rating scale, bounds included. */
export interface RatingScale {
  readonly min: number;
  readonly max: number;
}

/** Craving, 0 (none) to 10. */
export const CRAVING_SCALE: RatingScale = { min: 0, max: 10 };
/** Mood, 1 to 5. */
export const MOOD_SCALE: RatingScale = { min: 1, max: 5 };
/** Confidence in staying in recovery, 0 to 10. */
export const CONFIDENCE_SCALE: RatingScale = { min: 0, max: 10 };

export enum CheckInChannel {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  TEXT = 'TEXT',
  APP = 'APP',
}

export enum MutualAidMeetingKind {
  AA = 'AA',
  NA = 'NA',
  SMART_RECOVERY = 'SMART_RECOVERY',
  OTHER = 'OTHER',
}

export enum CheckInTrigger {
  STRESS = 'STRESS',
  CONFLICT = 'CONFLICT',
  PEOPLE = 'PEOPLE',
  PLACES = 'PLACES',
  BOREDOM = 'BOREDOM',
  LONELINESS = 'LONELINESS',
  PAIN = 'PAIN',
  CELEBRATION = 'CELEBRATION',
  OTHER = 'OTHER',
}

/** How often a client is expected to check in. */
export enum CheckInSchedule {
  DAILY = 'DAILY',
  SEVERAL_PER_WEEK = 'SEVERAL_PER_WEEK',
  WEEKLY = 'WEEKLY',
}

export const CHECK_IN_SCHEDULE_LABELS: Record<CheckInSchedule, string> = {
  [CheckInSchedule.DAILY]: 'Daily',
  [CheckInSchedule.SEVERAL_PER_WEEK]: 'Several times a week',
  [CheckInSchedule.WEEKLY]: 'Weekly',
};

/** Expected check-ins per week for each schedule ("several" is taken as three). */
export const EXPECTED_CHECK_INS_PER_WEEK: Record<CheckInSchedule, number> = {
  [CheckInSchedule.DAILY]: 7,
  [CheckInSchedule.SEVERAL_PER_WEEK]: 3,
  [CheckInSchedule.WEEKLY]: 1,
};

/** Check-ins expected over `days` days on a schedule; partial weeks count pro rata. */
export function expectedCheckIns(schedule: CheckInSchedule, days: number): number {
  return (EXPECTED_CHECK_INS_PER_WEEK[schedule] * Math.max(0, days)) / 7;
}

/** Received ÷ expected, capped at 1 so extra check-ins on one day cannot hide missed ones. */
export function checkInCompletionRate(received: number, schedule: CheckInSchedule, days: number): number | null {
  const expected = expectedCheckIns(schedule, days);
  if (expected <= 0) return null;
  return Math.min(1, received / expected);
}
