import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import {
  AuditEntityType,
  ConsentRecipientKind,
  ConsentScope,
  RiskFlagCode,
  RiskSeverity,
  StaffRole,
  toIsoDate,
  type IsoDate,
  type RiskFlag,
} from '@carecircle/shared/domain';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity, VisibleClientIds } from '@carecircle/api/clients';
import { ConsentEntity } from '@carecircle/api/support-network';
import { AfterWriteHooks, Clock, RequestContext, readOnlyManager, type StaffPrincipal } from '@carecircle/api/platform';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { flagsForRole } from './flags-for-role';
import { RISK_SEVERITY_STORED_RANK, RiskFlagsService } from './risk-flags.service';
import { RiskRefreshScheduler } from './risk-refresh.scheduler';

const LOG = `mutation($input: LogCheckInInput!) { logCheckIn(input: $input) { id craving } }`;
const THRESHOLDS = `mutation($input: UpdateRiskThresholdsInput!) { updateRiskThresholds(input: $input) { id } }`;
const CLIENT_FLAGS = `query($id: ID!) { client(id: $id) { id riskFlags { code severity reason } highestRiskSeverity } }`;
const FLAGGED = `query($min: RiskSeverity!) { caseloadRiskFlags(minSeverity: $min) { client { id } highestSeverity flags { code reason } } }`;
const PAGE = `query($limit: Int!) { clients(limit: $limit) { items { id riskFlags { code reason } highestRiskSeverity } } }`;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (n: number): IsoDate => toIsoDate(addDays(new Date(), -n));

interface StoredRisk {
  flags: RiskFlag[];
  highest_severity_rank: number;
  flag_count: number;
  stale: boolean;
  refreshed_on: string | null;
}

