import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { IsoDate } from './episode-of-care';
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

const days = (from: IsoDate, to: IsoDate) => differenceInCalendarDays(parseISO(to), parseISO(from));
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
        ? `No check-in for ${plural(sinceCheckIn, 'day')} (last on ${last.on})`
        : `No check-in since admission ${plural(sinceCheckIn, 'day')} ago`,
    });
  }

  const window = inputs.recentCheckIns.slice(0, thresholds.cravingWindow).filter((c) => c.craving !== null);
  const high = window.filter((c) => c.craving! >= thresholds.highCraving);
  if (high.length >= thresholds.cravingHits) {
    const peak = Math.max(...high.map((c) => c.craving!));
    flags.push({
      code: RiskFlagCode.HIGH_CRAVING,
      severity: RiskSeverity.WARNING,
      reason: `Craving ${thresholds.highCraving}/10 or more on ${high.length} of the last ${window.length} check-ins (peak ${peak}/10)`,
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
      reason: `${plural(noShows.length, 'no-show')} in the last ${thresholds.noShowWindowDays} days (${noShows.join(', ')})`,
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
          ? `No peer contact for ${plural(gap, 'day')} (last on ${inputs.lastPeerContactOn})`
          : `No peer contact since the peer worker was assigned ${plural(gap, 'day')} ago`,
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
