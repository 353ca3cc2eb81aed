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

export const CHECK_IN_CHANNEL_LABELS: Record<CheckInChannel, string> = {
  [CheckInChannel.IN_PERSON]: 'In person',
  [CheckInChannel.PHONE]: 'Phone',
  [CheckInChannel.TEXT]: 'Text message',
  [CheckInChannel.APP]: 'App (by the client)',
};

/**
 * Channels staff may record a check-in under. APP means the client sent it from the app
 * themselves, so a staff-entered check-in never claims it.
 */
export const STAFF_CHECK_IN_CHANNELS: readonly CheckInChannel[] = [CheckInChannel.PHONE, CheckInChannel.IN_PERSON, CheckInChannel.TEXT];

export const MUTUAL_AID_MEETING_KIND_LABELS: Record<MutualAidMeetingKind, string> = {
  [MutualAidMeetingKind.AA]: 'AA (Alcoholics Anonymous)',
  [MutualAidMeetingKind.NA]: 'NA (Narcotics Anonymous)',
  [MutualAidMeetingKind.SMART_RECOVERY]: 'SMART Recovery',
  [MutualAidMeetingKind.OTHER]: 'Other mutual-aid meeting',
};

export const CHECK_IN_TRIGGER_LABELS: Record<CheckInTrigger, string> = {
  [CheckInTrigger.STRESS]: 'Stress',
  [CheckInTrigger.CONFLICT]: 'Conflict',
  [CheckInTrigger.PEOPLE]: 'People',
  [CheckInTrigger.PLACES]: 'Places',
  [CheckInTrigger.BOREDOM]: 'Boredom',
  [CheckInTrigger.LONELINESS]: 'Loneliness',
  [CheckInTrigger.PAIN]: 'Pain',
  [CheckInTrigger.CELEBRATION]: 'Celebration',
  [CheckInTrigger.OTHER]: 'Other',
};

/** Words for each point of the mood scale, so a 2 reads as "low" and not only as a number. */
export const MOOD_LABELS: Record<number, string> = { 1: 'Very low', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Very good' };

/**
 * Substances offered when use is reported (stored as these names; staff may add another). The
 * DOMAIN's F10–F19 classes in everyday words, nicotine left out.
 */
export const COMMON_CHECK_IN_SUBSTANCES: readonly string[] = [
  'alcohol',
  'cannabis',
  'opioids',
  'cocaine',
  'methamphetamine',
  'other stimulants',
  'sedatives',
  'hallucinogens',
  'inhalants',
];

/** Longest substance name and note a check-in accepts (the API checks the same). */
export const CHECK_IN_SUBSTANCE_MAX_LENGTH = 100;
export const CHECK_IN_MAX_SUBSTANCES = 20;
export const CHECK_IN_NOTE_MAX_LENGTH = 2000;
