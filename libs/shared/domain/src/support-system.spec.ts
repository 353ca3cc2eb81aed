import { kaplanMeier, type SurvivalObservation } from './kaplan-meier';
import {
  chiSquareSurvival,
  inLandmarkCohort,
  landmarkDate,
  type LandmarkEpisode,
  type LandmarkFacts,
  logRankTest,
  SUPPORT_SYSTEM_GROUPS,
  SupportSystemDimension,
  supportSystemGroup,
} from './support-system';

const noFacts: LandmarkFacts = {
  supportiveMembers: 0,
  riskMembers: 0,
  familyEvents: 0,
  peerContacts: 0,
  checkIns: 0,
  checkInsWithMeeting: 0,
};
const facts = (changes: Partial<LandmarkFacts>): LandmarkFacts => ({
  ...noFacts,
  ...changes,
});

/** Client observations as "days" (left care) or "days+" (censored: still in care, completed or transferred). */
function observations(spec: string): SurvivalObservation[] {
  return spec.split(/\s+/).map((token) => ({
    days: Number(token.replace('+', '')),
    event: !token.endsWith('+'),
  }));
}

/** The log-rank result of a comparison the test expects to have one. */
function compare(groups: Parameters<typeof logRankTest>[0]) {
  const result = logRankTest(groups);
  if (result === null) throw new Error('expected a log-rank result');
  return result;
}

describe('support-system group at the landmark', () => {
  const D = SupportSystemDimension;

  it('counts supportive members as none / one / two or more', () => {
    expect(supportSystemGroup(D.SUPPORTIVE_NETWORK, noFacts, 30)).toBe('No supportive member');
    expect(supportSystemGroup(D.SUPPORTIVE_NETWORK, facts({ supportiveMembers: 1 }), 30)).toBe('One supportive member');
    expect(supportSystemGroup(D.SUPPORTIVE_NETWORK, facts({ supportiveMembers: 2 }), 30)).toBe('Two or more supportive members');
    expect(supportSystemGroup(D.SUPPORTIVE_NETWORK, facts({ supportiveMembers: 7, riskMembers: 3 }), 30)).toBe(
      'Two or more supportive members',
    );
  });

  it('marks a network with any risk member, whatever the supportive members', () => {
    expect(supportSystemGroup(D.RISK_IN_NETWORK, facts({ supportiveMembers: 3 }), 30)).toBe('No member marked as a risk');
    expect(supportSystemGroup(D.RISK_IN_NETWORK, facts({ riskMembers: 1 }), 30)).toBe('A member marked as a risk');
    expect(supportSystemGroup(D.RISK_IN_NETWORK, facts({ riskMembers: 4, supportiveMembers: 2 }), 30)).toBe('A member marked as a risk');
  });

  it('counts family events as none / one / two or more', () => {
    expect(supportSystemGroup(D.FAMILY_ENGAGEMENT, noFacts, 30)).toBe('No family events');
    expect(supportSystemGroup(D.FAMILY_ENGAGEMENT, facts({ familyEvents: 1 }), 30)).toBe('One family event');
    expect(supportSystemGroup(D.FAMILY_ENGAGEMENT, facts({ familyEvents: 2 }), 30)).toBe('Two or more family events');
  });

  it('rates peer contacts per week over the landmark window, exactly one a week counting as one or more', () => {
    // Landmark 28 = 4 weeks: 4 contacts is exactly 1 a week; 3 is 0.75.
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 4 }), 28)).toBe('One or more a week');
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 3 }), 28)).toBe('Under one a week');
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 1 }), 28)).toBe('Under one a week');
    expect(supportSystemGroup(D.PEER_CONTACT, noFacts, 28)).toBe('No peer contact');
    // Landmark 30 = 4.29 weeks: 4 contacts is 0.93 a week, 5 is 1.17.
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 4 }), 30)).toBe('Under one a week');
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 5 }), 30)).toBe('One or more a week');
    // Landmark 14 = 2 weeks: 2 contacts is exactly 1 a week; landmark 90 = 12.86 weeks: 12 is under, 13 is over.
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 2 }), 14)).toBe('One or more a week');
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 12 }), 90)).toBe('Under one a week');
    expect(supportSystemGroup(D.PEER_CONTACT, facts({ peerContacts: 13 }), 90)).toBe('One or more a week');
  });

  it('rates the share of check-ins reporting a meeting, exactly half counting as some', () => {
    expect(supportSystemGroup(D.MUTUAL_AID, noFacts, 30)).toBe('No meetings reported');
    expect(supportSystemGroup(D.MUTUAL_AID, facts({ checkIns: 9 }), 30)).toBe('No meetings reported');
    expect(supportSystemGroup(D.MUTUAL_AID, facts({ checkIns: 9, checkInsWithMeeting: 1 }), 30)).toBe('Meetings at some check-ins');
    expect(supportSystemGroup(D.MUTUAL_AID, facts({ checkIns: 8, checkInsWithMeeting: 4 }), 30)).toBe('Meetings at some check-ins');
    expect(supportSystemGroup(D.MUTUAL_AID, facts({ checkIns: 8, checkInsWithMeeting: 5 }), 30)).toBe('Meetings at most check-ins');
    expect(supportSystemGroup(D.MUTUAL_AID, facts({ checkIns: 1, checkInsWithMeeting: 1 }), 30)).toBe('Meetings at most check-ins');
    expect(supportSystemGroup(D.MUTUAL_AID, facts({ checkIns: 7, checkInsWithMeeting: 4 }), 30)).toBe('Meetings at most check-ins');
  });

  it('only ever answers one of the dimension’s labels', () => {
    const samples = [
      noFacts,
      facts({
        supportiveMembers: 1,
        riskMembers: 1,
        familyEvents: 1,
        peerContacts: 1,
        checkIns: 2,
        checkInsWithMeeting: 1,
      }),
    ];
    for (const dimension of Object.values(D)) {
      for (const sample of samples) expect(SUPPORT_SYSTEM_GROUPS[dimension]).toContain(supportSystemGroup(dimension, sample, 30));
    }
  });
});

