import { createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins';
import { seedDemoOrganization } from './seed-demo-organization';

describe('the demo organization’s episodes of care', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds every demo client with its episodes, readmitted clients with earlier discharged ones', async () => {
    const { organizationId } = await seedDemoOrganization(t.dataSource, { today: '2026-11-24' });
    const [counts] = await t.dataSource.query(
      `SELECT count(*)::int AS clients,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM episode_of_care e WHERE e.client_id = c.id))::int AS without_episode,
              count(*) FILTER (WHERE (SELECT count(*) FROM episode_of_care e WHERE e.client_id = c.id) > 1)::int AS readmitted
       FROM client c WHERE c.organization_id = $1`,
      [organizationId],
    );
    expect(counts.without_episode).toBe(0);
    expect(counts.readmitted).toBeGreaterThanOrEqual(5);
    // The client row is the projection of the latest episode.
    const drift = await t.dataSource.query(
      `SELECT c.id FROM client c
       JOIN LATERAL (SELECT * FROM episode_of_care e WHERE e.client_id = c.id ORDER BY e.sequence DESC LIMIT 1) e ON true
       WHERE c.organization_id = $1
         AND (c.admission_date, c.status, c.level_of_care, c.program_id, c.discharge_date, c.discharge_reason)
             IS DISTINCT FROM (e.admission_date, e.status, e.level_of_care, e.program_id, e.discharge_date, e.discharge_reason)`,
      [organizationId],
    );
    expect(drift).toEqual([]);
    // Earlier episodes end before the next begins, each with a counselor at discharge and its own admission level.
    const overlaps = await t.dataSource.query(
      `SELECT e.id FROM episode_of_care e JOIN episode_of_care n ON n.client_id = e.client_id AND n.sequence = e.sequence + 1
       WHERE e.organization_id = $1 AND (e.discharge_date IS NULL OR n.admission_date < e.discharge_date OR e.counselor_at_discharge_id IS NULL)`,
      [organizationId],
    );
    expect(overlaps).toEqual([]);
    const lastLevels = await t.dataSource.query(
      `SELECT e.id FROM episode_of_care e
       WHERE e.organization_id = $1
         AND e.level_of_care IS DISTINCT FROM (SELECT l.to_level FROM level_of_care_change l WHERE l.episode_id = e.id ORDER BY l.effective_on DESC, l.created_at DESC LIMIT 1)`,
      [organizationId],
    );
    expect(lastLevels).toEqual([]);
  });

  it('agrees on the overdue count between the sign-off queue and the dashboard, leaving discharged clients out of both', async () => {
    const token = await loginAs((q, v) => t.gql(q, v), DEMO_LOGINS.supervisor, DEMO_PASSWORD);
    const queue = await t.gql<{ carePlansOverdue: Array<{ client: { status: string } }> }>(`{ carePlansOverdue(limit: 100) { client { status } } }`, {}, token);
    const dashboard = await t.gql<{ caseloadSummary: Array<{ plansOverdue: number }> }>(`{ caseloadSummary { plansOverdue } }`, {}, token);
    expect(queue.errors).toBeUndefined();
    expect(dashboard.errors).toBeUndefined();
    const overdue = queue.data!.carePlansOverdue;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.filter((plan) => plan.client.status === 'DISCHARGED')).toEqual([]);
    expect(overdue.length).toBe(dashboard.data!.caseloadSummary.reduce((sum, row) => sum + row.plansOverdue, 0));
  });
});
