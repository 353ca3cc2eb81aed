import { addDays } from 'date-fns';
import {
  ClientStatus,
  DischargeReason,
  RecoveryStance,
  StaffRole,
  SupportRelationship,
  kaplanMeier,
  toIsoDate,
  type IsoDate,
} from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { ClientEntity } from '@carecircle/api/clients';
import type { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const today = toIsoDate(new Date());
const daysAgo = (n: number): IsoDate => toIsoDate(addDays(new Date(), -n));

const RETENTION = `query($input: MetricsRangeInput!) {
  retention(input: $input) {
    rates { group days eligible retained rate }
    curves { group clients steps { days atRisk events censored survival } }
  }
}`;

interface RetentionData {
  retention: {
    rates: Array<{ group: string; days: number; eligible: number; retained: number; rate: number | null }>;
    curves: Array<{ group: string; clients: number; steps: Array<{ days: number; atRisk: number; events: number; censored: number; survival: number }> }>;
  };
}

describe('retention, check-in trends, caseload summary and risk flags over real SQL', () => {
  let t: TestApp;
  let f: Factory;
  let program: ProgramEntity;
  let orgId: string;
  let counselorA: StaffUserEntity;
  let counselorB: StaffUserEntity;
  let supervisor: StaffUserEntity;
  let tokenA: string;
  let tokenSupervisor: string;

  /** A client on counselor A's caseload with an episode of `days` days ending as given. */
  async function episode(admittedDaysAgo: number, lastedDays: number | null, reason: DischargeReason | null, counselor = counselorA): Promise<ClientEntity> {
    const admissionDate = daysAgo(admittedDaysAgo);
    const dischargeDate = lastedDays === null ? null : toIsoDate(addDays(new Date(`${admissionDate}T12:00:00`), lastedDays));
    const client = await f.client(orgId, program.id, {
      admissionDate,
      status: dischargeDate ? ClientStatus.DISCHARGED : ClientStatus.ACTIVE,
      dischargeDate,
      dischargeReason: reason,
    });
    const endedOn = dischargeDate ? toIsoDate(addDays(new Date(`${dischargeDate}T12:00:00`), 1)) : null;
    await f.assign(client, counselor, CareTeamRole.COUNSELOR, admissionDate, endedOn);
    return client;
  }

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const org = await f.organization();
    program = org.program;
    orgId = org.organization.id;
    supervisor = await f.staff(orgId, StaffRole.SUPERVISOR);
    counselorA = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Avery Test' });
    counselorB = await f.staff(orgId, StaffRole.COUNSELOR, { displayName: 'Blake Outside' });
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokenA = await loginAs(gql, counselorA.email);
    tokenSupervisor = await loginAs(gql, supervisor.email);

    // The hand-computed cohort of the Kaplan–Meier unit test, as real episodes (all admitted 100+ days ago
    // except the still-active ones, whose time in treatment is their days since admission).
    await episode(100, 5, DischargeReason.DROPPED_OUT);
    await episode(101, 5, DischargeReason.TERMINATED_BY_FACILITY);
    await episode(102, 5, DischargeReason.TREATMENT_COMPLETED);
    await episode(103, 8, DischargeReason.TRANSFERRED);
    await episode(104, 12, DischargeReason.DROPPED_OUT);
    await episode(105, 12, DischargeReason.TREATMENT_COMPLETED);
    await episode(106, 30, DischargeReason.INCARCERATED);
    await episode(40, null, null);
    await episode(40, null, null);
    await episode(60, null, null);
    // Counselor B's client, outside A's and the supervisor's scope.
    await episode(100, 3, DischargeReason.DROPPED_OUT, counselorB);
  });
  afterAll(() => t.close());

  const retention = async (token: string, from = daysAgo(200)) =>
    t.gql<RetentionData>(RETENTION, { input: { from, to: today, dimension: 'ALL' } }, token);

  it('computes the Kaplan–Meier curve in SQL to 1e-9 of the hand computation, with numbers at risk', async () => {
    const res = await retention(tokenA);
    expect(res.errors).toBeUndefined();
    const curve = res.data!.retention.curves[0]!;
    expect(curve.group).toBe('All clients');
    expect(curve.clients).toBe(10);
    expect(curve.steps.map((s) => [s.days, s.atRisk, s.events, s.censored])).toEqual([
      [5, 10, 2, 1],
      [8, 7, 0, 1],
      [12, 6, 1, 1],
      [30, 4, 1, 0],
      [40, 3, 0, 2],
      [60, 1, 0, 1],
    ]);
    const expected = [0.8, 0.8, 0.8 * (5 / 6), 0.5, 0.5, 0.5];
    curve.steps.forEach((step, i) => expect(Math.abs(step.survival - expected[i]!)).toBeLessThan(1e-9));
    // …and the SQL agrees with the pure reference implementation.
    const reference = kaplanMeier(curve.steps.flatMap((s) => [
      ...Array(s.events).fill({ days: s.days, event: true }),
      ...Array(s.censored).fill({ days: s.days, event: false }),
    ]));
    reference.forEach((step, i) => expect(Math.abs(step.survival - curve.steps[i]!.survival)).toBeLessThan(1e-9));
  });

  it('leaves clients admitted fewer than N days ago out of retention at N days', async () => {
    const rates = (await retention(tokenA)).data!.retention.rates;
    const at = (days: number) => rates.find((r) => r.days === days)!;
    // All 10 were admitted ≥ 40 days ago: at 30 days, the 7 short episodes (≤ 30 days: 5,5,5,8,12,12,30→30 counts) …
    expect(at(30)).toMatchObject({ eligible: 10, retained: 4 });
    // At 60 days the two clients admitted 40 days ago are not yet eligible.
    expect(at(60)).toMatchObject({ eligible: 8, retained: 1 });
    expect(at(90)).toMatchObject({ eligible: 7, retained: 0 });
    expect(at(180)).toMatchObject({ eligible: 0, retained: 0, rate: null });
    expect(at(30).rate).toBeCloseTo(0.4, 12);
  });

  it("scopes metrics to the caller: counselor B's client is in no one else's numbers", async () => {
    const supervisorView = (await retention(tokenSupervisor)).data!.retention.curves[0]!;
    expect(supervisorView.clients).toBe(10);
    const tokenB = await loginAs((q, v) => t.gql(q, v), counselorB.email);
    const outside = await retention(tokenB);
    expect(outside.errors).toBeUndefined();
    expect(outside.data!.retention.curves[0]!.clients).toBe(1);
  });

  it('rejects a reversed date range and peer or admin callers', async () => {
    expect(codeOf(await t.gql(RETENTION, { input: { from: today, to: daysAgo(10) } }, tokenA))).toBe('BAD_USER_INPUT');
    const peer = await f.staff(orgId, StaffRole.PEER_SUPPORT);
    expect(codeOf(await retention(await loginAs((q, v) => t.gql(q, v), peer.email)))).toBe('FORBIDDEN');
  });

  it('trends weekly check-ins against the schedule: completion, craving, mood, use', async () => {
    const c = await episode(20, null, null);
    await t.dataSource.query(`UPDATE client SET check_in_schedule = 'DAILY' WHERE id = $1`, [c.id]);
    const insert = (on: IsoDate, craving: number, mood: number, used: boolean) =>
      t.dataSource.query(
        `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances, attended_meeting)
         VALUES ($1, $2, $3, 'PHONE', $4, $5, $6, true)`,
        [orgId, c.id, `${on}T15:00:00Z`, craving, mood, used],
      );
    await insert(daysAgo(3), 8, 2, true);
    await insert(daysAgo(2), 6, 3, false);
    const res = await t.gql<{ checkInTrends: Array<{ group: string; weeks: Array<Record<string, number | string | null>> }> }>(
      `query($input: MetricsRangeInput!) { checkInTrends(input: $input) { group weeks { weekStart clientsInCare expected received completionRate meanCraving meanMood shareReportingUse shareAttendingMeetings } } }`,
      { input: { from: daysAgo(3), to: daysAgo(2), dimension: 'ALL' } },
      tokenA,
    );
    expect(res.errors).toBeUndefined();
    const weeks = res.data!.checkInTrends[0]!.weeks;
    const withCheckIns = weeks.filter((w) => (w['received'] as number) > 0);
    const received = withCheckIns.reduce((sum, w) => sum + (w['received'] as number), 0);
    expect(received).toBe(2);
    if (withCheckIns.length === 1) {
      expect(withCheckIns[0]).toMatchObject({ meanCraving: 7, meanMood: 2.5, shareReportingUse: 0.5, shareAttendingMeetings: 1 });
    }
    for (const week of weeks) {
      expect(week['completionRate'] === null || ((week['completionRate'] as number) >= 0 && (week['completionRate'] as number) <= 1)).toBe(true);
    }
  });

  it('flags PHQ-9 item 9 as urgent with a reason that cites it, and lists flagged clients most severe first', async () => {
    const c = await episode(15, null, null);
    await t.dataSource.query(
      `INSERT INTO measure_administration (organization_id, client_id, instrument, instrument_version, administered_on, answers, total, band, administered_by_id)
       VALUES ($1, $2, 'PHQ_9', 'PHQ-9', $3, '{1,1,1,0,0,0,0,0,1}', 4, 'MINIMAL', $4)`,
      [orgId, c.id, daysAgo(1), counselorA.id],
    );
    await t.dataSource.getRepository('support_network_member').save({
      organizationId: orgId,
      clientId: c.id,
      name: 'Supportive Sibling',
      relationship: SupportRelationship.SIBLING,
      stance: RecoveryStance.SUPPORTIVE,
    });
    const res = await t.gql<{ client: { riskFlags: Array<{ code: string; severity: string; reason: string }>; highestRiskSeverity: string } }>(
      `query($id: ID!) { client(id: $id) { riskFlags { code severity reason } highestRiskSeverity } }`,
      { id: c.id },
      tokenA,
    );
    expect(res.data?.client.highestRiskSeverity).toBe('URGENT');
    expect(res.data?.client.riskFlags[0]).toEqual({
      code: 'SELF_HARM_RISK',
      severity: 'URGENT',
      reason: `PHQ-9 item 9 (thoughts of self-harm) answered 1 on ${daysAgo(1)}`,
    });
    const list = await t.gql<{ caseloadRiskFlags: Array<{ client: { id: string }; highestSeverity: string }> }>(
      `{ caseloadRiskFlags(minSeverity: WARNING) { client { id } highestSeverity flags { code } } }`,
      {},
      tokenA,
    );
    expect(list.data?.caseloadRiskFlags[0]).toMatchObject({ client: { id: c.id }, highestSeverity: 'URGENT' });
    expect(list.data?.caseloadRiskFlags.every((r) => r.highestSeverity !== 'INFO')).toBe(true);
    // The list's request records one READ row per client it lists (entity Client), and none for clients left out.
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const [last] = await audit.find({ where: { actorId: counselorA.id, action: 'READ', entityType: 'Client' }, order: { id: 'DESC' }, take: 1 });
    const listed = await audit.find({ where: { requestId: last!.requestId, action: 'READ', entityType: 'Client' } });
    expect(listed.map((r) => r.entityId).sort()).toEqual(list.data!.caseloadRiskFlags.map((r) => r.client.id).sort());
    expect(listed.every((r) => r.outcome === 'ALLOWED')).toBe(true);
  });

  it('summarises each counselor on the supervisor’s team', async () => {
    const res = await t.gql<{ caseloadSummary: Array<Record<string, number | string>> }>(
      `{ caseloadSummary { counselorName activeClients urgentFlags warningFlags infoFlags plansOverdue plansAwaitingSignOff familyEngagedLast30Days peerContactedLast14Days } }`,
      {},
      tokenSupervisor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.caseloadSummary.map((r) => r['counselorName'])).toEqual(['Avery Test']);
    const avery = res.data!.caseloadSummary[0]!;
    expect(avery['activeClients']).toBe(5);
    expect(avery['urgentFlags']).toBe(1);
  });

  it('audits metrics reads', async () => {
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const before = await audit.count({ where: { action: 'READ_METRICS', actorId: counselorA.id } });
    const allBefore = await audit.count({ where: { actorId: counselorA.id } });
    await retention(tokenA);
    const after = await audit.count({ where: { action: 'READ_METRICS', actorId: counselorA.id } });
    expect(after).toBe(before + 1);
    // An aggregate discloses no client record: the request's one row is the metric's.
    expect(await audit.count({ where: { actorId: counselorA.id } })).toBe(allBefore + 1);
    const [row] = await audit.find({ where: { action: 'READ_METRICS', actorId: counselorA.id }, order: { id: 'DESC' }, take: 1 });
    expect(row).toMatchObject({ entityType: 'Metrics', entityId: 'retention', outcome: 'ALLOWED' });
  });
});

