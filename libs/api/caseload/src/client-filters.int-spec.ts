import { CareTeamRole, StaffRole } from '@carecircle/shared/domain';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const CLIENTS = `query($filter: ClientFilterInput) { clients(filter: $filter) { total items { lastName } } }`;

describe('click-through filters on clients', () => {
  let t: TestApp;
  let token: string;
  let counselorA: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const supervisor = await f.staff(organization.id, StaffRole.SUPERVISOR);
    const a = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const b = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    counselorA = a.id;
    const early = await f.client(organization.id, program.id, { lastName: 'Early', admissionDate: '2026-03-01' });
    const late = await f.client(organization.id, program.id, { lastName: 'Late', admissionDate: '2026-09-15' });
    await f.assign(early, a, CareTeamRole.COUNSELOR);
    await f.assign(late, b, CareTeamRole.COUNSELOR);
    const plan = (modality: string) => ({
      problems: [{ id: 'a0000000-0000-4000-8000-000000000001', clientStatement: 's', clinicalDescription: 'c', goals: [
        { id: 'a0000000-0000-4000-8000-000000000002', description: 'g', objectives: [
          { id: 'a0000000-0000-4000-8000-000000000003', description: 'o', targetDate: '2026-12-01', status: 'IN_PROGRESS', interventions: [
            { id: 'a0000000-0000-4000-8000-000000000004', description: 'i', frequency: 'Weekly', responsibleStaffId: null, modality },
          ] },
        ] },
      ] }],
    });
    await t.dataSource.query(
      `INSERT INTO care_plan (organization_id, client_id, plan_version, status, content, created_by_id, updated_by_id, version)
       VALUES ($1, $2, 1, 'ACTIVE', $3, $4, $4, 1), ($1, $5, 1, 'ACTIVE', $6, $4, $4, 1)`,
      [organization.id, early.id, JSON.stringify(plan('DBT')), a.id, late.id, JSON.stringify(plan('CBT'))],
    );
    token = await loginAs((q, v) => t.gql(q, v), supervisor.email);
  });
  afterAll(() => t.close());

  const names = async (filter: Record<string, unknown>) => {
    const res = await t.gql<{ clients: { items: Array<{ lastName: string }> } }>(CLIENTS, { filter }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.clients.items.map((c) => c.lastName);
  };

  it('narrows to one counselor, one modality, or an admission window', async () => {
    expect(await names({})).toEqual(['Early', 'Late']);
    expect(await names({ counselorId: counselorA })).toEqual(['Early']);
    expect(await names({ modality: 'CBT' })).toEqual(['Late']);
    expect(await names({ admittedFrom: '2026-09-01', admittedTo: '2026-09-30' })).toEqual(['Late']);
  });

  it('rejects a malformed admission date', async () => {
    expect(codeOf(await t.gql(CLIENTS, { filter: { admittedFrom: 'March' } }, token))).toBe('BAD_USER_INPUT');
  });
});

describe('programs for pickers', () => {
  it("lists the caller's organization's programs only", async () => {
    const t = await createTestApp();
    try {
      const f = new Factory(t.dataSource);
      const mine = await f.organization();
      await f.organization();
      const counselor = await f.staff(mine.organization.id, StaffRole.COUNSELOR);
      const token = await loginAs((q, v) => t.gql(q, v), counselor.email);
      const res = await t.gql<{ programs: Array<{ id: string; name: string }> }>('{ programs { id name } }', {}, token);
      expect(res.data?.programs).toEqual([{ id: mine.program.id, name: 'Intensive Outpatient' }]);
    } finally {
      await t.close();
    }
  });
});
