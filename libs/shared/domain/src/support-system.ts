import { calendarDaysBetween } from './episode-of-care';
import type { SurvivalStep } from './kaplan-meier';

/**
 * The support system in the numbers (issue 14): retention, Kaplan–Meier curves and check-in trends
 * grouped by what a client's support system looked like at a landmark day of the episode.
 *
 * Why a landmark: a client who stays longer has more time to log family sessions, peer contacts and
 * meetings, so grouping by everything ever recorded would flatter every support measure
 * (immortal-time bias). A client's group is fixed from data recorded up to the landmark day only, and
 * the curves start at the landmark among the episodes still in treatment then.
 */

/** The support-system comparisons; the same keys are values of the API's MetricDimension enum. */
export enum SupportSystemDimension {
  SUPPORTIVE_NETWORK = 'SUPPORTIVE_NETWORK',
  RISK_IN_NETWORK = 'RISK_IN_NETWORK',
  FAMILY_ENGAGEMENT = 'FAMILY_ENGAGEMENT',
  PEER_CONTACT = 'PEER_CONTACT',
  MUTUAL_AID = 'MUTUAL_AID',
}

export const SUPPORT_SYSTEM_DIMENSIONS: readonly SupportSystemDimension[] = Object.values(SupportSystemDimension);

export function isSupportSystemDimension(value: string): value is SupportSystemDimension {
  return (SUPPORT_SYSTEM_DIMENSIONS as readonly string[]).includes(value);
}

/** Days from admission to the landmark: default, and the range a supervisor may choose. */
export const LANDMARK_DAYS_DEFAULT = 30;
export const LANDMARK_DAYS_MIN = 14;
export const LANDMARK_DAYS_MAX = 90;

/** A group with fewer episodes than this at the landmark is shown, but marked too small to read. */
export const SMALL_GROUP_MIN_CLIENTS = 10;

/** What each comparison is called on screen. */
export const SUPPORT_SYSTEM_DIMENSION_LABELS: Record<SupportSystemDimension, string> = {
  [SupportSystemDimension.SUPPORTIVE_NETWORK]: 'Supportive people in the network',
  [SupportSystemDimension.RISK_IN_NETWORK]: 'Someone in the network marked as a risk',
  [SupportSystemDimension.FAMILY_ENGAGEMENT]: 'Family engagement',
  [SupportSystemDimension.PEER_CONTACT]: 'Peer contact',
  [SupportSystemDimension.MUTUAL_AID]: 'Mutual-aid meetings',
};

/**
 * The group labels, in display order. The SQL returns exactly these strings as the group; the web
 * shows them as they are.
 */
export const SUPPORT_SYSTEM_GROUPS = {
  [SupportSystemDimension.SUPPORTIVE_NETWORK]: ['No supportive member', 'One supportive member', 'Two or more supportive members'],
  [SupportSystemDimension.RISK_IN_NETWORK]: ['No member marked as a risk', 'A member marked as a risk'],
  [SupportSystemDimension.FAMILY_ENGAGEMENT]: ['No family events', 'One family event', 'Two or more family events'],
  [SupportSystemDimension.PEER_CONTACT]: ['No peer contact', 'Under one a week', 'One or more a week'],
  [SupportSystemDimension.MUTUAL_AID]: ['No meetings reported', 'Meetings at some check-ins', 'Meetings at most check-ins'],
} as const satisfies Record<SupportSystemDimension, readonly string[]>;

/**
 * What was recorded about one episode's support system from admission up to and including the
 * landmark day (admission date + landmark days), on the organization's calendar:
 * - network members recorded (created) on or before the landmark day and not removed by then,
 *   by their stance;
 * - family engagement events that occurred in [admission, landmark];
 * - peer contacts (not withdrawn) that occurred in [admission, landmark];
 * - check-ins made in [admission, landmark], and how many of them reported a meeting.
 */
export interface LandmarkFacts {
  supportiveMembers: number;
  riskMembers: number;
  familyEvents: number;
  peerContacts: number;
  checkIns: number;
  checkInsWithMeeting: number;
}

/**
 * The group an episode falls in at the landmark:
 * - SUPPORTIVE_NETWORK: 0 / 1 / 2 or more supportive members;
 * - RISK_IN_NETWORK: no risk member / at least one;
 * - FAMILY_ENGAGEMENT: 0 / 1 / 2 or more events;
 * - PEER_CONTACT: contacts per week over the landmark window (contacts ÷ (landmarkDays ÷ 7)):
 *   none / more than 0 and under 1 / 1 or more;
 * - MUTUAL_AID: share of check-ins reporting a meeting: none (no check-ins, or none reporting one) /
 *   some (more than 0, at most half) / most (more than half).
 */
