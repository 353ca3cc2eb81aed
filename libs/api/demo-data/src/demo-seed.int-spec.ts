import { CarePlanStatus, ClientStatus, isDualDiagnosis, type DiagnosisStatus } from '@carecircle/shared/domain';
import { createTestApp, type TestApp } from '@carecircle/api/testing';
import { seedDemoOrganization } from './seed-demo-organization';

const TODAY = '2026-11-24';

describe('the synthetic demo organization', () => {
  let t: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    second = await createTestApp();
    await seedDemoOrganization(t.dataSource, { today: TODAY });
    await seedDemoOrganization(second.dataSource, { today: TODAY });
  });
  afterAll(async () => {
    await t.close();
    await second.close();
  });

  const q = <T = Record<string, unknown>>(sql: string) => t.dataSource.query(sql) as Promise<T[]>;

  it('is deterministic: the same day gives the same clients', async () => {
    const names = (app: TestApp) =>
      app.dataSource.query(`SELECT first_name, last_name, admission_date::text, status FROM client ORDER BY last_name, first_name, admission_date`);
    expect(await names(second)).toEqual(await names(t));
  });

  it('admits about sixty clients over the last year with real-world discharges', async () => {
    const clients = await q<{ status: ClientStatus; discharge_reason: string | null; admission_date: string }>(
      `SELECT status, discharge_reason, admission_date::text FROM client`,
    );
    expect(clients).toHaveLength(60);
    expect(clients.every((c) => c.admission_date >= '2025-11-24' && c.admission_date < TODAY)).toBe(true);
    const reasons = new Set(clients.map((c) => c.discharge_reason).filter(Boolean));
    expect([...reasons]).toEqual(expect.arrayContaining(['TREATMENT_COMPLETED', 'DROPPED_OUT']));
    expect(clients.filter((c) => c.status !== ClientStatus.DISCHARGED).length).toBeGreaterThan(15);
  });

  it('gives every counselor a caseload and supervisor a team', async () => {
    const caseloads = await q<{ count: string }>(
      `SELECT count(*) FROM care_team_assignment WHERE role = 'COUNSELOR' AND ended_on IS NULL GROUP BY staff_user_id`,
    );
    expect(caseloads).toHaveLength(3);
    const team = await q<{ count: string }>(`SELECT count(*) FROM staff_user WHERE supervisor_id IS NOT NULL`);
    expect(Number(team[0]!.count)).toBe(5);
  });

  it('records diagnoses of which about a third are dual diagnosis', async () => {
    const rows = await q<{ client_id: string; icd10_code: string; status: DiagnosisStatus }>(`SELECT client_id, icd10_code, status FROM diagnosis`);
    const byClient = new Map<string, typeof rows>();
    for (const row of rows) byClient.set(row.client_id, [...(byClient.get(row.client_id) ?? []), row]);
    expect(byClient.size).toBe(60);
    const dual = [...byClient.values()].filter((d) => isDualDiagnosis(d.map((r) => ({ icd10Code: r.icd10_code, status: r.status })))).length;
    expect(dual).toBeGreaterThanOrEqual(15);
    expect(dual).toBeLessThanOrEqual(25);
  });

  it('has a care plan for every client, some overdue, some awaiting sign-off, mixed modalities', async () => {
    const withPlan = await q<{ count: string }>(`SELECT count(DISTINCT client_id) FROM care_plan`);
    expect(Number(withPlan[0]!.count)).toBe(60);
    const overdue = await q<{ count: string }>(
      `SELECT count(*) FROM care_plan p JOIN client c ON c.id = p.client_id WHERE p.status = 'ACTIVE' AND p.review_due_on < '${TODAY}' AND c.status <> 'DISCHARGED'`,
    );
    expect(Number(overdue[0]!.count)).toBeGreaterThan(0);
    const pending = await q<{ count: string }>(`SELECT count(*) FROM care_plan WHERE status = '${CarePlanStatus.PENDING_REVIEW}'`);
    expect(Number(pending[0]!.count)).toBeGreaterThan(0);
    const modalities = await q<{ modality: string }>(
      `SELECT DISTINCT i->>'modality' AS modality FROM care_plan p,
         jsonb_array_elements(p.content->'problems') pr, jsonb_array_elements(pr->'goals') g,
         jsonb_array_elements(g->'objectives') o, jsonb_array_elements(o->'interventions') i`,
    );
    expect(modalities.map((m) => m.modality)).toEqual(expect.arrayContaining(['CBT', 'DBT', 'MI']));
  });

  it('maps support networks of 2 to 6 people with mixed stances, family events and consents', async () => {
    const sizes = await q<{ n: string }>(`SELECT count(*) AS n FROM support_network_member GROUP BY client_id`);
    expect(sizes).toHaveLength(60);
    expect(sizes.every((s) => Number(s.n) >= 2 && Number(s.n) <= 6)).toBe(true);
    const stances = await q<{ stance: string }>(`SELECT DISTINCT stance FROM support_network_member`);
    expect(stances.map((s) => s.stance).sort()).toEqual(['NEUTRAL', 'RISK', 'SUPPORTIVE']);
    expect(Number((await q<{ count: string }>(`SELECT count(*) FROM family_engagement_event`))[0]!.count)).toBeGreaterThan(20);
    const consentKinds = await q<{ recipient_kind: string }>(`SELECT DISTINCT recipient_kind FROM consent`);
    expect(consentKinds).toHaveLength(3);
  });

  it('gives drop-outs rising cravings in their last weeks', async () => {
    const rows = await q<{ early: number; late: number }>(
      `SELECT avg(ci.craving) FILTER (WHERE ci.occurred_at::date < c.admission_date + 14)::float8 AS early,
              avg(ci.craving) FILTER (WHERE ci.occurred_at::date > c.discharge_date - 14)::float8 AS late
       FROM client c JOIN check_in ci ON ci.client_id = c.id
       WHERE c.discharge_reason = 'DROPPED_OUT' AND c.discharge_date - c.admission_date >= 28`,
    );
    expect(rows[0]!.late).toBeGreaterThan(rows[0]!.early + 1.5);
  });

  it('has clients whose check-ins faded out, and steady clients reaching 90 days and a year', async () => {
    const faded = await q<{ count: string }>(
      `SELECT count(*) FROM client c WHERE c.status <> 'DISCHARGED' AND c.admission_date < '${TODAY}'::date - 14
         AND NOT EXISTS (SELECT 1 FROM check_in ci WHERE ci.client_id = c.id AND ci.occurred_at::date > '${TODAY}'::date - 7)`,
    );
    expect(Number(faded[0]!.count)).toBeGreaterThanOrEqual(3);
    const nearMilestones = await q<{ days: number }>(
      `SELECT ('${TODAY}'::date - recovery_start_date) AS days FROM client WHERE status <> 'DISCHARGED'`,
    );
    const days = nearMilestones.map((r) => r.days);
    expect(days).toEqual(expect.arrayContaining([88]));
    expect(days.some((d) => d >= 360 && d <= 365)).toBe(true);
    expect(Number((await q<{ count: string }>(`SELECT count(*) FROM check_in`))[0]!.count)).toBeGreaterThan(1500);
  });

  it('raises one self-harm safety flag in the latest PHQ-9s, and scores every measure server-side', async () => {
    const flagged = await q<{ count: string }>(
      `SELECT count(*) FROM (SELECT DISTINCT ON (client_id) answers[9] AS item9 FROM measure_administration
        WHERE instrument = 'PHQ_9' ORDER BY client_id, administered_on DESC) latest WHERE item9 > 0`,
    );
    expect(Number(flagged[0]!.count)).toBe(1);
    const unscored = await q<{ count: string }>(`SELECT count(*) FROM measure_administration WHERE instrument <> 'BAM' AND total IS NULL`);
    expect(Number(unscored[0]!.count)).toBe(0);
  });

  it('shows family-engaged clients dropping out less often', async () => {
    const rows = await q<{ engaged: boolean; dropout_share: number }>(
      `SELECT EXISTS (SELECT 1 FROM family_engagement_event fe WHERE fe.client_id = c.id) AS engaged,
              avg((c.discharge_reason = 'DROPPED_OUT')::int)::float8 AS dropout_share
       FROM client c GROUP BY 1`,
    );
    const share = (engaged: boolean) => rows.find((r) => r.engaged === engaged)!.dropout_share;
    expect(share(true)).toBeLessThan(share(false));
  });
});