describe('stored risk flags (client_risk)', () => {
  let t: TestApp;
  let f: Factory;
  let clock: Clock;
  let risk: RiskFlagsService;
  let organizationId: string;
  let program: ProgramEntity;
  let counselor: StaffUserEntity;
  let peer: StaffUserEntity;
  let tokens: Record<'counselor' | 'supervisor', string>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    clock = t.app.get(Clock);
    risk = t.app.get(RiskFlagsService);
    const team = await f.team();
    organizationId = team.organization.id;
    program = team.program;
    counselor = team.counselor;
    peer = team.peer;
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = { counselor: await loginAs(gql, counselor.email), supervisor: await loginAs(gql, team.supervisor.email) };
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  /** The stored row as the database has it, read without the API (which would refresh it). */
  const stored = async (clientId: string): Promise<StoredRisk> => {
    const [row] = await t.dataSource.query(
      `SELECT flags, highest_severity_rank, flag_count, stale, refreshed_on::text FROM client_risk WHERE client_id = $1`,
      [clientId],
    );
    return row as StoredRisk;
  };
  const codesOf = (flags: readonly { code: string }[]) => flags.map((flag) => flag.code).sort();

  /** A client in care on the counselor's caseload, admitted `admittedDaysAgo` days ago. */
  const client = async (admittedDaysAgo = 60, withPeer = false): Promise<ClientEntity> => {
    const admissionDate = daysAgo(admittedDaysAgo);
    const made = await f.client(organizationId, program.id, { admissionDate, recoveryStartDate: admissionDate });
    await f.assign(made, counselor, CareTeamRole.COUNSELOR);
    if (withPeer) await f.assign(made, peer, CareTeamRole.PEER_SUPPORT);
    return made;
  };
  /** A check-in written straight to the table, as the factory, the seed or a bulk load would. */
  const sqlCheckIn = (of: ClientEntity, at: Date, craving: number | null, usedSubstances = false) =>
    t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, used_substances, substances)
       VALUES ($1, $2, $3, 'PHONE', $4, $5, $6)`,
      [of.organizationId, of.id, at, craving, usedSubstances, usedSubstances ? ['alcohol'] : []],
    );
  const logCheckIn = (of: ClientEntity, craving: number) =>
    t.gql<{ logCheckIn: { id: string } }>(LOG, { input: { clientId: of.id, channel: 'PHONE', craving, usedSubstances: false } }, tokens.counselor);

  it('gives every new client a stale row, and a factory write marks it stale until the next read shows the flag', async () => {
    // The app's role (not the owner) writes here, and its writes fire the triggers: it may keep the table itself.
    const [grants] = await t.dataSource.query(
      `SELECT current_user AS role, has_table_privilege('client_risk', 'SELECT') AS s, has_table_privilege('client_risk', 'INSERT') AS i, has_table_privilege('client_risk', 'UPDATE') AS u`,
    );
    expect(grants).toEqual({ role: 'carecircle_app', s: true, i: true, u: true });
    const c = await client();
    expect(await stored(c.id)).toMatchObject({ stale: true, flags: [], refreshed_on: null });

    const first = await t.gql<{ client: { riskFlags: RiskFlag[] } }>(CLIENT_FLAGS, { id: c.id }, tokens.counselor);
    expect(first.errors).toBeUndefined();
    expect(codesOf(first.data!.client.riskFlags)).toEqual([RiskFlagCode.NO_RECENT_CHECK_IN, RiskFlagCode.NO_SUPPORTIVE_NETWORK_MEMBER]);
    expect(await stored(c.id)).toMatchObject({ stale: false, highest_severity_rank: RISK_SEVERITY_STORED_RANK.WARNING, flag_count: 2 });

    await sqlCheckIn(c, new Date(), 2, true);
    expect((await stored(c.id)).stale).toBe(true);
    const after = await t.gql<{ client: { riskFlags: RiskFlag[] } }>(CLIENT_FLAGS, { id: c.id }, tokens.counselor);
    expect(codesOf(after.data!.client.riskFlags)).toEqual([RiskFlagCode.NO_SUPPORTIVE_NETWORK_MEMBER, RiskFlagCode.RECENT_USE]);
    expect(await stored(c.id)).toMatchObject({ stale: false, flag_count: 2 });
  });

  it('stores the flag a check-in raises in the mutation’s own transaction', async () => {
    const c = await client(2);
    expect((await logCheckIn(c, 9)).errors).toBeUndefined();
    // Refreshed by the write path, before anyone read it: one high craving is not yet a flag.
    expect(await stored(c.id)).toMatchObject({ stale: false, refreshed_on: clock.today() });
    expect(codesOf((await stored(c.id)).flags)).toEqual([RiskFlagCode.NO_SUPPORTIVE_NETWORK_MEMBER]);

    expect((await logCheckIn(c, 9)).errors).toBeUndefined();
    const row = await stored(c.id);
    expect(row.stale).toBe(false);
    expect(row.flags.find((flag) => flag.code === RiskFlagCode.HIGH_CRAVING)).toMatchObject({
      severity: RiskSeverity.WARNING,
      reason: 'Craving 7/10 or more on 2 of the last 2 check-ins (peak 9/10; flags at 2 of 3)',
    });
    expect(row.highest_severity_rank).toBe(RISK_SEVERITY_STORED_RANK.WARNING);
  });

  it('leaves the stored flags as they were when a mutation fails after refreshing them', async () => {
    const c = await client(2);
    expect((await logCheckIn(c, 9)).errors).toBeUndefined();
    const before = await stored(c.id);
    // A failure after the refresh (the last step of the write path) must roll the refresh back too.
    let failNext = true;
    t.app.get(AfterWriteHooks).register(async () => {
      if (!failNext) return;
      failNext = false;
      throw new Error('the rest of the mutation failed');
    });
    const failed = await logCheckIn(c, 9);
    expect(failed.errors).toBeDefined();
    expect(failNext).toBe(false);
    expect(await stored(c.id)).toEqual(before);
    expect(before.flags.map((flag) => flag.code)).not.toContain(RiskFlagCode.HIGH_CRAVING);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM check_in WHERE client_id = $1`, [c.id]);
    expect(n).toBe(1);
  });

  it('re-evaluates a program’s clients when its thresholds are saved, in the same transaction', async () => {
    const c = await client();
    await sqlCheckIn(c, new Date(Date.now() - 8 * DAY_MS), 1);
    const first = await t.gql<{ client: { riskFlags: RiskFlag[] } }>(CLIENT_FLAGS, { id: c.id }, tokens.counselor);
    expect(first.data!.client.riskFlags.find((flag) => flag.code === RiskFlagCode.NO_RECENT_CHECK_IN)?.reason).toMatch(/flags at 7 days/);

    const saved = await t.gql(THRESHOLDS, { input: { programId: program.id, thresholds: { noCheckInDays: 10 } } }, tokens.supervisor);
    expect(saved.errors).toBeUndefined();
    const row = await stored(c.id);
    expect(row.stale).toBe(false);
    expect(codesOf(row.flags)).not.toContain(RiskFlagCode.NO_RECENT_CHECK_IN);

    const back = await t.gql(THRESHOLDS, { input: { programId: program.id, thresholds: {} } }, tokens.supervisor);
    expect(back.errors).toBeUndefined();
    expect(codesOf((await stored(c.id)).flags)).toContain(RiskFlagCode.NO_RECENT_CHECK_IN);
  });

  it('raises the flags that count days when the day changes: the scheduled refresh and any read on the new day', async () => {
    const c = await client();
    await sqlCheckIn(c, new Date(), 1);
    await risk.refresh(t.dataSource.manager, organizationId, [c.id]);
    expect(codesOf((await stored(c.id)).flags)).not.toContain(RiskFlagCode.NO_RECENT_CHECK_IN);
    const today = clock.today();

    // Eight days on: nothing was written, only the calendar moved.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 8 * DAY_MS));
    expect(await t.app.get(RiskRefreshScheduler).runOnce()).toBeGreaterThan(0);
    const aged = await stored(c.id);
    expect(aged).toMatchObject({ stale: false, refreshed_on: toIsoDate(addDays(new Date(`${today}T12:00:00Z`), 8)) });
    expect(aged.flags.find((flag) => flag.code === RiskFlagCode.NO_RECENT_CHECK_IN)?.reason).toBe(
      `No check-in for 8 days (last on ${today}; flags at 7 days)`,
    );
    // A second pass finds nothing to do.
    expect(await t.app.get(RiskRefreshScheduler).runOnce()).toBe(0);

    // A day later again, with no scheduled pass: the list brings the rows up to date before it filters.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 9 * DAY_MS));
    const listed = await t.gql<{ caseloadRiskFlags: Array<{ client: { id: string }; flags: RiskFlag[] }> }>(FLAGGED, { min: 'WARNING' }, tokens.counselor);
    expect(listed.errors).toBeUndefined();
    const mine = listed.data!.caseloadRiskFlags.find((row) => row.client.id === c.id);
    expect(mine?.flags.find((flag) => flag.code === RiskFlagCode.NO_RECENT_CHECK_IN)?.reason).toBe(
      `No check-in for 9 days (last on ${today}; flags at 7 days)`,
    );

    // Back to the real day: the rows refreshed "in the future" are refreshed again on read.
    jest.restoreAllMocks();
    const now = await t.gql<{ client: { riskFlags: RiskFlag[] } }>(CLIENT_FLAGS, { id: c.id }, tokens.counselor);
    expect(codesOf(now.data!.client.riskFlags)).not.toContain(RiskFlagCode.NO_RECENT_CHECK_IN);
    expect((await stored(c.id)).refreshed_on).toBe(today);
  });

  it('lists flagged clients from the stored rank, most severe first, and discloses only those listed', async () => {
    const urgent = await client(2);
    await t.dataSource.query(
      `INSERT INTO measure_administration (organization_id, client_id, instrument, instrument_version, administered_on, answers, total, band, administered_by_id)
       VALUES ($1, $2, 'PHQ_9', 'PHQ-9', $3, '{1,1,1,0,0,0,0,0,2}', 5, 'MILD', $4)`,
      [organizationId, urgent.id, daysAgo(1), counselor.id],
    );
    const res = await t.gql<{ caseloadRiskFlags: Array<{ client: { id: string }; highestSeverity: string; flags: RiskFlag[] }> }>(
      FLAGGED,
      { min: 'WARNING' },
      tokens.counselor,
      'client-risk-flagged',
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.caseloadRiskFlags;
    expect(rows[0]).toMatchObject({ client: { id: urgent.id }, highestSeverity: 'URGENT' });
    const ranks = rows.map((row) => RISK_SEVERITY_STORED_RANK[row.highestSeverity as RiskSeverity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(rows.every((row) => row.flags.some((flag) => flag.severity !== RiskSeverity.INFO))).toBe(true);
    const audited: Array<{ entity_id: string }> = await t.dataSource.query(
      `SELECT entity_id FROM audit_event WHERE request_id = 'client-risk-flagged' AND entity_type = $1 AND action = 'READ'`,
      [AuditEntityType.CLIENT],
    );
    expect(audited.map((row) => row.entity_id).sort()).toEqual(rows.map((row) => row.client.id).sort());
  });

  it("agrees with flagsFor on a peer worker's highest rank, flag count and flag filter, consent and role rules included", async () => {
    const withoutConsent = await client(2, true);
    const withConsent = await client(2, true);
    const reviewOverdue = await client(2, true);
    for (const c of [withoutConsent, withConsent]) await sqlCheckIn(c, new Date(), 8, true);
    await t.dataSource.getRepository(ConsentEntity).save({
      organizationId,
      clientId: withConsent.id,
      recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
      recipientMemberId: null,
      recipientOrganization: null,
      scopes: [ConsentScope.CHECK_INS],
      purpose: 'Peer recovery support',
      signedOn: daysAgo(1),
      effectiveOn: daysAgo(1),
      expiresOn: null,
      revokedAt: null,
      recordedById: counselor.id,
    });
    const plan = await f.activeCarePlan(reviewOverdue, counselor, counselor, { problems: [] });
    await t.dataSource.query(`UPDATE care_plan SET review_due_on = $2 WHERE id = $1`, [plan.id, daysAgo(3)]);
    const ids = [withoutConsent.id, withConsent.id, reviewOverdue.id];

    const contextOf = (member: StaffUserEntity, role: StaffRole): RequestContext => {
      const principal: StaffPrincipal = {
        id: member.id,
        organizationId,
        role,
        email: member.email,
        displayName: member.displayName,
        tokenId: randomUUID(),
        tokenExpiresAt: new Date(Date.now() + 60_000),
      };
      return new RequestContext(principal, `client-risk-${role}`, '127.0.0.1', 'jest', null, readOnlyManager(t.dataSource.manager));
    };
    const answers: Record<string, Record<string, unknown>> = {};
    for (const [member, role] of [
      [peer, StaffRole.PEER_SUPPORT],
      [counselor, StaffRole.COUNSELOR],
    ] as const) {
      const ctx = contextOf(member, role);
      const flags = await risk.flagsFor(ctx, ids as unknown as VisibleClientIds);
      await risk.refreshStale(ctx);
      const rank = risk.highestRankSql(ctx, 'c');
      const count = risk.visibleFlagCountSql(ctx, 'c');
      const recentUse = risk.hasFlagSql(ctx, 'c', RiskFlagCode.RECENT_USE, RiskSeverity.WARNING);
      const overdue = risk.hasFlagSql(ctx, 'c', RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE);
      expect([rank.params, count.params, recentUse.params]).toEqual([[], [], []]);
      const inSql: Array<{ id: string; rank: number; count: number; recent_use: boolean; overdue: boolean }> = await t.dataSource.query(
        `SELECT c.id, ${rank.sql} AS rank, ${count.sql}::int AS count, ${recentUse.sql} AS recent_use, ${overdue.sql} AS overdue
         FROM client c WHERE c.id = ANY($1::uuid[])`,
        [ids],
      );
      for (const row of inSql) {
        const shown = flagsForRole(flags.get(row.id) ?? [], role);
        const expected = {
          rank: Math.max(0, ...shown.map((flag) => RISK_SEVERITY_STORED_RANK[flag.severity])),
          count: shown.length,
          recent_use: shown.some((flag) => flag.code === RiskFlagCode.RECENT_USE),
          overdue: shown.some((flag) => flag.code === RiskFlagCode.CARE_PLAN_REVIEW_OVERDUE),
        };
        expect({ id: row.id, rank: row.rank, count: row.count, recent_use: row.recent_use, overdue: row.overdue }).toEqual({ id: row.id, ...expected });
        answers[`${role}:${row.id}`] = expected;
      }
    }
    // The cases differ, so the comparison above could fail: consent and role change what a peer worker is shown.
    expect(answers[`PEER_SUPPORT:${withoutConsent.id}`]).toMatchObject({ recent_use: false });
    expect(answers[`PEER_SUPPORT:${withConsent.id}`]).toMatchObject({ recent_use: true, rank: RISK_SEVERITY_STORED_RANK.WARNING });
    expect(answers[`COUNSELOR:${withoutConsent.id}`]).toMatchObject({ recent_use: true, rank: RISK_SEVERITY_STORED_RANK.WARNING });
    expect(answers[`PEER_SUPPORT:${reviewOverdue.id}`]).toMatchObject({ overdue: false, rank: RISK_SEVERITY_STORED_RANK.INFO });
    expect(answers[`COUNSELOR:${reviewOverdue.id}`]).toMatchObject({ overdue: true, rank: RISK_SEVERITY_STORED_RANK.WARNING });
  });

  it('reads current flags for a page without recomputing them: no risk input is read, the stored rows once at most', async () => {
    const { organization, program: otherProgram } = await f.organization();
    const member = await f.staff(organization.id, StaffRole.COUNSELOR);
    for (let i = 0; i < 100; i++) {
      const c = await f.client(organization.id, otherProgram.id, { admissionDate: daysAgo(30) });
      await f.assign(c, member, CareTeamRole.COUNSELOR);
    }
    const token = await loginAs((q, v) => t.gql(q, v), member.email);
    expect((await t.gql(PAGE, { limit: 100 }, token)).errors).toBeUndefined(); // refreshes the new clients' rows

    t.queries.reset();
    const res = await t.gql<{ clients: { items: Array<{ riskFlags: RiskFlag[] }> } }>(PAGE, { limit: 100 }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.clients.items).toHaveLength(100);
    expect(res.data!.clients.items.every((item) => item.riskFlags.some((flag) => flag.code === RiskFlagCode.NO_RECENT_CHECK_IN))).toBe(true);
    const statements = t.queries.statements;
    expect(statements.filter((sql) => /\bcheck_in\b|\bmeasure_administration\b|\bsupport_network_member\b/.test(sql))).toEqual([]);
    expect(statements.filter((sql) => /^\s*SELECT client_id, flags/.test(sql)).length).toBeLessThanOrEqual(1);
    console.log(`riskFlags page of 100: ${statements.length} statements in all`, statements.map((sql) => sql.replace(/\s+/g, ' ').slice(0, 120)));

    // What a mutation costs: one statement when it changes no risk input, seven when it does.
    const c = await client(2);
    t.queries.reset();
    expect((await logCheckIn(c, 3)).errors).toBeUndefined();
    console.log(`logCheckIn: ${t.queries.statements.length} statements`, t.queries.statements.map((sql) => sql.replace(/\s+/g, ' ').slice(0, 120)));
  });
});
