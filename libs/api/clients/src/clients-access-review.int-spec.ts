import { ClientStatus, DischargeReason, StaffRole, CareTeamRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import type { ClientEntity } from './client.entity';

const CLIENT = 'query($id: ID!) { client(id: $id) { id status } }';
const CLIENTS = `query($filter: ClientFilterInput) { clients(filter: $filter) { total items { id } } }`;
const SET_INTEGRATED = `mutation($clientId: ID!, $receiving: Boolean!, $expectedVersion: Int!) {
  setIntegratedTreatment(clientId: $clientId, receiving: $receiving, expectedVersion: $expectedVersion) { id receivingIntegratedTreatment version }
}`;
const DISCHARGE = `mutation($input: DischargeClientInput!) { dischargeClient(input: $input) { id status } }`;

describe('access review: ClientAccessPolicy and the clients list', () => {
  let t: TestApp;
  let f: Factory;
  let orgId: string;
  let programId: string;
  let tokens: Record<'counselorA' | 'peer' | 'supervisorA' | 'peerSupervisor', string>;
  let sharedClient: ClientEntity;
  let discharged: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    orgId = organization.id;
    programId = program.id;
    const supervisorA = await f.staff(orgId, StaffRole.SUPERVISOR);
    const peerSupervisor = await f.staff(orgId, StaffRole.SUPERVISOR);
    const counselorA = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisorA.id });
    // The peer worker reports to a different supervisor than the client's counselor.
    const peer = await f.staff(orgId, StaffRole.PEER_SUPPORT, { supervisorId: peerSupervisor.id });

    sharedClient = await f.client(orgId, programId, { lastName: 'Shared' });
    await f.assign(sharedClient, counselorA, CareTeamRole.COUNSELOR);
    await f.assign(sharedClient, peer, CareTeamRole.PEER_SUPPORT);

    // Discharged last month; both the counselor and the peer worker were on the team at discharge.
    discharged = await f.client(orgId, programId, {
      lastName: 'Former',
      admissionDate: '2026-06-01',
      status: ClientStatus.DISCHARGED,
      dischargeDate: '2026-10-15',
      dischargeReason: DischargeReason.TREATMENT_COMPLETED,
    });
    await f.assign(discharged, counselorA, CareTeamRole.COUNSELOR, '2026-06-01', '2026-10-16');
    await f.assign(discharged, peer, CareTeamRole.PEER_SUPPORT, '2026-06-01', '2026-10-16');

    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselorA: await loginAs(gql, counselorA.email),
      peer: await loginAs(gql, peer.email),
      supervisorA: await loginAs(gql, supervisorA.email),
      peerSupervisor: await loginAs(gql, peerSupervisor.email),
    };
  });
  afterAll(() => t.close());

  it('keeps a discharged client for the counselor responsible at discharge, but not for the peer worker: peers see current assignments only', async () => {
    const counselor = await t.gql<{ client: { status: string } }>(CLIENT, { id: discharged.id }, tokens.counselorA);
    expect(counselor.data?.client.status).toBe('DISCHARGED');

    const peer = await t.gql(CLIENT, { id: discharged.id }, tokens.peer);
    expect(codeOf(peer)).toBe('NOT_FOUND');
    const list = await t.gql<{ clients: { items: Array<{ id: string }> } }>(CLIENTS, {}, tokens.peer);
    expect(list.data?.clients.items.map((c) => c.id)).toEqual([sharedClient.id]);
  });

  it("refuses a supervisor who sees the client only through a peer worker on their team the right to change the clinical record", async () => {
    // Seeing the client is the team rule…
    const seen = await t.gql<{ client: { id: string } }>(CLIENT, { id: sharedClient.id }, tokens.peerSupervisor);
    expect(seen.data?.client.id).toBe(sharedClient.id);

    // …but only the counselor or the counselor's supervisor may change it.
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const res = await t.gql(SET_INTEGRATED, { clientId: sharedClient.id, receiving: true, expectedVersion: sharedClient.version }, tokens.peerSupervisor);
    expect(codeOf(res)).toBe('FORBIDDEN');
    const discharge = await t.gql(
      DISCHARGE,
      { input: { clientId: sharedClient.id, expectedVersion: sharedClient.version, dischargeDate: '2026-11-01', reason: 'OTHER' } },
      tokens.peerSupervisor,
    );
    expect(codeOf(discharge)).toBe('FORBIDDEN');
    const row = await t.dataSource.query('SELECT status, receiving_integrated_treatment FROM client WHERE id = $1', [sharedClient.id]);
    expect(row[0]).toEqual({ status: 'ACTIVE', receiving_integrated_treatment: false });
    expect(await audit.count({ where: { action: 'UPDATE', entityId: sharedClient.id } })).toBe(0);

    // The counselor's own supervisor still can.
    const ok = await t.gql<{ setIntegratedTreatment: { receivingIntegratedTreatment: boolean } }>(
      SET_INTEGRATED,
      { clientId: sharedClient.id, receiving: true, expectedVersion: sharedClient.version },
      tokens.supervisorA,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.setIntegratedTreatment.receivingIntegratedTreatment).toBe(true);
  });

  it("does not let a peer worker filter clients by care-plan modality, which discloses the plan's clinical content", async () => {
    const plan = {
      problems: [{ id: 'b0000000-0000-4000-8000-000000000001', clientStatement: 's', clinicalDescription: 'c', goals: [
        { id: 'b0000000-0000-4000-8000-000000000002', description: 'g', objectives: [
          { id: 'b0000000-0000-4000-8000-000000000003', description: 'o', targetDate: '2026-12-01', status: 'IN_PROGRESS', interventions: [
            { id: 'b0000000-0000-4000-8000-000000000004', description: 'i', frequency: 'Daily', responsibleStaffId: null, modality: 'MEDICATION_FOR_ADDICTION_TREATMENT' },
          ] },
        ] },
      ] }],
    };
    const [author] = await t.dataSource.query(`SELECT staff_user_id AS id FROM care_team_assignment WHERE client_id = $1 AND role = 'COUNSELOR'`, [
      sharedClient.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO care_plan (organization_id, client_id, plan_version, status, content, created_by_id, updated_by_id, version)
       VALUES ($1, $2, 1, 'ACTIVE', $3, $4, $4, 1)`,
      [orgId, sharedClient.id, JSON.stringify(plan), author.id],
    );
    const res = await t.gql(CLIENTS, { filter: { modality: 'MEDICATION_FOR_ADDICTION_TREATMENT' } }, tokens.peer);
    expect(codeOf(res)).toBe('FORBIDDEN');
    const counselor = await t.gql<{ clients: { total: number } }>(CLIENTS, { filter: { modality: 'MEDICATION_FOR_ADDICTION_TREATMENT' } }, tokens.counselorA);
    expect(counselor.data?.clients.total).toBe(1);
  });
});
