import { CareTeamRole, StaffRole } from '@carecircle/shared/domain';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const CLIENT = 'query($id: ID!) { client(id: $id) { id status } }';

/**
 * `care_team_assignment.at_discharge` (migration CareTeamAtDischarge) is what the access policy reads
 * for "responsible when the client was discharged". It is kept by triggers, whoever writes; these
 * write with plain SQL, as a bulk load or another tool would, and compare it with the rule itself.
 */
describe('assignments that covered their client’s discharge', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
  });
  afterAll(() => t.close());

  /** Each assignment's stored flag and the rule worked out from `client` and the dates, by staff member. */
  async function flags(clientId: string): Promise<Array<{ staff: string; stored: boolean; rule: boolean }>> {
    return t.dataSource.query(
      `SELECT s.display_name AS staff, a.at_discharge AS stored,
              COALESCE(c.status = 'DISCHARGED' AND a.started_on <= c.discharge_date AND (a.ended_on IS NULL OR a.ended_on > c.discharge_date), false) AS rule
         FROM care_team_assignment a JOIN client c ON c.id = a.client_id JOIN staff_user s ON s.id = a.staff_user_id
        WHERE a.client_id = $1 ORDER BY a.started_on, s.display_name`,
      [clientId],
    );
  }
  const stored = async (clientId: string) => Object.fromEntries((await flags(clientId)).map((row) => [row.staff, row.stored]));

  it('follows discharge, a corrected discharge date, edited and new assignments, and readmission', async () => {
    const { organization, program } = await f.organization();
    const first = await f.staff(organization.id, StaffRole.COUNSELOR, { displayName: 'First Counselor' });
    const second = await f.staff(organization.id, StaffRole.COUNSELOR, { displayName: 'Second Counselor' });
    const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT, { displayName: 'Peer Worker' });
    const client = await f.client(organization.id, program.id, { admissionDate: '2026-01-10' });
    const handedOver = await f.assign(client, first, CareTeamRole.COUNSELOR, '2026-01-10', '2026-03-01');
    // Ended the day after the discharge, as discharging does: current assignments would decide on their own.
    await f.assign(client, second, CareTeamRole.COUNSELOR, '2026-03-01', '2026-07-01');
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT, '2026-01-12', '2026-07-01');
    const everyRow = async () => {
      const rows = await flags(client.id);
      for (const row of rows) expect({ staff: row.staff, flag: row.stored }).toEqual({ staff: row.staff, flag: row.rule });
      return rows.length;
    };
    expect(await stored(client.id)).toEqual({ 'First Counselor': false, 'Second Counselor': false, 'Peer Worker': false });

    // Discharged while the second counselor and the peer worker were assigned.
    await t.dataSource.query(`UPDATE client SET status = 'DISCHARGED', discharge_date = '2026-06-30', discharge_reason = 'TREATMENT_COMPLETED' WHERE id = $1`, [
      client.id,
    ]);
    expect(await stored(client.id)).toEqual({ 'First Counselor': false, 'Second Counselor': true, 'Peer Worker': true });
    expect(await everyRow()).toBe(3);

    // The discharge date corrected to a day the first counselor was still assigned (ended_on is exclusive).
    await t.dataSource.query(`UPDATE client SET discharge_date = '2026-02-28' WHERE id = $1`, [client.id]);
    expect(await stored(client.id)).toEqual({ 'First Counselor': true, 'Second Counselor': false, 'Peer Worker': true });
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    expect((await t.gql<{ client: { status: string } }>(CLIENT, { id: client.id }, await loginAs(gql, first.email))).data?.client.status).toBe('DISCHARGED');
    expect(codeOf(await t.gql(CLIENT, { id: client.id }, await loginAs(gql, second.email)))).toBe('NOT_FOUND');

    // An assignment edited to end before the discharge; a writer cannot set the flag itself.
    await t.dataSource.query(`UPDATE care_team_assignment SET ended_on = '2026-02-20' WHERE id = $1`, [handedOver.id]);
    await t.dataSource.query(`UPDATE care_team_assignment SET at_discharge = true WHERE client_id = $1`, [client.id]);
    expect(await stored(client.id)).toEqual({ 'First Counselor': false, 'Second Counselor': false, 'Peer Worker': true });
    expect(codeOf(await t.gql(CLIENT, { id: client.id }, await loginAs(gql, first.email)))).toBe('NOT_FOUND');

    // A new assignment written after the discharge, covering it.
    const third = await f.staff(organization.id, StaffRole.COUNSELOR, { displayName: 'Third Counselor' });
    await t.dataSource.query(
      `INSERT INTO care_team_assignment (organization_id, client_id, staff_user_id, role, started_on, ended_on) VALUES ($1, $2, $3, 'COUNSELOR', '2026-02-20', '2026-03-01')`,
      [organization.id, client.id, third.id],
    );
    expect((await stored(client.id))['Third Counselor']).toBe(true);
    expect(await everyRow()).toBe(4);

    // Readmitted: nobody is responsible "at discharge" any more (the current assignments decide).
    await t.dataSource.query(
      `UPDATE client SET status = 'ACTIVE', admission_date = '2026-09-01', discharge_date = NULL, discharge_reason = NULL WHERE id = $1`,
      [client.id],
    );
    expect(Object.values(await stored(client.id))).toEqual([false, false, false, false]);
    expect(await everyRow()).toBe(4);
  });
});
