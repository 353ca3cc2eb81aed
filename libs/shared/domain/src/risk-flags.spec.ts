import { RecoveryStance } from './support-network';
import {
  DEFAULT_RISK_THRESHOLDS,
  RISK_FLAG_LABELS,
  RISK_THRESHOLD_KEYS,
  RISK_THRESHOLD_LIMITS,
  THRESHOLD_TUNED_FLAGS,
  RISK_SEVERITY_ORDER,
  RiskFlagCode,
  RiskSeverity,
  compareRiskSeverity,
  isRiskSeverityAtLeast,
  mostSevere,
  riskFlags,
  riskSeverityRank,
  riskThresholdOverrides,
  riskThresholdProblems,
  riskThresholdsInForce,
  type RiskInputs,
} from './risk-flags';

const TODAY = '2026-11-24';
const calm: RiskInputs = {
  today: TODAY,
  admissionDate: '2026-09-01',
  recentCheckIns: [
    { on: '2026-11-23', craving: 2, usedSubstances: false },
    { on: '2026-11-20', craving: 3, usedSubstances: false },
    { on: '2026-11-17', craving: 1, usedSubstances: false },
  ],
  latestPhq9: { administeredOn: '2026-11-01', item9: 0 },
  carePlanReviewDueOn: '2026-12-01',
  peerAssignedSince: '2026-09-01',
  lastPeerContactOn: '2026-11-20',
  supportNetworkStances: [RecoveryStance.SUPPORTIVE, RecoveryStance.RISK],
};
const codes = (inputs: Partial<RiskInputs>) => riskFlags({ ...calm, ...inputs }).map((f) => f.code);