describe('landmark cohort', () => {
  // Admitted 2026-03-01; landmark 30 → the landmark day is 2026-03-31.
  const episode = (dischargeDate: string | null, leftCare = dischargeDate !== null): LandmarkEpisode => ({
    admissionDate: '2026-03-01',
    dischargeDate,
    leftCare,
  });

  it('places the landmark day at admission + landmark days on the calendar, across month ends and clock changes', () => {
    expect(landmarkDate('2026-03-01', 30)).toBe('2026-03-31');
    expect(landmarkDate('2026-03-15', 30)).toBe('2026-04-14');
    expect(landmarkDate('2026-12-20', 14)).toBe('2027-01-03');
    expect(landmarkDate('2028-02-01', 28)).toBe('2028-02-29');
  });

  it('leaves out episodes whose landmark has not come yet', () => {
    expect(inLandmarkCohort(episode(null), 30, '2026-03-30')).toBe(false);
    expect(inLandmarkCohort(episode(null), 30, '2026-03-31')).toBe(true);
    expect(inLandmarkCohort(episode(null), 31, '2026-03-31')).toBe(false);
  });

  it('leaves out an episode discharged exactly on the landmark day, keeps one discharged the day after', () => {
    expect(inLandmarkCohort(episode('2026-03-31'), 30, '2026-06-01')).toBe(false);
    expect(inLandmarkCohort(episode('2026-04-01'), 30, '2026-06-01')).toBe(true);
  });

  it('leaves out episodes censored (completed, transferred) or ended before the landmark', () => {
    expect(inLandmarkCohort(episode('2026-03-20', false), 30, '2026-06-01')).toBe(false);
    expect(inLandmarkCohort(episode('2026-03-20', true), 30, '2026-06-01')).toBe(false);
    expect(inLandmarkCohort(episode('2026-03-20', true), 14, '2026-06-01')).toBe(true);
  });

  it('starts the curve at the landmark with every cohort episode at risk and survival 1', () => {
    const today = '2026-06-01';
    const episodes: LandmarkEpisode[] = [
      episode('2026-03-10', true), // left care on day 9: before the landmark, out
      episode('2026-03-20', false), // completed on day 19: censored before the landmark, out (not a censoring in this curve)
      episode('2026-03-31', true), // left care on the landmark day (30): out
      episode('2026-04-01', true), // day 31: in, an event
      episode('2026-04-20', false), // day 50: in, censored (completed)
      episode('2026-05-01', true), // day 61: in, an event
      episode(null), // open: in, censored at today (day 92)
    ];
    const days = (date: string) => (Date.parse(date) - Date.parse('2026-03-01')) / 86_400_000;
    const cohort = episodes.filter((e) => inLandmarkCohort(e, 30, today));
    const steps = kaplanMeier(
      cohort.map((e) => ({
        days: days(e.dischargeDate ?? today),
        event: e.leftCare,
      })),
    );
    // 4 at risk just after day 30; day 31: 1 of 4 leaves → 3/4; day 50: 1 censored; day 61: 1 of 2 leaves → 3/8; day 92: censored.
    expect(steps.map((s) => [s.days, s.atRisk, s.events, s.censored])).toEqual([
      [31, 4, 1, 0],
      [50, 3, 0, 1],
      [61, 2, 1, 0],
      [92, 1, 0, 1],
    ]);
    expect(steps.map((s) => s.survival)).toEqual([0.75, 0.75, 0.375, 0.375]);
  });
});