export function supportSystemGroup(dimension: SupportSystemDimension, facts: LandmarkFacts, landmarkDays: number): string {
  switch (dimension) {
    case SupportSystemDimension.SUPPORTIVE_NETWORK: {
      const [none, one, twoOrMore] = SUPPORT_SYSTEM_GROUPS[dimension];
      return countGroup(facts.supportiveMembers, none, one, twoOrMore);
    }
    case SupportSystemDimension.RISK_IN_NETWORK: {
      const [none, any] = SUPPORT_SYSTEM_GROUPS[dimension];
      return facts.riskMembers > 0 ? any : none;
    }
    case SupportSystemDimension.FAMILY_ENGAGEMENT: {
      const [none, one, twoOrMore] = SUPPORT_SYSTEM_GROUPS[dimension];
      return countGroup(facts.familyEvents, none, one, twoOrMore);
    }
    case SupportSystemDimension.PEER_CONTACT: {
      const [none, underOne, oneOrMore] = SUPPORT_SYSTEM_GROUPS[dimension];
      if (facts.peerContacts <= 0) return none;
      // contacts ÷ (landmarkDays ÷ 7) ≥ 1 ⇔ contacts × 7 ≥ landmarkDays: compared in whole numbers, so exactly one a
      // week (4 contacts by day 28) is not lost to a rounding error.
      return facts.peerContacts * 7 >= landmarkDays ? oneOrMore : underOne;
    }
    case SupportSystemDimension.MUTUAL_AID: {
      const [none, some, most] = SUPPORT_SYSTEM_GROUPS[dimension];
      if (facts.checkIns <= 0 || facts.checkInsWithMeeting <= 0) return none;
      // share > ½ ⇔ 2 × with meeting > all, again in whole numbers; exactly half is "some".
      return facts.checkInsWithMeeting * 2 > facts.checkIns ? most : some;
    }
  }
}

function countGroup(count: number, none: string, one: string, twoOrMore: string): string {
  if (count <= 0) return none;
  return count === 1 ? one : twoOrMore;
}

/** The landmark day of an episode (admission date + landmarkDays), as YYYY-MM-DD. */
export function landmarkDate(admissionDate: string, landmarkDays: number): string {
  // UTC arithmetic on the calendar date: no time zone or daylight-saving shift can move the day.
  const admission = new Date(`${admissionDate}T00:00:00Z`);
  admission.setUTCDate(admission.getUTCDate() + landmarkDays);
  return admission.toISOString().slice(0, 10);
}

/** One episode of care, as the landmark cohort needs it. Dates are YYYY-MM-DD. */
export interface LandmarkEpisode {
  admissionDate: string;
  /** Null while the episode is open. */
  dischargeDate: string | null;
  /** True when the discharge counts as leaving care (see `leftCare` in retention.ts). */
  leftCare: boolean;
}

/**
 * Whether an episode is in the landmark cohort on `today`: the landmark day has come
 * (admission + landmarkDays ≤ today) and the episode was still in treatment after it (open, or
 * discharged after the landmark day). An episode discharged ON the landmark day is not in the cohort:
 * it ended at the landmark, so it has no time after it to compare.
 */
export function inLandmarkCohort(episode: LandmarkEpisode, landmarkDays: number, today: string): boolean {
  if (calendarDaysBetween(episode.admissionDate, today) < landmarkDays) return false;
  return episode.dischargeDate === null || calendarDaysBetween(episode.admissionDate, episode.dischargeDate) > landmarkDays;
}

/** The log-rank test between survival curves: χ² with groups − 1 degrees of freedom. */
export interface LogRankResult {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  /** Groups compared (those with anyone at risk). */
  groups: number;
}

/**
 * The log-rank test across groups, from each group's Kaplan–Meier steps (the at-risk count and
 * events at each of its times, as `kaplanMeier` and the SQL return them). Null with fewer than two
 * groups or no events at all.
 */
