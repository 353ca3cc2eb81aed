import { parseISO } from 'date-fns';

export enum ClientStatus {
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  DISCHARGED = 'DISCHARGED',
}

export const CLIENT_STATUS_LABELS: Record<ClientStatus, string> = {
  [ClientStatus.ACTIVE]: 'Active',
  [ClientStatus.ON_HOLD]: 'On hold',
  [ClientStatus.DISCHARGED]: 'Discharged',
};

/** TEDS discharge reasons. */
export enum DischargeReason {
  TREATMENT_COMPLETED = 'TREATMENT_COMPLETED',
  DROPPED_OUT = 'DROPPED_OUT',
  TERMINATED_BY_FACILITY = 'TERMINATED_BY_FACILITY',
  TRANSFERRED = 'TRANSFERRED',
  INCARCERATED = 'INCARCERATED',
  DEATH = 'DEATH',
  OTHER = 'OTHER',
}

export const DISCHARGE_REASON_LABELS: Record<DischargeReason, string> = {
  [DischargeReason.TREATMENT_COMPLETED]: 'Treatment completed',
  [DischargeReason.DROPPED_OUT]: 'Dropped out (left against professional advice)',
  [DischargeReason.TERMINATED_BY_FACILITY]: 'Terminated by facility',
  [DischargeReason.TRANSFERRED]: 'Transferred',
  [DischargeReason.INCARCERATED]: 'Incarcerated',
  [DischargeReason.DEATH]: 'Death',
  [DischargeReason.OTHER]: 'Other',
};

/** A calendar date as PostgreSQL `date` and GraphQL carry it: `YYYY-MM-DD`. */
export type IsoDate = string;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const parsed = parseISO(value);
  return !Number.isNaN(parsed.getTime()) && toIsoDate(parsed) === value;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier), for dates already known to be
 * `YYYY-MM-DD`. The same count as date-fns' differenceInCalendarDays over parseISO, without building
 * local-time dates: it runs for every row of a caseload page (days in treatment, milestones, reviews).
 */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDayStart(to) - utcDayStart(from)) / 86_400_000);
}

/** Local midnight of a `YYYY-MM-DD` date, as parseISO gives it, for date arithmetic (addDays, addMonths…). */
export function isoDateToLocalDate(value: IsoDate): Date {
  return new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
}

function utcDayStart(value: IsoDate): number {
  return Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
}

export function toIsoDate(date: Date): IsoDate {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Days in treatment counts the admission day as day 1 and stops at discharge, so a client
 * admitted and discharged on the same day was in treatment for 1 day.
 */
export function daysInTreatment(admissionDate: IsoDate, dischargeDate: IsoDate | null, today: IsoDate): number {
  const end = dischargeDate && dischargeDate < today ? dischargeDate : today;
  return Math.max(0, calendarDaysBetween(admissionDate, end) + 1);
}

/** Days since the recovery start date; the start day itself is day 0, as milestones count it. */
export function daysSinceRecoveryStart(recoveryStartDate: IsoDate | null, today: IsoDate): number | null {
  if (!recoveryStartDate) return null;
  const days = calendarDaysBetween(recoveryStartDate, today);
  return days < 0 ? null : days;
}

/**
 * Which episodes of care a metric counts. A person may go through several episodes (DOMAIN.md);
 * FIRST_ONLY keeps each person's first, so a readmission does not count them twice.
 */
/** Limits on what intake and the episode's changes accept, the same in the forms and the API. */
export const CLIENT_NAME_MAX_LENGTH = 100;
export const CLIENT_PRONOUNS_MAX_LENGTH = 40;
export const LEVEL_OF_CARE_REASON_MAX_LENGTH = 1000;
export const RECOVERY_RESET_REASON_MAX_LENGTH = 1000;

export enum EpisodeSelection {
  ALL = 'ALL',
  FIRST_ONLY = 'FIRST_ONLY',
}

export const EPISODE_SELECTION_LABELS: Record<EpisodeSelection, string> = {
  [EpisodeSelection.ALL]: 'All episodes',
  [EpisodeSelection.FIRST_ONLY]: 'First episodes only',
};

/** Readmission within N days of a discharge, the program measure DOMAIN.md names (30 and 90). */
export const READMISSION_WINDOW_DAYS = [30, 90] as const;

/**
 * Whether the record of someone whose latest episode ended may start a new one: only a discharged
 * client who did not die. A client still in treatment (active or on hold) is readmitted by nothing:
 * their current episode goes on.
 */
export function mayReadmit(status: ClientStatus, dischargeReason: DischargeReason | null): boolean {
  return status === ClientStatus.DISCHARGED && dischargeReason !== DischargeReason.DEATH;
}

/**
 * What is wrong with a readmission date, or null: it is a calendar date, not in the future, and on
 * or after the day the last episode ended (a new episode may start the day the last one ended).
 */
export function readmissionDateProblem(admissionDate: IsoDate, lastDischargeDate: IsoDate, today: IsoDate): string | null {
  if (!isIsoDate(admissionDate)) return 'admissionDate must be a calendar date written YYYY-MM-DD';
  if (admissionDate > today) return 'admissionDate cannot be in the future';
  if (admissionDate < lastDischargeDate) return `admissionDate cannot be before the last discharge (${lastDischargeDate})`;
  return null;
}

/** Days from a discharge to the next admission; a same-day return is 0. */
export function daysToReadmission(dischargeDate: IsoDate, nextAdmissionDate: IsoDate): number {
  return calendarDaysBetween(dischargeDate, nextAdmissionDate);
}

/** Readmitted within `windowDays` of the discharge (the day of discharge counts as day 0). */
export function readmittedWithin(dischargeDate: IsoDate, nextAdmissionDate: IsoDate | null, windowDays: number): boolean {
  return nextAdmissionDate !== null && nextAdmissionDate >= dischargeDate && daysToReadmission(dischargeDate, nextAdmissionDate) <= windowDays;
}

/**
 * A name as the duplicate check compares it: letter case and spacing do not matter
 * ("  mary  ann " matches "Mary Ann"). The SQL twin in libs/api/episode-of-care does the same:
 * lower(regexp_replace(btrim(name), '\s+', ' ', 'g')).
 */
export function normalizePersonName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Same person as far as the intake check can tell: same date of birth and both names equal once normalized. */
export function isPossibleDuplicate(
  typed: { firstName: string; lastName: string; dateOfBirth: IsoDate },
  existing: { firstName: string; lastName: string; dateOfBirth: IsoDate },
): boolean {
  return (
    typed.dateOfBirth === existing.dateOfBirth &&
    normalizePersonName(typed.firstName) === normalizePersonName(existing.firstName) &&
    normalizePersonName(typed.lastName) === normalizePersonName(existing.lastName)
  );
}
