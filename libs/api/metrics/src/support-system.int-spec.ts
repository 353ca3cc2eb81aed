import { addDays } from 'date-fns';
import {
  ClientStatus,
  DischargeReason,
  RecoveryStance,
  SMALL_GROUP_MIN_CLIENTS,
  SUPPORT_SYSTEM_GROUPS,
  StaffRole,
  SupportSystemDimension,
  calendarDayIn,
  inLandmarkCohort,
  supportSystemGroup,
  toIsoDate,
  type IsoDate,
  type LandmarkFacts,
} from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { ClientEntity } from '@carecircle/api/clients';
import type { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

/**
 * The support-system dimensions (issue 14) over real SQL, on small hand-built episodes around the
 * landmark day's boundaries, in an organization whose day is not UTC's (New York), so a fact recorded
 * late on the landmark day (after midnight UTC) counts and one early on the next day does not.
 */
const ZONE = 'America/New_York';
const shift = (day: IsoDate, days: number): IsoDate => toIsoDate(addDays(new Date(`${day}T12:00:00`), days));
const today = calendarDayIn(new Date(), ZONE);
/** Most episodes: admitted 60 days ago, so the day-30 landmark was 30 days ago. */
const ADMITTED = shift(today, -60);
const LANDMARK = shift(ADMITTED, 30);

const RETENTION = `query($input: MetricsRangeInput!) {
  retention(input: $input) {
    dimension landmarkDays
    logRank { chiSquare degreesOfFreedom pValue groups }
    rates { group days eligible retained rate }
    curves { group clients tooSmallToRead steps { days atRisk events censored survival } }
  }
}`;

const GROUP_CLIENTS = `query($input: MetricsRangeInput!, $group: String!) {
  retentionGroupClients(input: $input, group: $group) {
    client { id lastName }
    admissionDate dischargeDate daysInTreatment leftCare
  }
}`;

interface RetentionData {
  retention: {
    dimension: string;
    landmarkDays: number | null;
    logRank: { chiSquare: number; degreesOfFreedom: number; pValue: number; groups: number } | null;
    rates: Array<{ group: string; days: number; eligible: number; retained: number; rate: number | null }>;
    curves: Array<{
      group: string;
      clients: number;
      tooSmallToRead: boolean;
      steps: Array<{ days: number; atRisk: number; events: number; censored: number; survival: number }>;
    }>;
  };
}

interface GroupClientsData {
  retentionGroupClients: Array<{
    client: { id: string; lastName: string };
    admissionDate: string;
    dischargeDate: string | null;
    daysInTreatment: number;
    leftCare: boolean;
  }>;
}

const FILLERS = Array.from({ length: SMALL_GROUP_MIN_CLIENTS - 1 }, (_, i) => `Zimmer${i + 1}`);

describe('retention and check-in trends by the support system at a landmark, over real SQL', () => {
  let t: TestApp;
  let f: Factory;
  let program: ProgramEntity;
  let orgId: string;
  let counselorA: StaffUserEntity;
  let counselorB: StaffUserEntity;
  let supervisor: StaffUserEntity;
  let peer: StaffUserEntity;
  let tokenA: string;
  let tokenB: string;
  let tokenSupervisor: string;
  const clients = new Map<string, ClientEntity>();

  async function episode(
    lastName: string,
    admissionDate: IsoDate,
    dischargeDate: IsoDate | null = null,
    counselor = counselorA,
  ): Promise<ClientEntity> {
    const client = await f.client(orgId, program.id, {
      lastName,
      admissionDate,
      status: dischargeDate ? ClientStatus.DISCHARGED : ClientStatus.ACTIVE,
      dischargeDate,
      dischargeReason: dischargeDate ? DischargeReason.DROPPED_OUT : null,
    });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR, admissionDate, dischargeDate ? shift(dischargeDate, 1) : null);
    clients.set(lastName, client);
    return client;
  }

  /** A local time on one of the organization's days, as the instant it is. */
  const at = (day: IsoDate, time: string) => ({ day, time });
  type Local = ReturnType<typeof at>;
  const instant = (local: Local | null, n: number) =>
    local ? `(CAST($${n} AS date)::timestamp + CAST($${n + 1} AS interval)) AT TIME ZONE '${ZONE}'` : `CAST(NULL AS timestamptz)`;

  async function member(client: ClientEntity, stance: RecoveryStance, created: Local, removed: Local | null = null): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO support_network_member (organization_id, client_id, name, relationship, stance, version, created_at, removed_at)
       VALUES ($1, $2, 'Synthetic Member', 'FRIEND', $3, 1, ${instant(created, 4)}, ${instant(removed, 6)})`,
      [orgId, client.id, stance, created.day, created.time, ...(removed ? [removed.day, removed.time] : [])],
    );
  }

  async function familyEvent(client: ClientEntity, on: IsoDate): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO family_engagement_event (organization_id, client_id, type, occurred_on, staff_user_id) VALUES ($1, $2, 'VISIT', $3, $4)`,
      [orgId, client.id, on, counselorA.id],
    );
  }

  async function peerContact(client: ClientEntity, on: IsoDate, withdrawn = false): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO peer_contact (organization_id, client_id, peer_worker_id, occurred_on, duration_minutes, mode, support_types, withdrawn_at)
       VALUES ($1, $2, $3, $4, 30, 'PHONE', '{EMOTIONAL}', CASE WHEN $5::boolean THEN now() END)`,
      [orgId, client.id, peer.id, on, withdrawn],
    );
  }

  async function checkIn(client: ClientEntity, when: Local, meeting: boolean): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, used_substances, attended_meeting)
       VALUES ($1, $2, ${instant(when, 3)}, 'PHONE', false, $5)`,
      [orgId, client.id, when.day, when.time, meeting],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const org = await f.organization();
    program = org.program;
    orgId = org.organization.id;
    await t.dataSource.query(`UPDATE organization SET time_zone = $2 WHERE id = $1`, [orgId, ZONE]);
    supervisor = await f.staff(orgId, StaffRole.SUPERVISOR);
    counselorA = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    counselorB = await f.staff(orgId, StaffRole.COUNSELOR);
    peer = await f.staff(orgId, StaffRole.PEER_SUPPORT);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokenA = await loginAs(gql, counselorA.email);
    tokenB = await loginAs(gql, counselorB.email);
    tokenSupervisor = await loginAs(gql, supervisor.email);

    // Adams: no supportive member at the landmark (one recorded the day after it; one removed late on
    // the landmark day, 22:00 New York = after midnight UTC), a risk member recorded late on the landmark
    // day (counted); one family event on the landmark day (the next day's and one before admission are
    // not); 5 peer contacts in 30 days (≥ 1 a week); meetings at 2 of 4 check-ins (some).
    const adams = await episode('Adams', ADMITTED);
    await member(adams, RecoveryStance.SUPPORTIVE, at(shift(LANDMARK, 1), '00:30'));
    await member(adams, RecoveryStance.SUPPORTIVE, at(ADMITTED, '10:00'), at(LANDMARK, '22:00'));
    await member(adams, RecoveryStance.RISK, at(LANDMARK, '23:30'));
    await familyEvent(adams, LANDMARK);
    await familyEvent(adams, shift(LANDMARK, 1));
    await familyEvent(adams, shift(ADMITTED, -5));
    for (const day of [2, 8, 15, 22, 30]) await peerContact(adams, shift(ADMITTED, day));
    for (const [day, meeting] of [[1, true], [2, false], [3, true], [4, false]] as const) {
      await checkIn(adams, at(shift(ADMITTED, day), '12:00'), meeting);
    }

    // Baker: one supportive member (and a neutral one), a risk member removed before the landmark; no
    // family events; 4 peer contacts (4 × 7 < 30: under one a week) and a withdrawn one; meetings at 2 of 3
    // check-ins, the last late on the landmark day (most).
    const baker = await episode('Baker', ADMITTED);
    await member(baker, RecoveryStance.SUPPORTIVE, at(ADMITTED, '10:00'));
    await member(baker, RecoveryStance.NEUTRAL, at(ADMITTED, '10:00'));
    await member(baker, RecoveryStance.RISK, at(ADMITTED, '10:00'), at(shift(LANDMARK, -1), '12:00'));
    for (const day of [1, 2, 3, 30]) await peerContact(baker, shift(ADMITTED, day));
    await peerContact(baker, shift(ADMITTED, 4), true);
    await checkIn(baker, at(shift(ADMITTED, 1), '12:00'), true);
    await checkIn(baker, at(shift(ADMITTED, 2), '12:00'), false);
    await checkIn(baker, at(LANDMARK, '23:30'), true);

    // Cole: two supportive members (one recorded late on the landmark day, one removed early the day
    // after); two family events; a peer contact only the day after the landmark; a meeting reported late
    // the evening before admission and one the day after the landmark (neither counts).
    const cole = await episode('Cole', ADMITTED);
    await member(cole, RecoveryStance.SUPPORTIVE, at(LANDMARK, '23:30'));
    await member(cole, RecoveryStance.SUPPORTIVE, at(ADMITTED, '10:00'), at(shift(LANDMARK, 1), '00:30'));
    await familyEvent(cole, ADMITTED);
    await familyEvent(cole, shift(ADMITTED, 10));
    await peerContact(cole, shift(LANDMARK, 1));
    await checkIn(cole, at(shift(ADMITTED, -1), '22:00'), true);
    await checkIn(cole, at(shift(LANDMARK, 1), '00:30'), true);

    // Davis: discharged on the landmark day (not in the cohort). Evans: admitted 20 days ago (landmark to come).
    const davis = await episode('Davis', ADMITTED, LANDMARK);
    await checkIn(davis, at(shift(ADMITTED, 1), '12:00'), true);
    const evans = await episode('Evans', shift(today, -20));
    await checkIn(evans, at(shift(today, -5), '12:00'), true);
    // Fox: left care 5 days after the landmark. Gray: the landmark is today (in the cohort, censored at it).
    await episode('Fox', ADMITTED, shift(LANDMARK, 5));
    await episode('Gray', shift(today, -30));
    // Counselor B's client: in none of counselor A's or the supervisor's numbers.
    await episode('Hill', ADMITTED, null, counselorB);
    // With Cole, ten episodes with two supportive members: exactly the smallest group that can be read.
    for (const [i, name] of FILLERS.entries()) {
      const filler = await episode(name, ADMITTED, i < 3 ? shift(LANDMARK, 10) : null);
      await member(filler, RecoveryStance.SUPPORTIVE, at(ADMITTED, '10:00'));
      await member(filler, RecoveryStance.SUPPORTIVE, at(ADMITTED, '10:00'));
    }
  });
  afterAll(() => t.close());

  const input = (dimension: string, landmarkDays?: number) => ({
    from: shift(today, -200),
    to: today,
    dimension,
    ...(landmarkDays === undefined ? {} : { landmarkDays }),
  });

  async function groupNames(token: string, dimension: string, group: string, landmarkDays?: number): Promise<string[]> {
    const res = await t.gql<GroupClientsData>(GROUP_CLIENTS, { input: input(dimension, landmarkDays), group }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.retentionGroupClients.map((row) => row.client.lastName);
  }

  const OTHERS = ['Fox', 'Gray', ...FILLERS];
  const EXPECTED: Record<SupportSystemDimension, string[][]> = {
    [SupportSystemDimension.SUPPORTIVE_NETWORK]: [['Adams', 'Fox', 'Gray'], ['Baker'], ['Cole', ...FILLERS]],
    [SupportSystemDimension.RISK_IN_NETWORK]: [['Baker', 'Cole', ...OTHERS], ['Adams']],
    [SupportSystemDimension.FAMILY_ENGAGEMENT]: [['Baker', ...OTHERS], ['Adams'], ['Cole']],
    [SupportSystemDimension.PEER_CONTACT]: [['Cole', ...OTHERS], ['Baker'], ['Adams']],
    [SupportSystemDimension.MUTUAL_AID]: [['Cole', ...OTHERS], ['Adams'], ['Baker']],
  };

  it.each(Object.values(SupportSystemDimension))('groups each episode by %s from what was recorded up to the landmark day', async (dimension) => {
    const labels = SUPPORT_SYSTEM_GROUPS[dimension];
    for (const [i, group] of labels.entries()) {
      // Ordered by client name; discharged on the landmark day (Davis) or landmark still to come (Evans): in no group.
      expect(await groupNames(tokenA, dimension, group)).toEqual([...EXPECTED[dimension][i]!].sort());
    }
  });

  it('agrees with the TypeScript rules (supportSystemGroup, inLandmarkCohort) on every hand-built episode', async () => {
    // The facts at day 30, counted by hand from beforeAll.
    const none: LandmarkFacts = { supportiveMembers: 0, riskMembers: 0, familyEvents: 0, peerContacts: 0, checkIns: 0, checkInsWithMeeting: 0 };
    const facts: Record<string, LandmarkFacts> = {
      Adams: { ...none, riskMembers: 1, familyEvents: 1, peerContacts: 5, checkIns: 4, checkInsWithMeeting: 2 },
      Baker: { ...none, supportiveMembers: 1, peerContacts: 4, checkIns: 3, checkInsWithMeeting: 2 },
      Cole: { ...none, supportiveMembers: 2, familyEvents: 2 },
      Fox: none,
      Gray: none,
      ...Object.fromEntries(FILLERS.map((name) => [name, { ...none, supportiveMembers: 2 }])),
    };
    for (const dimension of Object.values(SupportSystemDimension)) {
      const sqlGroup = new Map<string, string>();
      for (const group of SUPPORT_SYSTEM_GROUPS[dimension]) {
        for (const name of await groupNames(tokenA, dimension, group)) sqlGroup.set(name, group);
      }
      const cohort = [...clients.entries()].filter(
        ([name, c]) => name !== 'Hill' && inLandmarkCohort({ admissionDate: c.admissionDate, dischargeDate: c.dischargeDate, leftCare: false }, 30, today),
      );
      expect(cohort.map(([name]) => name).sort()).toEqual([...sqlGroup.keys()].sort());
      for (const [name] of cohort) expect([name, sqlGroup.get(name)]).toEqual([name, supportSystemGroup(dimension, facts[name]!, 30)]);
    }
  });

  it('starts the curves at the landmark among episodes still in care, marks small groups and echoes the landmark', async () => {
    const res = await t.gql<RetentionData>(RETENTION, { input: input('SUPPORTIVE_NETWORK') }, tokenA);
    expect(res.errors).toBeUndefined();
    const report = res.data!.retention;
    expect(report.landmarkDays).toBe(30);
    expect(report.curves.map((c) => [c.group, c.clients, c.tooSmallToRead])).toEqual([
      ['No supportive member', 3, true],
      ['One supportive member', 1, true],
      ['Two or more supportive members', 10, false],
    ]);
    const steps = (group: string) => report.curves.find((c) => c.group === group)!.steps.map((s) => [s.days, s.atRisk, s.events, s.censored]);
    expect(steps('No supportive member')).toEqual([
      [30, 3, 0, 1],
      [35, 2, 1, 0],
      [60, 1, 0, 1],
    ]);
    expect(steps('Two or more supportive members')).toEqual([
      [40, 10, 3, 0],
      [60, 7, 0, 7],
    ]);
    expect(report.curves[0]!.steps[1]!.survival).toBeCloseTo(0.5, 12);
    // Rates are among episodes in care at the landmark: at 30 days every one of them is retained.
    const at30 = report.rates.filter((r) => r.days === 30);
    expect(at30.map((r) => [r.group, r.eligible, r.retained])).toEqual([
      ['No supportive member', 3, 3],
      ['One supportive member', 1, 1],
      ['Two or more supportive members', 10, 10],
    ]);
  });

  it('tests the curves against each other with the log-rank test for a support dimension only', async () => {
    const support = (await t.gql<RetentionData>(RETENTION, { input: input('SUPPORTIVE_NETWORK') }, tokenA)).data!.retention;
    expect(support.logRank).toMatchObject({ groups: 3, degreesOfFreedom: 2 });
    expect(support.logRank!.pValue).toBeGreaterThan(0);
    expect(support.logRank!.pValue).toBeLessThanOrEqual(1);
    const all = await t.gql<RetentionData>(RETENTION, { input: input('PROGRAM', 45) }, tokenA);
    expect(all.errors).toBeUndefined();
    expect(all.data!.retention).toMatchObject({ landmarkDays: null, logRank: null });
    // The landmark does not touch other dimensions: every episode of A's, from admission.
    expect(all.data!.retention.curves[0]!.clients).toBe(7 + FILLERS.length);
  });

  it('regroups at a later landmark: later records count, and episodes no longer in care then drop out', async () => {
    // Day 45: Adams's member recorded on day 31 now counts, Cole's removed on day 31 no longer does; Fox (left on
    // day 35), Gray (landmark to come) and the three who left on day 40 are out.
    expect(await groupNames(tokenA, 'SUPPORTIVE_NETWORK', 'No supportive member', 45)).toEqual([]);
    expect(await groupNames(tokenA, 'SUPPORTIVE_NETWORK', 'One supportive member', 45)).toEqual(['Adams', 'Baker', 'Cole']);
    expect(await groupNames(tokenA, 'SUPPORTIVE_NETWORK', 'Two or more supportive members', 45)).toEqual(FILLERS.slice(3));
    const report = (await t.gql<RetentionData>(RETENTION, { input: input('SUPPORTIVE_NETWORK', 45) }, tokenA)).data!.retention;
    expect(report.landmarkDays).toBe(45);
    expect(report.curves.map((c) => c.group)).toEqual(['One supportive member', 'Two or more supportive members']);
    for (const curve of report.curves) expect(curve.steps[0]!.days).toBeGreaterThanOrEqual(45);
  });

  it.each([13, 91])('refuses a landmark of %i days as bad input on the field', async (landmarkDays) => {
    for (const query of [RETENTION, GROUP_CLIENTS]) {
      const res = await t.gql(query, { input: input('FAMILY_ENGAGEMENT', landmarkDays), group: 'No family events' }, tokenA);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const problems = res.errors![0]!.extensions!['problems'] as Array<{ field: string; problem: string }>;
      expect(problems.map((p) => p.field.split('.').pop())).toEqual(['landmarkDays']);
    }
  });

  it("lists only the caller's clients behind a curve, and records each one listed as read", async () => {
    expect(await groupNames(tokenB, 'PEER_CONTACT', 'No peer contact')).toEqual(['Hill']);
    expect(await groupNames(tokenSupervisor, 'PEER_CONTACT', 'No peer contact')).toEqual([...EXPECTED.PEER_CONTACT[0]!].sort());
    const res = await t.gql<GroupClientsData>(GROUP_CLIENTS, { input: input('SUPPORTIVE_NETWORK'), group: 'No supportive member' }, tokenA);
    const rows = res.data!.retentionGroupClients;
    expect(rows.map((r) => r.client.lastName)).not.toContain('Hill');
    expect(rows.find((r) => r.client.lastName === 'Fox')).toMatchObject({
      admissionDate: ADMITTED,
      dischargeDate: shift(LANDMARK, 5),
      daysInTreatment: 35,
      leftCare: true,
    });
    expect(rows.find((r) => r.client.lastName === 'Gray')).toMatchObject({ dischargeDate: null, daysInTreatment: 30, leftCare: false });
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const [last] = await audit.find({ where: { actorId: counselorA.id, action: 'READ', entityType: 'Client' }, order: { id: 'DESC' }, take: 1 });
    const listed = await audit.find({ where: { requestId: last!.requestId, action: 'READ', entityType: 'Client' } });
    expect(listed.map((r) => r.entityId).sort()).toEqual(rows.map((r) => r.client.id).sort());
    // Peer workers and administrators may not ask.
    const tokenPeer = await loginAs((q, v) => t.gql(q, v), peer.email);
    expect(codeOf(await t.gql(GROUP_CLIENTS, { input: input('ALL'), group: 'All clients' }, tokenPeer))).toBe('FORBIDDEN');
  });

  it('trends check-ins by a support dimension, leaving out clients not in the landmark cohort', async () => {
    const res = await t.gql<{ checkInTrends: Array<{ group: string; weeks: Array<{ received: number; clientsInCare: number }> }> }>(
      `query($input: MetricsRangeInput!) { checkInTrends(input: $input) { group weeks { received clientsInCare } } }`,
      { input: { from: shift(today, -70), to: today, dimension: 'FAMILY_ENGAGEMENT' } },
      tokenA,
    );
    expect(res.errors).toBeUndefined();
    const received = new Map(res.data!.checkInTrends.map((trend) => [trend.group, trend.weeks.reduce((sum, w) => sum + w.received, 0)]));
    // Adams's 4; Baker's 3 (no family events); Cole's one the day after the landmark (in care, so in the trend).
    // Davis (discharged on the landmark day) and Evans (landmark to come) checked in but are in no group.
    expect(Object.fromEntries(received)).toEqual({ 'No family events': 3, 'One family event': 4, 'Two or more family events': 1 });
    const cole = res.data!.checkInTrends.find((trend) => trend.group === 'Two or more family events')!;
    expect(new Set(cole.weeks.map((w) => w.clientsInCare))).toEqual(new Set([1]));
  });
});
