import { ClientStatus, DischargeReason, StaffRole, CareTeamRole } from '@carecircle/shared/domain';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const CLIENT = 'query($id: ID!) { client(id: $id) { id status } }';

describe('access to discharged clients', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps a discharged client readable by the counselor responsible at discharge, not by the one who handed over', async () => {
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const first = await f.staff(organization.id, StaffRole.COUNSELOR);
    const second = await f.staff(organization.id, StaffRole.COUNSELOR);
    const client = await f.client(organization.id, program.id, {
      admissionDate: '2026-01-10',
      status: ClientStatus.DISCHARGED,
      dischargeDate: '2026-06-30',
      dischargeReason: DischargeReason.TREATMENT_COMPLETED,
    });
    await f.assign(client, first, CareTeamRole.COUNSELOR, '2026-01-10', '2026-03-01');
    await f.assign(client, second, CareTeamRole.COUNSELOR, '2026-03-01', '2026-07-01');
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);

    const responsible = await t.gql<{ client: { status: string } }>(CLIENT, { id: client.id }, await loginAs(gql, second.email));
    expect(responsible.data?.client.status).toBe('DISCHARGED');
    expect(codeOf(await t.gql(CLIENT, { id: client.id }, await loginAs(gql, first.email)))).toBe('NOT_FOUND');
  });
});
