import { addDays, addMonths, addYears } from 'date-fns';
import { calendarDaysBetween, isoDateToLocalDate, toIsoDate, type IsoDate } from './episode-of-care';

export interface Milestone {
  /** Stable code, e.g. DAYS_30, MONTHS_6, YEARS_2. */
  code: string;
  label: string;
  date: IsoDate;
}

interface MilestoneRule {
  code: string;
  label: string;
  at: (start: Date) => Date;
}

const FIXED: MilestoneRule[] = [
  { code: 'DAYS_1', label: '1 day', at: (s) => addDays(s, 1) },
  { code: 'DAYS_7', label: '7 days', at: (s) => addDays(s, 7) },
  { code: 'DAYS_30', label: '30 days', at: (s) => addDays(s, 30) },
  { code: 'DAYS_60', label: '60 days', at: (s) => addDays(s, 60) },
  { code: 'DAYS_90', label: '90 days', at: (s) => addDays(s, 90) },
  { code: 'MONTHS_6', label: '6 months', at: (s) => addMonths(s, 6) },
  { code: 'MONTHS_9', label: '9 months', at: (s) => addMonths(s, 9) },
  { code: 'YEARS_1', label: '1 year', at: (s) => addYears(s, 1) },
  { code: 'MONTHS_18', label: '18 months', at: (s) => addMonths(s, 18) },
];

/** Milestones from the recovery start date, in order, up to and including `until` (then yearly). */
export function milestonesUntil(recoveryStart: IsoDate, until: IsoDate): Milestone[] {
  const start = isoDateToLocalDate(recoveryStart);
  const out: Milestone[] = [];
  for (const rule of FIXED) {
    const date = toIsoDate(rule.at(start));
    if (date > until) return out;
    out.push({ code: rule.code, label: rule.label, date });
  }
  for (let years = 2; ; years++) {
    const date = toIsoDate(addYears(start, years));
    if (date > until) return out;
    out.push({ code: `YEARS_${years}`, label: `${years} years`, date });
  }
}

/** Milestones falling in [from, to], e.g. this week's to celebrate. */
export function milestonesBetween(recoveryStart: IsoDate, from: IsoDate, to: IsoDate): Milestone[] {
  return milestonesUntil(recoveryStart, to).filter((m) => m.date >= from);
}

/** The next milestone after today (a milestone falling today counts as reached, not next). */
export function nextMilestone(recoveryStart: IsoDate, today: IsoDate): (Milestone & { daysUntil: number }) | null {
  if (recoveryStart > today) return null;
  const horizon = toIsoDate(addYears(isoDateToLocalDate(today), 2));
  const next = milestonesUntil(recoveryStart, horizon).find((m) => m.date > today);
  return next ? { ...next, daysUntil: calendarDaysBetween(today, next.date) } : null;
}

/** The most recent milestone reached on or before today. */
export function lastMilestoneReached(recoveryStart: IsoDate, today: IsoDate): Milestone | null {
  const reached = milestonesUntil(recoveryStart, today);
  return reached[reached.length - 1] ?? null;
}