describe('log-rank test', () => {
  it('matches the hand computation for two groups with tied times and censoring to 1e-9', () => {
    // A: 3, 5, 5, 7+, 9      B: 3, 4+, 5, 8, 10+     (+ = censored). Event times pooled: 3, 5, 8, 9.
    //  t   n_A n_B  n  d_A d  E_A = d·n_A/n   V = d(n−d)/(n−1) · n_A n_B / n²
    //  3    5   5  10   1  2   1              2·8/9 · 25/100 = 4/9
    //  5    4   3   7   2  3   12/7           3·4/6 · 12/49  = 24/49
    //  8    1   2   3   0  1   1/3            1·2/2 · 2/9    = 2/9
    //  9    1   1   2   1  1   1/2            1·1/1 · 1/4    = 1/4
    // O_A = 4, E_A = 149/42, O − E = 19/42; V = 827/588; χ² = (19/42)² / (827/588) = 361/2481 = 0.1455058…
    // df 1: p = erfc(√(χ²/2)) = 0.7028677 (scipy.stats.chi2.sf gives the same).
    const a = kaplanMeier(observations('3 5 5 7+ 9'));
    const b = kaplanMeier(observations('3 4+ 5 8 10+'));
    const result = compare([a, b]);
    expect(result.degreesOfFreedom).toBe(1);
    expect(result.groups).toBe(2);
    expect(Math.abs(result.chiSquare - 361 / 2481)).toBeLessThan(1e-12);
    expect(Math.abs(result.pValue - 0.7028676717990697)).toBeLessThan(1e-9);
    // The statistic does not depend on which group comes first.
    expect(Math.abs(compare([b, a]).chiSquare - 361 / 2481)).toBeLessThan(1e-12);
  });

  it('matches the hand computation for three groups to 1e-9', () => {
    // G1: 1, 2   G2: 2, 3   G3: 3+, 4. Event times 1, 2, 3, 4.
    //  t   n (G1,G2,G3)  d (G1,G2,G3)  O − E (G1, G2)      V11    V22    V12
    //  1    2 2 2         1 0 0         2/3, −1/3           2/9    2/9    −1/9
    //  2    1 2 2         1 1 0         3/5,  1/5           6/25   9/25   −3/25
    //  3    0 1 2         0 1 0         0,    2/3           0      2/9    0
    //  4    0 0 1         0 0 1         0,    0             (n = 1: no variance)
    // O − E = (19/15, 8/15); V = [[104, −52], [−52, 181]] / 225; det V = 16120 / 225²
    // χ² = (181·19² + 2·52·19·8 + 104·8²) / 16120 = 87805 / 16120 = 17561/3224 = 5.4469603…
    // df 2: p = e^(−χ²/2) = 0.0656459.
    const result = compare([observations('1 2'), observations('2 3'), observations('3+ 4')].map(kaplanMeier));
    expect(result.degreesOfFreedom).toBe(2);
    expect(result.groups).toBe(3);
    expect(Math.abs(result.chiSquare - 17561 / 3224)).toBeLessThan(1e-12);
    expect(Math.abs(result.pValue - Math.exp(-17561 / 3224 / 2))).toBeLessThan(1e-12);
    expect(Math.abs(result.pValue - 0.06564589892992427)).toBeLessThan(1e-9);
  });

  it('gives χ² ≈ 0 and p ≈ 1 between identical groups', () => {
    const same = kaplanMeier(observations('4 4 6+ 9 12 15+ 20'));
    const result = compare([same, same, same]);
    expect(result.degreesOfFreedom).toBe(2);
    expect(result.chiSquare).toBeLessThan(1e-12);
    expect(result.pValue).toBeGreaterThan(1 - 1e-9);
  });

  it('is null with fewer than two groups or no events', () => {
    const steps = kaplanMeier(observations('3 5+ 8'));
    expect(logRankTest([])).toBeNull();
    expect(logRankTest([steps])).toBeNull();
    expect(logRankTest([steps, []])).toBeNull();
    expect(logRankTest([kaplanMeier(observations('3+ 5+')), kaplanMeier(observations('4+ 9+'))])).toBeNull();
  });

  it('leaves out groups with nobody at risk at any event time', () => {
    const a = kaplanMeier(observations('3 5 5 7+ 9'));
    const b = kaplanMeier(observations('3 4+ 5 8 10+'));
    // Everyone in this group was censored before the first event (day 3): nothing expected, nothing to compare.
    const early = kaplanMeier(observations('1+ 2+'));
    const result = compare([a, [], early, b]);
    expect(result.groups).toBe(2);
    expect(result.degreesOfFreedom).toBe(1);
    expect(Math.abs(result.chiSquare - 361 / 2481)).toBeLessThan(1e-12);
  });

  it('is null when the variance is singular', () => {
    // Everyone at risk leaves at the one event time: d = n, so d(n − d) = 0 and there is no variance to test against.
    expect(logRankTest([kaplanMeier(observations('5')), kaplanMeier(observations('5 5'))])).toBeNull();
  });
});