export function logRankTest(groups: ReadonlyArray<readonly SurvivalStep[]>): LogRankResult | null {
  // The times with at least one event in the pooled data; only they carry information.
  const eventTimes = [...new Set(groups.flatMap((steps) => steps.filter((s) => s.events > 0).map((s) => s.days)))].sort((a, b) => a - b);
  if (eventTimes.length === 0) return null;

  // Per group and event time t: n(t), at risk at the group's first step at or after t (its steps cover every time with
  // an event or a censoring, so nobody leaves between steps), and d(t), its events at exactly t.
  const tallies = groups.map((steps) => ({
    atRisk: eventTimes.map((t) => steps.find((s) => s.days >= t)?.atRisk ?? 0),
    events: eventTimes.map((t) => steps.find((s) => s.days === t)?.events ?? 0),
  }));
  // Groups with nobody at risk at any event time have nothing expected and a zero row in the variance: left out,
  // as R's survdiff does (it keeps the groups whose expected count is above 0).
  const compared = tallies.filter((group) => group.atRisk.some((n) => n > 0));
  const k = compared.length;
  if (k < 2) return null;

  const observedMinusExpected = compared.map(() => 0);
  const variance = compared.map(() => compared.map(() => 0));
  eventTimes.forEach((_, i) => {
    const atRisk = compared.map((group) => at(group.atRisk, i));
    const events = compared.map((group) => at(group.events, i));
    const n = sum(atRisk);
    const d = sum(events);
    if (n === 0) return;
    atRisk.forEach((nG, g) => (observedMinusExpected[g] = at(observedMinusExpected, g) + at(events, g) - (d * nG) / n));
    if (n <= 1) return;
    // Hypergeometric variance–covariance of the events at this time.
    const spread = (d * (n - d)) / (n - 1);
    variance.forEach((row, g) =>
      atRisk.forEach((nH, h) => (row[h] = at(row, h) + spread * (at(atRisk, g) / n) * ((g === h ? 1 : 0) - nH / n))),
    );
  });

  // The k groups' O − E sum to zero, so the statistic uses the first k − 1 of them.
  const degreesOfFreedom = k - 1;
  const difference = observedMinusExpected.slice(0, degreesOfFreedom);
  const solution = solveLinear(
    variance.slice(0, degreesOfFreedom).map((row) => row.slice(0, degreesOfFreedom)),
    difference,
  );
  if (solution === null) return null;
  const chiSquare = Math.max(0, sum(solution.map((x, g) => x * at(difference, g))));
  return {
    chiSquare,
    degreesOfFreedom,
    pValue: chiSquareSurvival(chiSquare, degreesOfFreedom),
    groups: k,
  };
}

function at(values: readonly number[], index: number): number {
  return values[index] ?? 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Solves A·x = b by Gaussian elimination with partial pivoting; null when A is (numerically) singular. */
function solveLinear(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] | null {
  const size = rhs.length;
  const rows = matrix.map((row, i) => [...row, at(rhs, i)]);
  const scale = Math.max(0, ...matrix.flat().map(Math.abs));
  if (scale === 0) return null;
  for (let col = 0; col < size; col++) {
    let pivotRow = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(at(rows[r] ?? [], col)) > Math.abs(at(rows[pivotRow] ?? [], col))) pivotRow = r;
    const pivot = rows[pivotRow] ?? [];
    if (Math.abs(at(pivot, col)) <= scale * 1e-12) return null;
    rows[pivotRow] = rows[col] ?? [];
    rows[col] = pivot;
    for (let r = col + 1; r < size; r++) {
      const row = rows[r] ?? [];
      const factor = at(row, col) / at(pivot, col);
      for (let j = col; j <= size; j++) row[j] = at(row, j) - factor * at(pivot, j);
    }
  }
  const x = rows.map(() => 0);
  for (let r = size - 1; r >= 0; r--) {
    const row = rows[r] ?? [];
    let rest = at(row, size);
    for (let j = r + 1; j < size; j++) rest -= at(row, j) * at(x, j);
    x[r] = rest / at(row, r);
  }
  return x;
}

/** P(X ≥ x) for X ~ χ² with `degreesOfFreedom` degrees of freedom. */
export function chiSquareSurvival(x: number, degreesOfFreedom: number): number {
  if (!(x > 0)) return 1;
  return regularizedUpperGamma(degreesOfFreedom / 2, x / 2);
}

/*
 * Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function, to about 1e-14:
 * the power series of P(a, x) when x < a + 1, else the continued fraction of Q(a, x) evaluated by the
 * modified Lentz method. References: Press, Teukolsky, Vetterling & Flannery, Numerical Recipes
 * (3rd ed., 2007) §6.2 (gser / gcf); Abramowitz & Stegun 6.5.29 and 6.5.31; ln Γ by the Lanczos
 * approximation (g = 7, n = 9; the coefficients published with Numerical Recipes' and Boost's versions).
 */
const GAMMA_EPSILON = 1e-15;
const GAMMA_MAX_ITERATIONS = 10_000;
const TINY = 1e-300;

function regularizedUpperGamma(a: number, x: number): number {
  const logPrefactor = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // P(a, x) = e^(−x) x^a / Γ(a) · Σ x^n / (a (a+1) … (a+n))
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < GAMMA_MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * GAMMA_EPSILON) break;
    }
    return Math.min(1, Math.max(0, 1 - sum * Math.exp(logPrefactor)));
  }
  // Q(a, x) = e^(−x) x^a / Γ(a) · 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − 2·(2 − a) / (x + 5 − a − …)))
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < GAMMA_MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < GAMMA_EPSILON) break;
  }
  return Math.min(1, Math.max(0, Math.exp(logPrefactor) * fraction));
}

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS: readonly [number, ...number[]] = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(z: number): number {
  // Reflection formula below ½ (not needed for χ², where z = df / 2 ≥ ½, but keeps the function honest).
  if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - logGamma(1 - z);
  const shifted = z - 1;
  const [first, ...rest] = LANCZOS_COEFFICIENTS;
  const series = rest.reduce((total, coefficient, i) => total + coefficient / (shifted + i + 1), first);
  const t = shifted + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}
