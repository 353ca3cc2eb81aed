import { calendarDaysBetween, type IsoDate } from './episode-of-care';
import { noShowsInWindow } from './progress-note';
import { RecoveryStance } from './support-network';

export enum RiskSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  URGENT = 'URGENT',
}

export enum RiskFlagCode {
  NO_RECENT_CHECK_IN = 'NO_RECENT_CHECK_IN',
  HIGH_CRAVING = 'HIGH_CRAVING',
  RECENT_USE = 'RECENT_USE',
  SELF_HARM_RISK = 'SELF_HARM_RISK',
  CARE_PLAN_REVIEW_OVERDUE = 'CARE_PLAN_REVIEW_OVERDUE',
  NO_RECENT_PEER_CONTACT = 'NO_RECENT_PEER_CONTACT',
  NO_SUPPORTIVE_NETWORK_MEMBER = 'NO_SUPPORTIVE_NETWORK_MEMBER',
  MISSED_SESSIONS = 'MISSED_SESSIONS',
}

/** Short names for the flags, in DOMAIN.md's words; the flag's reason gives the data behind it. */
export const RISK_FLAG_LABELS: Record<RiskFlagCode, string> = {
  [RiskFlagCode.SELF_HARM_RISK]: 'Self-harm risk',
  [RiskFlagCode.HIGH_CRAVING]: 'High craving',
  [RiskFlagCode.RECENT_USE]: 'Recent use',
  [RiskFlagCode.NO_RECENT_CHECK_IN]: 'No recent check-in',
  [RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE]: 'Care plan review overdue',
  [RiskFlagCode.NO_RECENT_PEER_CONTACT]: 'No recent peer contact',
  [RiskFlagCode.NO_SUPPORTIVE_NETWORK_MEMBER]: 'No supportive network member',
  [RiskFlagCode.MISSED_SESSIONS]: 'Missed sessions',
};

export const RISK_SEVERITY_LABELS: Record<RiskSeverity, string> = {
  [RiskSeverity.URGENT]: 'Urgent',
  [RiskSeverity.WARNING]: 'Warning',
  [RiskSeverity.INFO]: 'Info',
};

/** The one severity order, most severe first. */
export const RISK_SEVERITY_ORDER: readonly RiskSeverity[] = [RiskSeverity.URGENT, RiskSeverity.WARNING, RiskSeverity.INFO];

/**
 * A severity's place in RISK_SEVERITY_ORDER: 0 for URGENT, rising as severity falls. Takes the
 * enum or its string value, so GraphQL-typed callers (string unions) need no cast.
 */
export function riskSeverityRank(severity: RiskSeverity | `${RiskSeverity}`): number {
  const rank = RISK_SEVERITY_ORDER.indexOf(severity as RiskSeverity);
  if (rank < 0) throw new Error(`Unknown risk severity: ${severity}`);
  return rank;
}

/** For sorting most severe first: negative when `a` is more severe than `b`. */
export function compareRiskSeverity(a: RiskSeverity | `${RiskSeverity}`, b: RiskSeverity | `${RiskSeverity}`): number {
  return riskSeverityRank(a) - riskSeverityRank(b);
}

/** Whether `severity` is `threshold` or more severe, e.g. WARNING is at least INFO. */
export function isRiskSeverityAtLeast(severity: RiskSeverity | `${RiskSeverity}`, threshold: RiskSeverity | `${RiskSeverity}`): boolean {
  return riskSeverityRank(severity) <= riskSeverityRank(threshold);
}

export interface RiskFlag {
  code: RiskFlagCode;
  severity: RiskSeverity;
  /** One line citing the data, e.g. "craving 8/10 on 2 of the last 3 check-ins". */
  reason: string;
}