describe('χ² survival function', () => {
  it('gives the published critical values', () => {
    expect(Math.abs(chiSquareSurvival(3.841459, 1) - 0.05)).toBeLessThan(1e-7);
    expect(Math.abs(chiSquareSurvival(5.991465, 2) - 0.05)).toBeLessThan(1e-7);
    expect(Math.abs(chiSquareSurvival(6.634897, 1) - 0.01)).toBeLessThan(1e-7);
    expect(Math.abs(chiSquareSurvival(7.814728, 3) - 0.05)).toBeLessThan(1e-7);
  });

  it('is 1 at 0 and below', () => {
    expect(chiSquareSurvival(0, 1)).toBe(1);
    expect(chiSquareSurvival(0, 2)).toBe(1);
    expect(chiSquareSurvival(-1, 2)).toBe(1);
  });

  it('agrees with closed forms and reference values to 1e-10 on both sides of x = a + 1', () => {
    // df 2: Q = e^(−x/2). df 1: Q = erfc(√(x/2)); values from scipy.stats.chi2.sf.
    for (const x of [0.01, 0.5, 1, 2, 3.9, 4.1, 10, 40]) expect(Math.abs(chiSquareSurvival(x, 2) - Math.exp(-x / 2))).toBeLessThan(1e-12);
    expect(Math.abs(chiSquareSurvival(3.841459, 1) - 0.04999999465319563)).toBeLessThan(1e-10);
    expect(Math.abs(chiSquareSurvival(5.991465, 2) - 0.04999998867770084)).toBeLessThan(1e-10);
    expect(Math.abs(chiSquareSurvival(0.5, 1) - 0.47950012218695337)).toBeLessThan(1e-10);
    expect(Math.abs(chiSquareSurvival(10, 3) - 0.01856613546304325)).toBeLessThan(1e-10);
    expect(Math.abs(chiSquareSurvival(1, 7) - 0.9948285365165155)).toBeLessThan(1e-10);
    expect(Math.abs(chiSquareSurvival(100, 4) / 9.836624224615988e-21 - 1)).toBeLessThan(1e-9);
  });
});
