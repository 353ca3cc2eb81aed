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

/** Days from the start past which every fixed milestone has been reached (18 months is at most 549 days). */
const FIXED_SPAN_DAYS = 560;

/**
 * The milestones from the recovery start, in order, without end: the fixed ones (left out when all of
 * them have passed), then yearly from the `fromYear`th anniversary (2 or later).
 */
function* milestonesInOrder(recoveryStart: IsoDate, skip: { fixed: boolean; fromYear: number } = { fixed: false, fromYear: 2 }): Generator<Milestone> {
  const start = isoDateToLocalDate(recoveryStart);
  if (!skip.fixed) for (const rule of FIXED) yield { code: rule.code, label: rule.label, date: toIsoDate(rule.at(start)) };
  for (let years = skip.fromYear; ; years++) yield { code: `YEARS_${years}`, label: `${years} years`, date: toIsoDate(addYears(start, years)) };
}

/** Milestones from the recovery start date, in order, up to and including `until` (then yearly). */
export function milestonesUntil(recoveryStart: IsoDate, until: IsoDate): Milestone[] {
  const out: Milestone[] = [];
  for (const milestone of milestonesInOrder(recoveryStart)) {
    if (milestone.date > until) return out;
    out.push(milestone);
  }
  return out;
}

/** Milestones falling in [from, to], e.g. this week's to celebrate. */
export function milestonesBetween(recoveryStart: IsoDate, from: IsoDate, to: IsoDate): Milestone[] {
  return milestonesUntil(recoveryStart, to).filter((m) => m.date >= from);
}

/**
 * The next milestone after today (a milestone falling today counts as reached, not next). The first
 * of `milestonesUntil`'s dates after today, without building the ones already passed: it runs for
 * every row of a caseload page, and most clients of a program are past the fixed milestones.
 */
export function nextMilestone(recoveryStart: IsoDate, today: IsoDate): (Milestone & { daysUntil: number }) | null {
  if (recoveryStart > today) return null;
  const skip = {
    // The fixed milestones all fall within 18 months (at most 549 days) of the start.
    fixed: calendarDaysBetween(recoveryStart, today) > FIXED_SPAN_DAYS,
    // Every anniversary in a year before today's has passed.
    fromYear: Math.max(2, Number(today.slice(0, 4)) - Number(recoveryStart.slice(0, 4))),
  };
  for (const milestone of milestonesInOrder(recoveryStart, skip)) {
    if (milestone.date > today) return { ...milestone, daysUntil: calendarDaysBetween(today, milestone.date) };
  }
  return null;
}

/** The most recent milestone reached on or before today. */
export function lastMilestoneReached(recoveryStart: IsoDate, today: IsoDate): Milestone | null {
  const reached = milestonesUntil(recoveryStart, today);
  return reached[reached.length - 1] ?? null;
}