/** Per-program settings; DOMAIN.md's defaults below. */
export interface RiskThresholds {
  noCheckInDays: number;
  highCraving: number;
  cravingWindow: number;
  cravingHits: number;
  useLookbackDays: number;
  noPeerContactDays: number;
  /** No-shows (from progress notes) within `noShowWindowDays` that raise MISSED_SESSIONS. */
  noShowCount: number;
  noShowWindowDays: number;
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = {
  noCheckInDays: 7,
  highCraving: 7,
  cravingWindow: 3,
  cravingHits: 2,
  useLookbackDays: 14,
  noPeerContactDays: 14,
  noShowCount: 2,
  noShowWindowDays: 30,
};

export type RiskThresholdKey = keyof RiskThresholds;

/**
 * How many of a client's most recent check-ins the flags look at: the craving window cannot look
 * further back than this.
 */
export const RISK_RECENT_CHECK_INS = 10;

export interface RiskThresholdLimit {
  /** The setting in the clinicians' words, as forms label it. */
  label: string;
  min: number;
  max: number;
  /** The flag whose rule the setting tunes. */
  flag: RiskFlagCode;
}

/**
 * The one definition of what a program may set each threshold to (API validation and the web form
 * both read it), in the order forms show them. The bounds keep a flag meaningful: 0 days or a
 * craving of 0 would flag everyone; a window longer than the data looked at would flag no one.
 */
export const RISK_THRESHOLD_LIMITS: Readonly<Record<RiskThresholdKey, RiskThresholdLimit>> = {
  noCheckInDays: { label: 'Days without a check-in before a flag', min: 1, max: 90, flag: RiskFlagCode.NO_RECENT_CHECK_IN },
  highCraving: { label: 'Craving level that counts as high (0–10)', min: 1, max: 10, flag: RiskFlagCode.HIGH_CRAVING },
  cravingWindow: { label: 'Check-ins looked at for high craving', min: 1, max: RISK_RECENT_CHECK_INS, flag: RiskFlagCode.HIGH_CRAVING },
  cravingHits: { label: 'High-craving check-ins that raise a flag', min: 1, max: RISK_RECENT_CHECK_INS, flag: RiskFlagCode.HIGH_CRAVING },
  useLookbackDays: { label: 'Days looked back for substance use', min: 1, max: 90, flag: RiskFlagCode.RECENT_USE },
  noPeerContactDays: { label: 'Days without a peer contact before a flag', min: 1, max: 90, flag: RiskFlagCode.NO_RECENT_PEER_CONTACT },
  noShowCount: { label: 'Missed sessions (no-shows) that raise a flag', min: 1, max: 20, flag: RiskFlagCode.MISSED_SESSIONS },
  noShowWindowDays: { label: 'Days looked back for missed sessions', min: 7, max: 180, flag: RiskFlagCode.MISSED_SESSIONS },
};

export const RISK_THRESHOLD_KEYS = Object.keys(RISK_THRESHOLD_LIMITS) as readonly RiskThresholdKey[];

/** The flags a program's thresholds tune; the others (self-harm, plan review, network) do not move with them. */
export const THRESHOLD_TUNED_FLAGS: readonly RiskFlagCode[] = [...new Set(RISK_THRESHOLD_KEYS.map((key) => RISK_THRESHOLD_LIMITS[key].flag))];

/** The thresholds in force for a program: its own settings over DOMAIN.md's defaults. */
export function riskThresholdsInForce(overrides: Partial<RiskThresholds> | null | undefined): RiskThresholds {
  const inForce = { ...DEFAULT_RISK_THRESHOLDS };
  for (const key of RISK_THRESHOLD_KEYS) {
    const value = overrides?.[key];
    if (typeof value === 'number') inForce[key] = value;
  }
  return inForce;
}

/** What a program stores: only the settings that differ from the defaults, so a later change of default reaches it. */
export function riskThresholdOverrides(thresholds: RiskThresholds): Partial<RiskThresholds> {
  const overrides: Partial<RiskThresholds> = {};
  for (const key of RISK_THRESHOLD_KEYS) if (thresholds[key] !== DEFAULT_RISK_THRESHOLDS[key]) overrides[key] = thresholds[key];
  return overrides;
}

/**
 * What is wrong with a set of thresholds, one problem per setting, `field` being the key (callers
 * prefix it with where the thresholds sit in their input). Empty when they can be saved.
 */
export function riskThresholdProblems(thresholds: RiskThresholds): Array<{ field: RiskThresholdKey; problem: string }> {
  const problems: Array<{ field: RiskThresholdKey; problem: string }> = [];
  for (const key of RISK_THRESHOLD_KEYS) {
    const { label, min, max } = RISK_THRESHOLD_LIMITS[key];
    const value = thresholds[key];
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field: key, problem: `${label} must be a whole number from ${min} to ${max}` });
  }
  if (!problems.some((p) => p.field === 'cravingHits' || p.field === 'cravingWindow') && thresholds.cravingHits > thresholds.cravingWindow) {
    problems.push({
      field: 'cravingHits',
      problem: `${RISK_THRESHOLD_LIMITS.cravingHits.label} cannot be more than the ${thresholds.cravingWindow} check-ins looked at`,
    });
  }
  return problems;
}

export interface RiskInputs {
  today: IsoDate;
  /** The client is in treatment (flags are for people we can still reach). */
  admissionDate: IsoDate;
  /** Most recent first. */
  recentCheckIns: ReadonlyArray<{ on: IsoDate; craving: number | null; usedSubstances: boolean }>;
  latestPhq9: { administeredOn: IsoDate; item9: number } | null;
  carePlanReviewDueOn: IsoDate | null;
  peerAssignedSince: IsoDate | null;
  lastPeerContactOn: IsoDate | null;
  supportNetworkStances: readonly RecoveryStance[];
  /** Session dates of no-shows recorded in progress notes, any order. Absent: none recorded. */
  noShowDates?: readonly IsoDate[];
}

const days = calendarDaysBetween;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The explainable risk flags for one client, most severe first. Each rule stays quiet when its
 * data is missing for a reason that is not the client's (e.g. admitted yesterday).
 */