describe('risk flags', () => {
  it('stays quiet for a steady client', () => {
    expect(riskFlags(calm)).toEqual([]);
    expect(mostSevere([])).toBeNull();
  });

  it('flags PHQ-9 item 9 above 0 as urgent, whatever else is true', () => {
    const flags = riskFlags({ ...calm, latestPhq9: { administeredOn: '2026-11-20', item9: 1 } });
    expect(flags).toEqual([
      { code: RiskFlagCode.SELF_HARM_RISK, severity: RiskSeverity.URGENT, reason: 'PHQ-9 item 9 (thoughts of self-harm) answered 1 on 2026-11-20' },
    ]);
    expect(mostSevere(flags)).toBe(RiskSeverity.URGENT);
  });

  it('flags no check-in at 7 days but not at 6, citing the last date', () => {
    expect(codes({ recentCheckIns: [{ on: '2026-11-18', craving: 1, usedSubstances: false }] })).toEqual([]);
    const flags = riskFlags({ ...calm, recentCheckIns: [{ on: '2026-11-17', craving: 1, usedSubstances: false }] });
    expect(flags[0]).toMatchObject({ code: RiskFlagCode.NO_RECENT_CHECK_IN, reason: 'No check-in for 7 days (last on 2026-11-17; flags at 7 days)' });
  });

  it('does not flag a client admitted yesterday for missing check-ins', () => {
    expect(codes({ admissionDate: '2026-11-23', recentCheckIns: [] })).toEqual([]);
    expect(riskFlags({ ...calm, admissionDate: '2026-11-10', recentCheckIns: [] })[0]?.reason).toBe('No check-in since admission 14 days ago (flags at 7 days)');
  });

  it('flags craving ≥ 7 on 2 of the last 3 check-ins, not on 1 of 3 or on older ones', () => {
    const checkIns = (cravings: number[]) => cravings.map((craving, i) => ({ on: `2026-11-${23 - i}`, craving, usedSubstances: false }));
    expect(codes({ recentCheckIns: checkIns([8, 2, 7]) })).toEqual([RiskFlagCode.HIGH_CRAVING]);
    expect(riskFlags({ ...calm, recentCheckIns: checkIns([8, 2, 7]) })[0]!.reason).toBe('Craving 7/10 or more on 2 of the last 3 check-ins (peak 8/10; flags at 2 of 3)');
    expect(codes({ recentCheckIns: checkIns([6, 2, 7]) })).toEqual([]);
    expect(codes({ recentCheckIns: checkIns([1, 2, 3, 9, 9]) })).toEqual([]);
  });

  it('flags use reported within 14 days, not 15', () => {
    const withUse = (on: string) => [{ on: '2026-11-23', craving: 1, usedSubstances: false }, { on, craving: 4, usedSubstances: true }];
    expect(codes({ recentCheckIns: withUse('2026-11-10') })).toEqual([RiskFlagCode.RECENT_USE]);
    expect(riskFlags({ ...calm, recentCheckIns: withUse('2026-11-10') })[0]!.reason).toBe('Use reported on 1 check-in in the last 14 days (latest 2026-11-10)');
    expect(codes({ recentCheckIns: withUse('2026-11-09') })).toEqual([]);
  });

  it('flags an overdue care-plan review the day after it was due', () => {
    expect(codes({ carePlanReviewDueOn: TODAY })).toEqual([]);
    expect(riskFlags({ ...calm, carePlanReviewDueOn: '2026-11-14' })[0]).toMatchObject({
      code: RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE,
      reason: 'Care plan review was due 2026-11-14 (10 days overdue)',
    });
  });

  it('flags no peer contact in 14 days only when a peer worker is assigned', () => {
    expect(codes({ lastPeerContactOn: '2026-11-10' })).toEqual([RiskFlagCode.NO_RECENT_PEER_CONTACT]);
    expect(codes({ lastPeerContactOn: '2026-11-11' })).toEqual([]);
    expect(codes({ peerAssignedSince: null, lastPeerContactOn: null })).toEqual([]);
  });

  it('flags a network with no supportive member, citing the risks in it', () => {
    expect(riskFlags({ ...calm, supportNetworkStances: [RecoveryStance.RISK, RecoveryStance.NEUTRAL] })[0]!.reason).toBe(
      'No supportive member among 2 network members (1 a risk to recovery)',
    );
    expect(riskFlags({ ...calm, supportNetworkStances: [] })[0]!.reason).toBe('No support network recorded');
  });

  it('flags two no-shows in the last 30 days, citing their dates, not one or one older than 30 days', () => {
    expect(riskFlags({ ...calm, noShowDates: ['2026-11-03', '2026-11-20'] })).toEqual([
      { code: RiskFlagCode.MISSED_SESSIONS, severity: RiskSeverity.WARNING, reason: '2 no-shows in the last 30 days (2026-11-20, 2026-11-03; flags at 2)' },
    ]);
    expect(codes({ noShowDates: ['2026-11-20'] })).toEqual([]);
    expect(codes({ noShowDates: ['2026-11-20', '2026-10-24'] })).toEqual([]);
    expect(codes({ noShowDates: ['2026-11-20', '2026-10-25'] })).toEqual([RiskFlagCode.MISSED_SESSIONS]);
    expect(codes({ noShowDates: undefined })).toEqual([]);
  });

  it("follows a program's no-show count and window", () => {
    const dates = ['2026-11-20', '2026-11-03'];
    expect(riskFlags({ ...calm, noShowDates: dates }, { ...DEFAULT_RISK_THRESHOLDS, noShowCount: 3 })).toEqual([]);
    expect(riskFlags({ ...calm, noShowDates: [...dates, '2026-11-01'] }, { ...DEFAULT_RISK_THRESHOLDS, noShowCount: 3 })[0]!.reason).toBe(
      '3 no-shows in the last 30 days (2026-11-20, 2026-11-03, 2026-11-01; flags at 3)',
    );
    expect(riskFlags({ ...calm, noShowDates: dates }, { ...DEFAULT_RISK_THRESHOLDS, noShowWindowDays: 14 })).toEqual([]);
  });

  it("cites the program's own threshold in each tunable flag's reason", () => {
    const strict = { ...DEFAULT_RISK_THRESHOLDS, noCheckInDays: 5, cravingWindow: 4, cravingHits: 3, highCraving: 6, noPeerContactDays: 10 };
    const checkIns = [7, 6, 9, 1].map((craving, i) => ({ on: `2026-11-${18 - i}`, craving, usedSubstances: false }));
    const reasons = riskFlags({ ...calm, recentCheckIns: checkIns, lastPeerContactOn: '2026-11-14' }, strict).map((f) => f.reason);
    expect(reasons).toEqual([
      'No check-in for 6 days (last on 2026-11-18; flags at 5 days)',
      'Craving 6/10 or more on 3 of the last 4 check-ins (peak 9/10; flags at 3 of 4)',
      'No peer contact for 10 days (last on 2026-11-14; flags at 10 days)',
    ]);
    expect(riskFlags({ ...calm, lastPeerContactOn: null, peerAssignedSince: '2026-11-01' })[0]!.reason).toBe(
      'No peer contact since the peer worker was assigned 23 days ago (flags at 14 days)',
    );
  });

  it('orders flags urgent, then warning, then info', () => {
    const flags = riskFlags({
      ...calm,
      latestPhq9: { administeredOn: '2026-11-20', item9: 2 },
      supportNetworkStances: [],
      carePlanReviewDueOn: '2026-11-01',
    });
    expect(flags.map((f) => f.severity)).toEqual([RiskSeverity.URGENT, RiskSeverity.WARNING, RiskSeverity.INFO]);
  });
});

