import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CareTeamRole,
  ClientStatus,
  DischargeReason,
  RISK_SEVERITY_ORDER,
  StaffRole,
  daysInTreatment,
  nextMilestone,
  type IsoDate,
  type RiskSeverity,
} from '@carecircle/shared/domain';
import { Factory, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { daysInTreatmentSql, nextMilestoneDateSql } from './caseload-sort.sql';

/**
 * The web's caseload document, read from its source (libs/web/caseload/src/caseload-clients.query.ts)
 * so this test counts what the browser really sends: the API may not import web code, and a copy
 * would drift.
 */
function webCaseloadDocument(): string {
  const source = readFileSync(path.join(__dirname, '../../../web/caseload/src/caseload-clients.query.ts'), 'utf8');
  const match = /graphql\(`(\s*query CaseloadClients[\s\S]*?)`\)/.exec(source);
  if (!match) throw new Error('CaseloadClients document not found in libs/web/caseload/src/caseload-clients.query.ts');
  return match[1]!;
}

interface Row {
  id: string;
  lastName: string;
  status: string;
  lastCheckInAt: string | null;
  carePlanStatus: string | null;
  currentCarePlan: { id: string; isOverdue: boolean } | null;
  nextMilestone: { daysUntil: number } | null;
  dualDiagnosis?: boolean | null;
  highestRiskSeverity: RiskSeverity | null;
  riskFlags: Array<{ code: string; severity: string; reason: string }>;
  careTeam: Array<{ role: string; staff: { id: string; displayName: string } }>;
}
interface Page {
  clients: { total: number; offset: number; limit: number; items: Row[] };
}

const day = (offset: number): IsoDate => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** Higher is riskier; 0 none. */
const rankOf = (s: RiskSeverity | null) => (s ? RISK_SEVERITY_ORDER.length - RISK_SEVERITY_ORDER.indexOf(s) : 0);

describe('the caseload page: few statements, sorted and filtered on the server', () => {
  let t: TestApp;
  let counselorToken: string;
  let supervisorToken: string;
  let peerToken: string;
  const doc = webCaseloadDocument();

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program, supervisor, counselor, peer } = await f.team();
    const other = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
    for (let i = 0; i < 120; i++) {
      // 100 on the counselor's caseload, 20 on a colleague's (the supervisor sees all 120).
      const client = await f.client(organization.id, program.id, {
        admissionDate: day(-200 + i),
        recoveryStartDate: i % 7 === 0 ? null : day(-190 + i * 3),
        status: i % 17 === 5 ? ClientStatus.DISCHARGED : ClientStatus.ACTIVE,
        dischargeDate: i % 17 === 5 ? day(-3) : null,
        dischargeReason: i % 17 === 5 ? DischargeReason.TREATMENT_COMPLETED : null,
      });
      await f.assign(client, i < 100 ? counselor : other, CareTeamRole.COUNSELOR);
      if (i % 3 === 0) await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
      if (i % 4 === 0) {
        await f.diagnosis(client, counselor, 'F10.20');
        if (i % 8 === 0) await f.diagnosis(client, counselor, 'F32.1');
      }
      // Check-ins at different times; a third of the clients none (no recent check-in: WARNING).
      if (i % 3 !== 0) {
        // Two high cravings in a row: HIGH_CRAVING.
        for (const hoursEarlier of i % 6 === 1 ? [0, 5] : [0]) {
          await q(
            `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances) VALUES ($1, $2, $3, 'PHONE', $4, 3, false)`,
            [organization.id, client.id, new Date(Date.now() - (i % 5) * 86_400_000 - i * 60_000 - hoursEarlier * 3_600_000), i % 6 === 1 ? 9 : 2],
          );
        }
      }
      if (i % 2 === 0) {
        await q(`INSERT INTO support_network_member (organization_id, client_id, name, relationship, stance, version) VALUES ($1, $2, 'Sibling', 'SIBLING', 'SUPPORTIVE', 1)`, [
          organization.id,
          client.id,
        ]);
      }
      // Thoughts of self-harm: URGENT.
      if (i % 10 === 3) {
        await q(
          `INSERT INTO measure_administration (organization_id, client_id, instrument, instrument_version, administered_on, answers, total, band, administered_by_id)
           VALUES ($1, $2, 'PHQ_9', 'PHQ-9', $3, '{1,1,1,0,0,0,0,0,1}', 4, 'MINIMAL', $4)`,
          [organization.id, client.id, day(-1), counselor.id],
        );
      }
      if (i % 5 === 1) {
        const plan = await f.activeCarePlan(client, counselor, supervisor, { problems: [] });
        await q(`UPDATE care_plan SET review_due_on = $2 WHERE id = $1`, [plan.id, day(i % 10 === 1 ? -2 : 20)]);
      }
    }
    const login = (email: string) => loginAs((query, v) => t.gql(query, v), email);
    counselorToken = await login(counselor.email);
    supervisorToken = await login(supervisor.email);
    peerToken = await login(peer.email);
  });
  afterAll(() => t.close());

  async function page(token: string, vars: Record<string, unknown>): Promise<Page['clients']> {
    const res = await t.gql<Page>(doc, { offset: 0, limit: 100, withDiagnoses: true, ...vars }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.clients;
  }

  /** Every client, in pages of 60 (the page size limit is 100). */
  async function everything(token: string, vars: Record<string, unknown> = {}): Promise<Row[]> {
    const first = await page(token, { ...vars, limit: 60 });
    const rest = first.total > 60 ? (await page(token, { ...vars, offset: 60, limit: 60 })).items : [];
    return [...first.items, ...rest];
  }

  async function statementsOf(token: string, vars: Record<string, unknown>): Promise<string[]> {
    await page(token, vars); // the risk refresh of a first read is not the page's cost
    t.queries.reset();
    await page(token, vars);
    return [...t.queries.statements];
  }

  it.each([
    ['a counselor', () => counselorToken],
    ['a supervisor', () => supervisorToken],
  ])("answers the web's caseload document for %s in at most 6 statements, audit included, whatever the page size", async (_who, token) => {
    for (const sort of [undefined, { key: 'RISK', direction: 'DESC' }, { key: 'LAST_CHECK_IN', direction: 'ASC' }]) {
      const small = await statementsOf(token(), { limit: 10, sort });
      const large = await statementsOf(token(), { limit: 100, sort });
      expect(large.length).toBeLessThanOrEqual(6);
      expect(large.length).toBe(small.length);
      expect(large.filter((s) => /INSERT INTO "?audit_event"?/.test(s))).toHaveLength(1);
      // Plan status and review date only: the plans' content is never read for the caseload.
      expect(large.join('\n')).not.toMatch(/"content"/);
    }
  });

  it("costs a peer support worker a fixed number of statements too (consent is asked once per kind for the page)", async () => {
    const small = await statementsOf(peerToken, { limit: 10, withDiagnoses: false });
    const large = await statementsOf(peerToken, { limit: 100, withDiagnoses: false });
    expect(large.length).toBe(small.length);
    console.log(`peer support worker, page of 100: ${large.length} statements\n${large.map((q) => q.replace(/\s+/g, ' ').slice(0, 160)).join('\n')}`);
  });

  it('notices in the page statement that stored flags are outdated, refreshes them and reads the page again', async () => {
    const before = (await page(counselorToken, { sort: { key: 'RISK', direction: 'DESC' } })).items;
    const quiet = before.find((r) => r.status === 'ACTIVE' && !r.riskFlags.some((f) => f.code === 'RECENT_USE'));
    expect(quiet).toBeDefined();
    // Written behind the app's back (as the bench or a bulk load would): the trigger marks the row stale.
    await t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances)
       SELECT organization_id, id, now(), 'PHONE', 2, 3, true FROM client WHERE id = $1`,
      [quiet!.id],
    );
    t.queries.reset();
    const after = await page(counselorToken, { sort: { key: 'RISK', direction: 'DESC' } });
    const row = after.items.find((r) => r.id === quiet!.id)!;
    expect(row.riskFlags.map((f) => f.code)).toContain('RECENT_USE');
    // The page read twice (before and after the refresh), its clients disclosed once.
    const pages = t.queries.statements.filter((s) => /count\(\*\) OVER \(\)/.test(s));
    expect(pages).toHaveLength(2);
    expect(t.queries.statements.filter((s) => /INSERT INTO "?audit_event"?/.test(s))).toHaveLength(1);
  });

  it('counts the whole caseload in the page statement and only counts again past the end', async () => {
    const first = await page(counselorToken, { limit: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.total).toBe(100);
    t.queries.reset();
    const past = await page(counselorToken, { offset: 500, limit: 10 });
    expect(past).toMatchObject({ total: 100, items: [] });
    expect(t.queries.statements.some((s) => /count\(/i.test(s))).toBe(true);
  });

  /** Urgent first, then the key (missing last either way). */
  type Key = (row: Row) => number | null;
  const KEYS: Record<string, Key> = {
    RISK: (r) => rankOf(r.highestRiskSeverity) || null,
    NEXT_MILESTONE: (r) => r.nextMilestone?.daysUntil ?? null,
    LAST_CHECK_IN: (r) => (r.lastCheckInAt ? Date.parse(r.lastCheckInAt) : null),
  };

  function expectOrdered(rows: Row[], key: Key, direction: 'ASC' | 'DESC'): void {
    const urgent = (r: Row) => (r.highestRiskSeverity === 'URGENT' ? 0 : 1);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const where = `between ${a.lastName} and ${b.lastName} (#${i})`;
      expect([where, urgent(a) <= urgent(b)]).toEqual([where, true]);
      if (urgent(a) !== urgent(b)) continue;
      const [va, vb] = [key(a), key(b)];
      if (va === null) expect([where, vb]).toEqual([where, null]);
      else if (vb !== null) expect([where, direction === 'ASC' ? va <= vb : va >= vb]).toEqual([where, true]);
    }
  }

  it.each([
    ['a counselor', () => counselorToken, 100],
    ['a supervisor', () => supervisorToken, 120],
  ])('keeps %s sorted across pages by risk, next milestone and last check-in', async (_who, token, total) => {
    for (const [name, direction] of [
      ['RISK', 'DESC'],
      ['RISK', 'ASC'],
      ['NEXT_MILESTONE', 'ASC'],
      ['LAST_CHECK_IN', 'DESC'],
      ['LAST_CHECK_IN', 'ASC'],
    ] as const) {
      const sort = { key: name, direction };
      const pages: Row[] = [];
      for (let offset = 0; offset < total; offset += 25) pages.push(...(await page(token(), { sort, offset, limit: 25 })).items);
      expect(new Set(pages.map((r) => r.id)).size).toBe(total);
      expectOrdered(pages, KEYS[name]!, direction);
      // The same order as one big page: pages neither overlap nor skip.
      expect(pages.map((r) => r.id)).toEqual((await everything(token(), { sort })).map((r) => r.id));
    }
    // There is something to sort: urgent, warned, informed and unflagged clients, some without a check-in.
    const all = await everything(token());
    expect(all).toHaveLength(total);
    expect(new Set(all.map((r) => r.highestRiskSeverity)).size).toBe(4);
    expect(all.some((r) => r.lastCheckInAt === null)).toBe(true);
  });

  it('filters by risk across the whole caseload, in the page statement', async () => {
    const all = await everything(supervisorToken);
    const urgent = await page(supervisorToken, { limit: 5, filter: { riskSeverityAtLeast: 'URGENT' } });
    expect(urgent.total).toBe(all.filter((r) => r.highestRiskSeverity === 'URGENT').length);
    expect(urgent.total).toBeGreaterThan(5);
    const craving = await page(supervisorToken, { limit: 100, filter: { riskFlag: 'HIGH_CRAVING', riskSeverityAtLeast: 'WARNING' } });
    expect(craving.items.map((r) => r.id).sort()).toEqual(
      all.filter((r) => r.riskFlags.some((f) => f.code === 'HIGH_CRAVING')).map((r) => r.id).sort(),
    );
    expect(craving.total).toBeGreaterThan(0);
    t.queries.reset();
    await page(supervisorToken, { limit: 100, filter: { riskSeverityAtLeast: 'WARNING' }, sort: { key: 'RISK', direction: 'DESC' } });
    expect(t.queries.statements.length).toBeLessThanOrEqual(6);
  });

  /** The fields the caseload prefetches, as each client's own record answers them through its loaders. */
  const ONE = `query($id: ID!, $withDiagnoses: Boolean!) { client(id: $id) { id lastCheckInAt carePlanStatus currentCarePlan { id isOverdue }
    nextMilestone { label date daysUntil } dualDiagnosis @include(if: $withDiagnoses) highestRiskSeverity riskFlags { code severity reason }
    careTeam { role staff { id displayName } } } }`;

  it.each([
    ['a counselor', () => counselorToken, true],
    ['a peer support worker', () => peerToken, false],
  ])('answers %s exactly as the record does field by field', async (_who, token, withDiagnoses) => {
    const rows = (await page(token(), { limit: 100, withDiagnoses })).items;
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows.slice(0, 40)) {
      const res = await t.gql<{ client: Record<string, unknown> }>(ONE, { id: row.id, withDiagnoses }, token());
      expect(res.errors).toBeUndefined();
      const { id, ...fields } = res.data!.client;
      expect({ id, ...Object.fromEntries(Object.keys(fields).map((k) => [k, (row as unknown as Record<string, unknown>)[k]])) }).toEqual({ id, ...fields });
    }
    // Peers never see the care-plan review flag; urgent clients still come first for them.
    if (!withDiagnoses) {
      expect(rows.some((r) => r.riskFlags.some((f) => f.code === 'CARE_PLAN_REVIEW_OVERDUE'))).toBe(false);
      expectOrdered(rows, () => null, 'ASC');
    }
  });

  it('computes days in treatment and the next milestone in SQL as shared/domain does', async () => {
    const today = day(0);
    const starts = ['2024-02-29', '2023-01-31', '2025-08-31', day(-1), day(0), day(1), day(-7), day(-30), day(-365), day(-366), day(-550), day(-800), day(-1200)];
    const cases = starts.flatMap((start) => [ClientStatus.ACTIVE, ClientStatus.DISCHARGED].map((status) => ({ start, status })));
    const values = cases.map((_, i) => `($${i * 4 + 2}::date, $${i * 4 + 3}::client_status, $${i * 4 + 4}::date, $${i * 4 + 5}::date)`).join(', ');
    const params = [today, ...cases.flatMap((c) => [c.start, c.status, c.start, c.status === ClientStatus.DISCHARGED ? day(-2) : null])];
    const rows: Array<{ next: string | null; days: number }> = await t.dataSource.query(
      `SELECT CAST(${nextMilestoneDateSql('c')} AS text) AS next, ${daysInTreatmentSql('c')} AS days
       FROM (VALUES ${values}) AS c(recovery_start_date, status, admission_date, discharge_date)`.replaceAll(':caseloadToday', '$1'),
      params,
    );
    rows.forEach((row, i) => {
      const c = cases[i]!;
      const expected = c.status === ClientStatus.DISCHARGED ? null : (nextMilestone(c.start, today)?.date ?? null);
      expect([c, row.next]).toEqual([c, expected]);
      expect([c, Number(row.days)]).toEqual([c, daysInTreatment(c.start, c.status === ClientStatus.DISCHARGED ? day(-2) : null, today)]);
    });
  });
});