export function riskFlags(inputs: RiskInputs, thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const { today } = inputs;
  const last = inputs.recentCheckIns[0];

  if (inputs.latestPhq9 && inputs.latestPhq9.item9 > 0) {
    flags.push({
      code: RiskFlagCode.SELF_HARM_RISK,
      severity: RiskSeverity.URGENT,
      reason: `PHQ-9 item 9 (thoughts of self-harm) answered ${inputs.latestPhq9.item9} on ${inputs.latestPhq9.administeredOn}`,
    });
  }

  const sinceCheckIn = last ? days(last.on, today) : days(inputs.admissionDate, today);
  if (sinceCheckIn >= thresholds.noCheckInDays) {
    flags.push({
      code: RiskFlagCode.NO_RECENT_CHECK_IN,
      severity: RiskSeverity.WARNING,
      reason: last
        ? `No check-in for ${plural(sinceCheckIn, 'day')} (last on ${last.on}; flags at ${plural(thresholds.noCheckInDays, 'day')})`
        : `No check-in since admission ${plural(sinceCheckIn, 'day')} ago (flags at ${plural(thresholds.noCheckInDays, 'day')})`,
    });
  }

  const window = inputs.recentCheckIns.slice(0, thresholds.cravingWindow).filter((c) => c.craving !== null);
  const high = window.filter((c) => c.craving! >= thresholds.highCraving);
  if (high.length >= thresholds.cravingHits) {
    const peak = Math.max(...high.map((c) => c.craving!));
    flags.push({
      code: RiskFlagCode.HIGH_CRAVING,
      severity: RiskSeverity.WARNING,
      reason:
        `Craving ${thresholds.highCraving}/10 or more on ${high.length} of the last ${window.length} check-ins ` +
        `(peak ${peak}/10; flags at ${thresholds.cravingHits} of ${thresholds.cravingWindow})`,
    });
  }

  const useDays = inputs.recentCheckIns.filter((c) => c.usedSubstances && days(c.on, today) <= thresholds.useLookbackDays);
  if (useDays.length > 0) {
    flags.push({
      code: RiskFlagCode.RECENT_USE,
      severity: RiskSeverity.WARNING,
      reason: `Use reported on ${plural(useDays.length, 'check-in')} in the last ${thresholds.useLookbackDays} days (latest ${useDays[0]!.on})`,
    });
  }

  const noShows = noShowsInWindow(inputs.noShowDates ?? [], today, thresholds.noShowWindowDays);
  if (noShows.length >= thresholds.noShowCount) {
    flags.push({
      code: RiskFlagCode.MISSED_SESSIONS,
      severity: RiskSeverity.WARNING,
      reason: `${plural(noShows.length, 'no-show')} in the last ${thresholds.noShowWindowDays} days (${noShows.join(', ')}; flags at ${thresholds.noShowCount})`,
    });
  }

  if (inputs.carePlanReviewDueOn && inputs.carePlanReviewDueOn < today) {
    flags.push({
      code: RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE,
      severity: RiskSeverity.WARNING,
      reason: `Care plan review was due ${inputs.carePlanReviewDueOn} (${plural(days(inputs.carePlanReviewDueOn, today), 'day')} overdue)`,
    });
  }

  if (inputs.peerAssignedSince) {
    const since = inputs.lastPeerContactOn ?? inputs.peerAssignedSince;
    const gap = days(since, today);
    if (gap >= thresholds.noPeerContactDays) {
      flags.push({
        code: RiskFlagCode.NO_RECENT_PEER_CONTACT,
        severity: RiskSeverity.INFO,
        reason: inputs.lastPeerContactOn
          ? `No peer contact for ${plural(gap, 'day')} (last on ${inputs.lastPeerContactOn}; flags at ${plural(thresholds.noPeerContactDays, 'day')})`
          : `No peer contact since the peer worker was assigned ${plural(gap, 'day')} ago (flags at ${plural(thresholds.noPeerContactDays, 'day')})`,
      });
    }
  }

  if (!inputs.supportNetworkStances.includes(RecoveryStance.SUPPORTIVE)) {
    const risk = inputs.supportNetworkStances.filter((s) => s === RecoveryStance.RISK).length;
    flags.push({
      code: RiskFlagCode.NO_SUPPORTIVE_NETWORK_MEMBER,
      severity: RiskSeverity.INFO,
      reason:
        inputs.supportNetworkStances.length === 0
          ? 'No support network recorded'
          : `No supportive member among ${plural(inputs.supportNetworkStances.length, 'network member')}${risk ? ` (${risk} a risk to recovery)` : ''}`,
    });
  }

  return flags.sort((a, b) => compareRiskSeverity(a.severity, b.severity));
}

export function mostSevere(flags: readonly RiskFlag[]): RiskSeverity | null {
  return RISK_SEVERITY_ORDER.find((s) => flags.some((f) => f.severity === s)) ?? null;
}