describe('risk severity order', () => {
  it('puts urgent first, then warning, then info, and covers every severity once', () => {
    expect(RISK_SEVERITY_ORDER).toEqual([RiskSeverity.URGENT, RiskSeverity.WARNING, RiskSeverity.INFO]);
    expect([...RISK_SEVERITY_ORDER].sort()).toEqual(Object.values(RiskSeverity).sort());
  });

  it('ranks urgent 0 and rises as severity falls, for the enum and its string value alike', () => {
    expect(riskSeverityRank(RiskSeverity.URGENT)).toBe(0);
    expect(riskSeverityRank(RiskSeverity.WARNING)).toBe(1);
    expect(riskSeverityRank('INFO')).toBe(2);
    expect(() => riskSeverityRank('SEVERE' as RiskSeverity)).toThrow('Unknown risk severity: SEVERE');
  });

  it('sorts most severe first', () => {
    const mixed = [RiskSeverity.INFO, RiskSeverity.URGENT, RiskSeverity.INFO, RiskSeverity.WARNING];
    expect(mixed.sort(compareRiskSeverity)).toEqual([RiskSeverity.URGENT, RiskSeverity.WARNING, RiskSeverity.INFO, RiskSeverity.INFO]);
    expect(compareRiskSeverity(RiskSeverity.WARNING, RiskSeverity.WARNING)).toBe(0);
  });

  it('tells whether a severity reaches a threshold, the threshold itself included', () => {
    expect(isRiskSeverityAtLeast(RiskSeverity.URGENT, RiskSeverity.WARNING)).toBe(true);
    expect(isRiskSeverityAtLeast(RiskSeverity.WARNING, RiskSeverity.WARNING)).toBe(true);
    expect(isRiskSeverityAtLeast(RiskSeverity.INFO, RiskSeverity.WARNING)).toBe(false);
    expect(RISK_SEVERITY_ORDER.every((s) => isRiskSeverityAtLeast(s, RiskSeverity.INFO))).toBe(true);
  });
});

describe('risk flag labels', () => {
  it('names the overdue review as DOMAIN.md does', () => {
    expect(RISK_FLAG_LABELS[RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE]).toBe('Care plan review overdue');
    expect(RISK_FLAG_LABELS[RiskFlagCode.NO_SUPPORTIVE_NETWORK_MEMBER]).toBe('No supportive network member');
  });
});

describe('risk thresholds', () => {
  it('labels and bounds every threshold once, and the defaults lie within the bounds', () => {
    expect([...RISK_THRESHOLD_KEYS].sort()).toEqual(Object.keys(DEFAULT_RISK_THRESHOLDS).sort());
    expect(RISK_THRESHOLD_LIMITS.noCheckInDays.label).toBe('Days without a check-in before a flag');
    expect(RISK_THRESHOLD_LIMITS.noShowCount.label).toBe('Missed sessions (no-shows) that raise a flag');
    expect(riskThresholdProblems(DEFAULT_RISK_THRESHOLDS)).toEqual([]);
    expect(THRESHOLD_TUNED_FLAGS).not.toContain(RiskFlagCode.SELF_HARM_RISK);
    expect(THRESHOLD_TUNED_FLAGS).toContain(RiskFlagCode.MISSED_SESSIONS);
  });

  it('names each setting out of bounds or not whole, and craving hits above the window', () => {
    expect(riskThresholdProblems({ ...DEFAULT_RISK_THRESHOLDS, noCheckInDays: 0, highCraving: 11, noShowWindowDays: 7.5 })).toEqual([
      { field: 'noCheckInDays', problem: 'Days without a check-in before a flag must be a whole number from 1 to 90' },
      { field: 'highCraving', problem: 'Craving level that counts as high (0–10) must be a whole number from 1 to 10' },
      { field: 'noShowWindowDays', problem: 'Days looked back for missed sessions must be a whole number from 7 to 180' },
    ]);
    expect(riskThresholdProblems({ ...DEFAULT_RISK_THRESHOLDS, cravingWindow: 3, cravingHits: 4 })).toEqual([
      { field: 'cravingHits', problem: 'High-craving check-ins that raise a flag cannot be more than the 3 check-ins looked at' },
    ]);
  });

  it('stores only what differs from the defaults and reads it back over them', () => {
    const overrides = riskThresholdOverrides({ ...DEFAULT_RISK_THRESHOLDS, noCheckInDays: 10 });
    expect(overrides).toEqual({ noCheckInDays: 10 });
    expect(riskThresholdsInForce(overrides)).toEqual({ ...DEFAULT_RISK_THRESHOLDS, noCheckInDays: 10 });
    expect(riskThresholdsInForce(null)).toEqual(DEFAULT_RISK_THRESHOLDS);
  });
});
