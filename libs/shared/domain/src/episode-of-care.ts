import { differenceInCalendarDays, parseISO } from 'date-fns';

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
  return Math.max(0, differenceInCalendarDays(parseISO(end), parseISO(admissionDate)) + 1);
}

/** Days since the recovery start date; the start day itself is day 0, as milestones count it. */
export function daysSinceRecoveryStart(recoveryStartDate: IsoDate | null, today: IsoDate): number | null {
  if (!recoveryStartDate) return null;
  const days = differenceInCalendarDays(parseISO(today), parseISO(recoveryStartDate));
  return days < 0 ? null : days;
}
