import { addMinutes } from 'date-fns';
import { AuditAction, AuditEntityType, AuditOutcome, CareTeamRole, EMERGENCY_ACCESS_MINUTES, StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { Clock } from '@carecircle/api/platform';
import type { ClientEntity } from '@carecircle/api/clients';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const CLIENT = 'query($id: ID!) { client(id: $id) { id restricted emergencyAccessUntil mayChangeRestriction } }';
const CLIENTS = 'query { clients(limit: 100) { items { id } } }';
const MARK = 'mutation($clientId: ID!, $reason: String!) { markClientRestricted(clientId: $clientId, reason: $reason) }';
const UNMARK = 'mutation($clientId: ID!, $reason: String!) { unmarkClientRestricted(clientId: $clientId, reason: $reason) }';
const OPEN = `mutation($clientId: ID!, $nature: String!, $recipientName: String, $recipientAffiliation: String) {
  requestEmergencyAccess(clientId: $clientId, natureOfEmergency: $nature, recipientName: $recipientName, recipientAffiliation: $recipientAffiliation) {
    id clientId staffName natureOfEmergency recipientName recipientAffiliation grantedAt expiresAt
  }
}`;
const FIND = 'query($lastName: String!, $dob: String!) { findClientForEmergency(lastName: $lastName, dateOfBirth: $dob) { id firstName lastName restricted } }';
const FOR_CLIENT = 'query($clientId: ID!) { emergencyAccessesForClient(clientId: $clientId) { id staffName natureOfEmergency expiresAt } }';
const RECENT = 'query { recentEmergencyAccesses { id clientId staffName natureOfEmergency } }';
const SET_INTEGRATED = `mutation($clientId: ID!, $receiving: Boolean!, $expectedVersion: Int!) {
  setIntegratedTreatment(clientId: $clientId, receiving: $receiving, expectedVersion: $expectedVersion) { id }
}`;

type Tokens = Record<'counselor' | 'otherCounselor' | 'peer' | 'supervisor' | 'privacyOfficer' | 'admin' | 'outsider', string>;

describe('break-the-glass: restricted records and emergency access', () => {
  let t: TestApp;
  let f: Factory;
  let clock: Clock;
  let tokens: Tokens;
  let staffClient: ClientEntity;
  let elsewhere: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    clock = t.app.get(Clock);
    const { organization, program, supervisor, counselor, peer } = await f.team();
    const otherCounselor = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const privacyOfficer = await f.staff(organization.id, StaffRole.SUPERVISOR, { isPrivacyOfficer: true });
    const admin = await f.staff(organization.id, StaffRole.ADMIN);
    const other = await f.organization();
    const outsider = await f.staff(other.organization.id, StaffRole.COUNSELOR);

    // A colleague who is also a client, on the counselor's caseload with a peer worker.
    staffClient = await f.client(organization.id, program.id, { lastName: 'Okonkwo-Staff', dateOfBirth: '1985-03-04' });
    await f.assign(staffClient, counselor, CareTeamRole.COUNSELOR);
    await f.assign(staffClient, peer, CareTeamRole.PEER_SUPPORT);
    // A client of the other counselor: outside the counselor's scope.
    elsewhere = await f.client(organization.id, program.id, { lastName: 'Lindqvist', dateOfBirth: '1979-11-30' });
    await f.assign(elsewhere, otherCounselor, CareTeamRole.COUNSELOR);

    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      otherCounselor: await loginAs(gql, otherCounselor.email),
      peer: await loginAs(gql, peer.email),
      supervisor: await loginAs(gql, supervisor.email),
      privacyOfficer: await loginAs(gql, privacyOfficer.email),
      admin: await loginAs(gql, admin.email),
      outsider: await loginAs(gql, outsider.email),
    };
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  const listed = async (token: string) =>
    ((await t.gql<{ clients: { items: Array<{ id: string }> } }>(CLIENTS, {}, token)).data?.clients.items ?? []).map((c) => c.id);

  it('hides a restricted record from its supervisor and other counselors, keeps it for the care team, and audits the reason', async () => {
    expect((await t.gql(MARK, { clientId: staffClient.id, reason: '   ' }, tokens.supervisor)).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(MARK, { clientId: staffClient.id, reason: 'Staff member in treatment' }, tokens.counselor))).toBe('FORBIDDEN');

    const marked = await t.gql(MARK, { clientId: staffClient.id, reason: 'Staff member in treatment' }, tokens.supervisor, 'mark-restricted');
    expect(marked.errors).toBeUndefined();
    expect(codeOf(await t.gql(MARK, { clientId: staffClient.id, reason: 'again' }, tokens.privacyOfficer))).toBe('CONFLICT');

    expect(codeOf(await t.gql(CLIENT, { id: staffClient.id }, tokens.supervisor))).toBe('NOT_FOUND');
    expect(await listed(tokens.supervisor)).not.toContain(staffClient.id);
    expect(codeOf(await t.gql(CLIENT, { id: staffClient.id }, tokens.otherCounselor))).toBe('NOT_FOUND');

    const careTeam = await t.gql<{ client: { restricted: boolean } }>(CLIENT, { id: staffClient.id }, tokens.counselor);
    expect(careTeam.data?.client.restricted).toBe(true);
    expect(await listed(tokens.counselor)).toContain(staffClient.id);
    expect((await t.gql<{ client: { id: string } }>(CLIENT, { id: staffClient.id }, tokens.peer)).data?.client.id).toBe(staffClient.id);

    const rows = await t.dataSource.getRepository(AuditEventEntity).findBy({ requestId: 'mark-restricted' });
    expect(rows).toEqual([expect.objectContaining({ action: AuditAction.RESTRICT, entityId: staffClient.id, reason: 'Staff member in treatment' })]);
  });

  it('opens a restricted record for reading for 60 minutes with the nature of the emergency, then closes it', async () => {
    expect(codeOf(await t.gql(OPEN, { clientId: staffClient.id, nature: '  ' }, tokens.otherCounselor))).toBe('BAD_USER_INPUT');

    const found = await t.gql<{ findClientForEmergency: Array<{ id: string; restricted: boolean }> }>(
      FIND,
      { lastName: 'okonkwo-staff', dob: '1985-03-04' },
      tokens.otherCounselor,
    );
    expect(found.data?.findClientForEmergency).toEqual([expect.objectContaining({ id: staffClient.id, restricted: true })]);
    expect((await t.gql<{ findClientForEmergency: unknown[] }>(FIND, { lastName: 'Okonkwo', dob: '1985-03-04' }, tokens.otherCounselor)).data?.findClientForEmergency).toEqual([]);

    const start = new Date();
    const opened = await t.gql<{ requestEmergencyAccess: { expiresAt: string; recipientName: string } }>(
      OPEN,
      { clientId: staffClient.id, nature: 'Unresponsive after overdose, paramedics on scene', recipientName: 'Dr. A. Reyes', recipientAffiliation: 'St. Mary ED' },
      tokens.otherCounselor,
      'open-emergency',
    );
    expect(opened.errors).toBeUndefined();
    const expiresAt = new Date(opened.data!.requestEmergencyAccess.expiresAt);
    expect(Math.round((expiresAt.getTime() - start.getTime()) / 60_000)).toBe(EMERGENCY_ACCESS_MINUTES);

    const record = await t.gql<{ client: { emergencyAccessUntil: string } }>(CLIENT, { id: staffClient.id }, tokens.otherCounselor);
    expect(record.data?.client.emergencyAccessUntil).toBe(expiresAt.toISOString());
    // Not on the caseload, and not writable.
    expect(await listed(tokens.otherCounselor)).not.toContain(staffClient.id);
    const write = await t.gql(SET_INTEGRATED, { clientId: staffClient.id, receiving: true, expectedVersion: staffClient.version }, tokens.otherCounselor);
    expect(write.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'EMERGENCY_ACCESS_READ_ONLY' }));

    const rows = await t.dataSource.getRepository(AuditEventEntity).findBy({ requestId: 'open-emergency' });
    expect(rows).toEqual([
      expect.objectContaining({
        action: AuditAction.EMERGENCY_ACCESS,
        entityType: AuditEntityType.EMERGENCY_ACCESS,
        clientId: staffClient.id,
        outcome: AuditOutcome.ALLOWED,
        reason: expect.stringContaining('Unresponsive after overdose'),
      }),
    ]);

    jest.spyOn(clock, 'now').mockReturnValue(addMinutes(expiresAt, 1));
    expect(codeOf(await t.gql(CLIENT, { id: staffClient.id }, tokens.otherCounselor))).toBe('NOT_FOUND');
  });

  it('opens an out-of-scope record the same way, read only, but not for administrators, peer workers or another organization', async () => {
    expect(codeOf(await t.gql(CLIENT, { id: elsewhere.id }, tokens.counselor))).toBe('NOT_FOUND');
    const opened = await t.gql(OPEN, { clientId: elsewhere.id, nature: 'Chest pain at group, ambulance called' }, tokens.counselor);
    expect(opened.errors).toBeUndefined();
    expect((await t.gql<{ client: { id: string } }>(CLIENT, { id: elsewhere.id }, tokens.counselor)).data?.client.id).toBe(elsewhere.id);

    const admin = await t.gql(OPEN, { clientId: elsewhere.id, nature: 'Emergency' }, tokens.admin);
    expect(codeOf(admin)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(OPEN, { clientId: elsewhere.id, nature: 'Emergency' }, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(OPEN, { clientId: elsewhere.id, nature: 'Emergency' }, tokens.outsider))).toBe('NOT_FOUND');
    expect((await t.gql<{ findClientForEmergency: unknown[] }>(FIND, { lastName: 'Lindqvist', dob: '1979-11-30' }, tokens.outsider)).data?.findClientForEmergency).toEqual([]);
  });

  it('lists the accesses on the record and in the recent list for the supervisor and the privacy officer, not for other staff', async () => {
    const forSupervisor = await t.gql<{ emergencyAccessesForClient: Array<{ natureOfEmergency: string }> }>(FOR_CLIENT, { clientId: staffClient.id }, tokens.supervisor);
    expect(forSupervisor.data?.emergencyAccessesForClient.map((a) => a.natureOfEmergency)).toEqual(['Unresponsive after overdose, paramedics on scene']);
    const forCareTeam = await t.gql<{ emergencyAccessesForClient: unknown[] }>(FOR_CLIENT, { clientId: staffClient.id }, tokens.counselor);
    expect(forCareTeam.data?.emergencyAccessesForClient).toHaveLength(1);
    expect(codeOf(await t.gql(FOR_CLIENT, { clientId: elsewhere.id }, tokens.peer))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FOR_CLIENT, { clientId: staffClient.id }, tokens.outsider))).toBe('NOT_FOUND');

    const recentSupervisor = await t.gql<{ recentEmergencyAccesses: Array<{ clientId: string }> }>(RECENT, {}, tokens.supervisor);
    expect(recentSupervisor.data?.recentEmergencyAccesses.map((a) => a.clientId).sort()).toEqual([staffClient.id, elsewhere.id].sort());
    const recentOfficer = await t.gql<{ recentEmergencyAccesses: unknown[] }>(RECENT, {}, tokens.privacyOfficer);
    expect(recentOfficer.data?.recentEmergencyAccesses).toHaveLength(2);
    expect((await t.gql<{ recentEmergencyAccesses: unknown[] }>(RECENT, {}, tokens.counselor)).data?.recentEmergencyAccesses).toEqual([]);
    expect((await t.gql<{ recentEmergencyAccesses: unknown[] }>(RECENT, {}, tokens.outsider)).data?.recentEmergencyAccesses).toEqual([]);
  });

  it('lets the privacy officer remove the restriction with a reason', async () => {
    expect(codeOf(await t.gql(UNMARK, { clientId: staffClient.id, reason: 'Left employment' }, tokens.otherCounselor))).toBe('FORBIDDEN');
    expect((await t.gql(UNMARK, { clientId: staffClient.id, reason: 'Left employment' }, tokens.privacyOfficer)).errors).toBeUndefined();
    expect((await t.gql<{ client: { restricted: boolean } }>(CLIENT, { id: staffClient.id }, tokens.supervisor)).data?.client.restricted).toBe(false);
  });

  it('keeps emergency_access append-only for the application role', async () => {
    const [{ present }] = await t.dataSource.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carecircle_app') AS present`);
    if (!present) return; // the least-privilege migration is not in this tree yet
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL ROLE carecircle_app');
      await expect(runner.query(`UPDATE emergency_access SET expires_at = expires_at + interval '1 day'`)).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
