import { Client } from 'pg';
import { ClientStatus, StaffRole, CareTeamRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import type { ClientEntity } from './client.entity';

const CLIENTS = `query($filter: ClientFilterInput, $offset: Int, $limit: Int) {
  clients(filter: $filter, offset: $offset, limit: $limit) {
    total items { id firstName lastName status daysInTreatment program { name } careTeam { role staff { id displayName } } }
  }
}`;
const CLIENT = 'query($id: ID!) { client(id: $id) { id firstName lastName } }';

interface ClientsData {
  clients: { total: number; items: Array<{ id: string; careTeam: Array<{ role: string; staff: { id: string } }> }> };
}

describe('who sees which clients', () => {
  let t: TestApp;
  let tokens: Record<'counselorA' | 'counselorB' | 'peer' | 'supervisor' | 'admin' | 'otherOrgCounselor', string>;
  let clientOfA: ClientEntity;
  let secondClientOfA: ClientEntity;
  let clientOfB: ClientEntity;
  let formerClientOfA: ClientEntity;
  let otherOrgClient: ClientEntity;
  let counselorAId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const supervisor = await f.staff(organization.id, StaffRole.SUPERVISOR);
    const counselorA = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const counselorB = await f.staff(organization.id, StaffRole.COUNSELOR);
    const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const admin = await f.staff(organization.id, StaffRole.ADMIN);
    counselorAId = counselorA.id;

    clientOfA = await f.client(organization.id, program.id, { lastName: 'Alderley' });
    secondClientOfA = await f.client(organization.id, program.id, { lastName: 'Brightwater', status: ClientStatus.ON_HOLD });
    clientOfB = await f.client(organization.id, program.id, { lastName: 'Cobbleton' });
    formerClientOfA = await f.client(organization.id, program.id, { lastName: 'Dunmore' });
    await f.assign(clientOfA, counselorA, CareTeamRole.COUNSELOR);
    await f.assign(secondClientOfA, counselorA, CareTeamRole.COUNSELOR);
    await f.assign(clientOfB, counselorB, CareTeamRole.COUNSELOR);
    await f.assign(clientOfA, peer, CareTeamRole.PEER_SUPPORT);
    // Handed over to counselor B last month: A no longer sees this client.
    await f.assign(formerClientOfA, counselorA, CareTeamRole.COUNSELOR, '2026-01-01', '2026-10-01');
    await f.assign(formerClientOfA, counselorB, CareTeamRole.COUNSELOR, '2026-10-01');

    const other = await f.organization();
    const otherCounselor = await f.staff(other.organization.id, StaffRole.COUNSELOR);
    otherOrgClient = await f.client(other.organization.id, other.program.id);
    await f.assign(otherOrgClient, otherCounselor, CareTeamRole.COUNSELOR);

    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselorA: await loginAs(gql, counselorA.email),
      counselorB: await loginAs(gql, counselorB.email),
      peer: await loginAs(gql, peer.email),
      supervisor: await loginAs(gql, supervisor.email),
      admin: await loginAs(gql, admin.email),
      otherOrgCounselor: await loginAs(gql, otherCounselor.email),
    };
  });
  afterAll(() => t.close());

  const listIds = async (token: string, filter?: Record<string, unknown>) => {
    const res = await t.gql<ClientsData>(CLIENTS, { filter }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.clients.items.map((c) => c.id);
  };

  it("lists only the counselor's current caseload, sorted by last name", async () => {
    expect(await listIds(tokens.counselorA)).toEqual([clientOfA.id, secondClientOfA.id]);
    expect(await listIds(tokens.counselorB)).toEqual([clientOfB.id, formerClientOfA.id]);
  });

  it("does not let counselor A open counselor B's client by id: it is simply not found", async () => {
    const res = await t.gql(CLIENT, { id: clientOfB.id }, tokens.counselorA);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
    const own = await t.gql<{ client: { id: string } }>(CLIENT, { id: clientOfA.id }, tokens.counselorA);
    expect(own.data?.client.id).toBe(clientOfA.id);
  });

  it('shows a peer support worker only the clients assigned to them', async () => {
    expect(await listIds(tokens.peer)).toEqual([clientOfA.id]);
    expect(codeOf(await t.gql(CLIENT, { id: secondClientOfA.id }, tokens.peer))).toBe('NOT_FOUND');
  });

  it("shows a supervisor their team's clients and not those of counselors outside the team", async () => {
    expect(await listIds(tokens.supervisor)).toEqual([clientOfA.id, secondClientOfA.id]);
  });

  it('gives administrators no clinical data', async () => {
    expect(codeOf(await t.gql(CLIENTS, {}, tokens.admin))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CLIENT, { id: clientOfA.id }, tokens.admin))).toBe('FORBIDDEN');
  });

  it("treats another organization's client id as not found", async () => {
    const res = await t.gql(CLIENT, { id: otherOrgClient.id }, tokens.counselorA);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toBe(`Client ${otherOrgClient.id} was not found.`);
    expect(await listIds(tokens.otherOrgCounselor)).toEqual([otherOrgClient.id]);
  });

  it('answers a malformed id with BAD_USER_INPUT instead of a database error', async () => {
    const res = await t.gql(CLIENT, { id: 'not-a-uuid' }, tokens.counselorA);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('id must be a client id');
  });

  it('filters by status and name, and pages with a total', async () => {
    expect(await listIds(tokens.counselorA, { statuses: ['ON_HOLD'] })).toEqual([secondClientOfA.id]);
    expect(await listIds(tokens.counselorA, { search: 'alder' })).toEqual([clientOfA.id]);
    const page = await t.gql<ClientsData>(CLIENTS, { limit: 1, offset: 1 }, tokens.counselorA);
    expect(page.data?.clients.total).toBe(2);
    expect(page.data?.clients.items.map((c) => c.id)).toEqual([secondClientOfA.id]);
    expect(codeOf(await t.gql(CLIENTS, { limit: 1000 }, tokens.counselorA))).toBe('BAD_USER_INPUT');
  });

  it('shows the current care team on each client', async () => {
    const res = await t.gql<ClientsData>(CLIENTS, {}, tokens.supervisor);
    const alderley = res.data!.clients.items.find((c) => c.id === clientOfA.id)!;
    expect(alderley.careTeam.map((m) => m.role).sort()).toEqual(['COUNSELOR', 'PEER_SUPPORT']);
    expect(alderley.careTeam.find((m) => m.role === 'COUNSELOR')?.staff.id).toBe(counselorAId);
  });

  it('leaves an audit row for every client record read, by list or by id, with the request id', async () => {
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const before = await audit.count();
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.counselorA}`, 'x-request-id': 'req-audit-check-001' },
      body: JSON.stringify({ query: CLIENT, variables: { id: clientOfA.id } }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-audit-check-001');
    const rows = await audit.find({ where: { requestId: 'req-audit-check-001' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'READ',
      entityType: 'Client',
      entityId: clientOfA.id,
      actorId: counselorAId,
      actorRole: 'COUNSELOR',
      outcome: 'ALLOWED',
      clientAddress: expect.stringMatching(/127\.0\.0\.1/),
      userAgent: expect.any(String),
    });
    await t.gql(CLIENTS, {}, tokens.counselorA, 'req-audit-check-002');
    const listRows = await audit.find({ where: { requestId: 'req-audit-check-002' } });
    expect(listRows.map((r) => [r.action, r.entityType, r.entityId]).sort()).toEqual(
      [clientOfA.id, secondClientOfA.id].sort().map((id) => ['READ', 'Client', id]),
    );
    expect(await audit.count()).toBe(before + 3);
  });

  it('keeps the audit trail append-only even against direct SQL', async () => {
    // The app's role may only append; even the owner meets the append-only trigger.
    await expect(t.dataSource.query('UPDATE audit_event SET action = $1', ['TAMPERED'])).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
    const owner = new Client({ connectionString: t.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query('UPDATE audit_event SET action = $1', ['TAMPERED'])).rejects.toThrow(/append-only/);
      await expect(owner.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