describe('statement count of the caseload page', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT);
    for (let i = 0; i < 100; i++) {
      const client = await f.client(organization.id, program.id, { lastName: `Paged${String(i).padStart(3, '0')}` });
      await f.assign(client, counselor, CareTeamRole.COUNSELOR);
      if (i % 2 === 0) await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    }
    token = await loginAs((q, v) => t.gql(q, v), counselor.email);
  });
  afterAll(() => t.close());

  const PAGE = `query($limit: Int!) { clients(limit: $limit) { total items { id daysInTreatment program { name } careTeam { role staff { displayName } } riskFlags { code reason } highestRiskSeverity } } }`;

  async function statementsFor(limit: number): Promise<number> {
    t.queries.reset();
    const res = await t.gql<{ clients: { items: unknown[] } }>(PAGE, { limit }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.clients.items).toHaveLength(limit);
    return t.queries.total;
  }

  it('costs the same fixed number of SQL statements for 10 clients as for 100', async () => {
    // The factory's clients start with stale stored flags: the first page computes them for the whole caseload.
    await statementsFor(100);
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    // auth (1) + the page with its total, care team, stored flags and whether they were current (1)
    // + the request's read audit, one INSERT at its end (1)
    expect(hundred).toBe(3);
  });
});

describe('filtering clients by risk flag', () => {
  let t: TestApp;
  let token: string;
  let flaggedId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const quiet = await f.client(organization.id, program.id, { admissionDate: daysAgo(2), lastName: 'Quiet' });
    const flagged = await f.client(organization.id, program.id, { admissionDate: daysAgo(30), lastName: 'Flagged' });
    flaggedId = flagged.id;
    for (const c of [quiet, flagged]) {
      await f.assign(c, counselor, CareTeamRole.COUNSELOR);
      await t.dataSource.query(
        `INSERT INTO support_network_member (organization_id, client_id, name, relationship, stance, version) VALUES ($1, $2, 'Helper', 'FRIEND', 'SUPPORTIVE', 1)`,
        [organization.id, c.id],
      );
    }
    await t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances)
       VALUES ($1, $2, $3, 'PHONE', 8, 2, true), ($1, $2, $4, 'PHONE', 9, 2, false)`,
      [organization.id, flagged.id, `${daysAgo(2)}T10:00:00Z`, `${daysAgo(1)}T10:00:00Z`],
    );
    await t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances) VALUES ($1, $2, $3, 'PHONE', 1, 4, false)`,
      [organization.id, quiet.id, `${daysAgo(1)}T10:00:00Z`],
    );
    token = await loginAs((q, v) => t.gql(q, v), counselor.email);
  });
  afterAll(() => t.close());

  const ids = async (filter: Record<string, unknown>) => {
    const res = await t.gql<{ clients: { total: number; items: Array<{ id: string }> } }>(
      `query($filter: ClientFilterInput) { clients(filter: $filter) { total items { id } } }`,
      { filter },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.clients.items.map((c) => c.id);
  };

  it('returns only clients whose flags meet the severity or code asked for', async () => {
    expect(await ids({ riskSeverityAtLeast: 'WARNING' })).toEqual([flaggedId]);
    expect(await ids({ riskFlag: 'HIGH_CRAVING' })).toEqual([flaggedId]);
    expect(await ids({ riskFlag: 'RECENT_USE', search: 'Quiet' })).toEqual([]);
    expect(await ids({ riskSeverityAtLeast: 'URGENT' })).toEqual([]);
    expect((await ids({})).length).toBe(2);
  });
});
