import { ObjectiveStatus as DomainObjectiveStatus } from '@carecircle/shared/domain';
import type { CarePlanStatus, ObjectiveStatus } from '@carecircle/web/data-access';
import type { StatusTone } from '@carecircle/web/ui';
import { differenceInCalendarDays } from 'date-fns';

/** Labels come from CARE_PLAN_STATUS_LABELS in shared/domain; the tone is how this page colours them. */
export const CARE_PLAN_STATUS_TONES: Record<CarePlanStatus, StatusTone> = {
  DRAFT: 'caution',
  PENDING_REVIEW: 'caution',
  ACTIVE: 'positive',
  SUPERSEDED: 'neutral',
};

/** The order a counselor thinks in, for the status select: the domain enum's own order. */
export const OBJECTIVE_STATUSES: readonly ObjectiveStatus[] = Object.values(DomainObjectiveStatus);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `YYYY-MM-DD` calendar date in the reader's locale, without time-zone shifts. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateFormat.format(new Date(year, month - 1, day));
}

/** A moment (ISO date-time) in the reader's locale and time zone. */
export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : dateTimeFormat.format(date);
}

/** Whole calendar days since a moment, never negative. */
export function daysSince(isoDateTime: string, now: Date = new Date()): number {
  return Math.max(0, differenceInCalendarDays(now, new Date(isoDateTime)));
}

export function daysText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

export interface ClientName {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

export function clientDisplayName(client: ClientName): string {
  return `${client.firstName} ${client.lastName}`;
}
