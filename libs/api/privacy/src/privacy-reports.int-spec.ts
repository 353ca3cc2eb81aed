import { AuditEntityType, AuditOutcome, CareTeamRole, ConsentRecipientKind, ConsentScope, StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { ClientEntity } from '@carecircle/api/clients';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { ConsentEntity } from '@carecircle/api/support-network';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const LOG = `query($clientId: ID!, $filter: ClientAccessLogFilter, $offset: Int, $limit: Int) {
  clientAccessLog(clientId: $clientId, filter: $filter, offset: $offset, limit: $limit) {
    total
    people { id displayName }
    items { id occurredAt staffId staffName role action entityType entityId fields clientAddress userAgent outcome reason }
  }
}`;
const ACCOUNTING = `query($clientId: ID!, $from: String) {
  disclosureAccounting(clientId: $clientId, from: $from) {
    from to
    entries { disclosedOn times recipientStaffId recipientName recipientAffiliation information purpose consentId consentEffectiveOn }
  }
}`;
const CLIENT = 'query($id: ID!) { client(id: $id) { id } }';
const CLIENT_DIAGNOSES = 'query($id: ID!) { client(id: $id) { id diagnoses { icd10Code } } }';
const SET_INTEGRATED = `mutation($clientId: ID!, $receiving: Boolean!, $expectedVersion: Int!) {
  setIntegratedTreatment(clientId: $clientId, receiving: $receiving, expectedVersion: $expectedVersion) { id version }
}`;
const ADD_MEMBER = `mutation($input: AddSupportNetworkMemberInput!) { addSupportNetworkMember(input: $input) { id } }`;
const FIND = 'query($name: String!) { privacyClients(name: $name) { id lastName } }';

interface Entry {
  staffId: string;
  staffName: string;
  role: StaffRole;
  action: string;
  entityType: string;
  entityId: string;
  fields: string[];
  outcome: AuditOutcome;
}
interface Log {
  total: number;
  people: Array<{ id: string; displayName: string }>;
  items: Entry[];
}

describe('privacy reports: who viewed this record and the accounting of disclosures', () => {
  let t: TestApp;
  let f: Factory;
  let client: ClientEntity;
  let otherClient: ClientEntity;
  let counselor: StaffUserEntity;
  let otherCounselor: StaffUserEntity;
  let peer: StaffUserEntity;
  let tokens: Record<'counselor' | 'otherCounselor' | 'peer' | 'supervisor' | 'otherSupervisor' | 'privacyOfficer' | 'outsider' | 'admin', string>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const team = await f.team();
    ({ counselor, peer } = team);
    const { organization, program, supervisor } = team;
    const otherSupervisor = await f.staff(organization.id, StaffRole.SUPERVISOR);
    otherCounselor = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: otherSupervisor.id });
    const privacyOfficer = await f.staff(organization.id, StaffRole.COUNSELOR, { isPrivacyOfficer: true, displayName: 'Pat Privacy' });
    const admin = await f.staff(organization.id, StaffRole.ADMIN);
    const other = await f.organization();
    const outsider = await f.staff(other.organization.id, StaffRole.SUPERVISOR, { isPrivacyOfficer: true });
    otherClient = await f.client(other.organization.id, other.program.id);

    client = await f.client(organization.id, program.id, { lastName: 'Quennell' });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);

    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      otherCounselor: await loginAs(gql, otherCounselor.email),
      peer: await loginAs(gql, peer.email),
      supervisor: await loginAs(gql, supervisor.email),
      otherSupervisor: await loginAs(gql, otherSupervisor.email),
      privacyOfficer: await loginAs(gql, privacyOfficer.email),
      outsider: await loginAs(gql, outsider.email),
      admin: await loginAs(gql, admin.email),
    };

    // What the log must show: a read and two writes by the counselor, and a refused read by a colleague.
    expect((await t.gql(CLIENT, { id: client.id }, tokens.counselor)).errors).toBeUndefined();
    const written = await t.gql(SET_INTEGRATED, { clientId: client.id, receiving: true, expectedVersion: client.version }, tokens.counselor);
    expect(written.errors).toBeUndefined();
    const added = await t.gql(ADD_MEMBER, { input: { clientId: client.id, name: 'Rowan', relationship: 'FRIEND', stance: 'SUPPORTIVE' } }, tokens.counselor);
    expect(added.errors).toBeUndefined();
    expect(codeOf(await t.gql(CLIENT, { id: client.id }, tokens.otherCounselor))).toBe('NOT_FOUND');
    // Another organization's attempt at this id names no client of ours.
    expect(codeOf(await t.gql(CLIENT, { id: client.id }, tokens.outsider))).toBe('NOT_FOUND');
  });
  afterAll(() => t.close());

  const log = async (token: string, filter?: Record<string, unknown>, page: { offset?: number; limit?: number } = {}) => {
    const res = await t.gql<{ clientAccessLog: Log }>(LOG, { clientId: client.id, filter, ...page }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.clientAccessLog;
  };

  it('lists reads, writes and refused attempts on the client, with who, role, what and outcome', async () => {
    const entries = (await log(tokens.supervisor)).items;
    const byCounselor = entries.filter((e) => e.staffId === counselor.id);
    expect(byCounselor).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'READ', entityType: 'Client', entityId: client.id, role: StaffRole.COUNSELOR, outcome: AuditOutcome.ALLOWED }),
        expect.objectContaining({ action: 'UPDATE', entityType: 'Client', fields: ['receivingIntegratedTreatment'] }),
        // Not the client's own row: its client was found from the support network member.
        expect.objectContaining({ action: 'CREATE', entityType: 'SupportNetworkMember', outcome: AuditOutcome.ALLOWED }),
      ]),
    );
    expect(byCounselor[0]!.staffName).toBe(counselor.displayName);
    expect(entries).toContainEqual(
      expect.objectContaining({ staffId: otherCounselor.id, entityId: client.id, outcome: AuditOutcome.DENIED, action: 'READ' }),
    );
    const rows = await t.dataSource.getRepository(AuditEventEntity).findBy({ entityId: client.id, outcome: AuditOutcome.DENIED });
    const outsiders = rows.filter((r) => r.organizationId !== client.organizationId);
    expect(outsiders.length).toBeGreaterThan(0);
    expect(outsiders.every((r) => r.clientId === null)).toBe(true);
    expect(entries.some((e) => outsiders.some((o) => o.actorId === e.staffId))).toBe(false);
  });

  it('filters by person, outcome, action and days, and pages with a total', async () => {
    const all = await log(tokens.supervisor);
    expect(all.people.map((p) => p.id)).toEqual(expect.arrayContaining([counselor.id, otherCounselor.id]));
    const denied = await log(tokens.supervisor, { outcome: 'DENIED' });
    expect(denied.items.length).toBeGreaterThan(0);
    expect(denied.items.every((e) => e.outcome === 'DENIED')).toBe(true);
    const byCounselor = await log(tokens.supervisor, { staffId: counselor.id, action: 'UPDATE' });
    expect(byCounselor.items.map((e) => [e.staffId, e.action])).toEqual([[counselor.id, 'UPDATE']]);
    expect(byCounselor.total).toBe(1);
    expect((await log(tokens.supervisor, { to: '2020-01-01' })).items).toEqual([]);
    // Each look is itself recorded, after its answer: the next one has one row more.
    const since = await log(tokens.supervisor, { from: '2020-01-01' });
    expect((await log(tokens.supervisor)).total).toBe(since.total + 1);

    const first = await log(tokens.supervisor, undefined, { offset: 0, limit: 2 });
    const second = await log(tokens.supervisor, undefined, { offset: 2, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(second.total).toBe(first.total + 1);
    const bad = await t.gql(LOG, { clientId: client.id, filter: { from: '2026-02-30' } }, tokens.supervisor);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  it('shows the log to supervisors in scope and privacy officers only, and records each look', async () => {
    expect(codeOf(await t.gql(LOG, { clientId: client.id }, tokens.counselor, 'log-by-counselor'))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LOG, { clientId: client.id }, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LOG, { clientId: client.id }, tokens.admin))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LOG, { clientId: client.id }, tokens.otherSupervisor))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LOG, { clientId: client.id }, tokens.outsider))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LOG, { clientId: otherClient.id }, tokens.privacyOfficer))).toBe('NOT_FOUND');

    const looked = await t.gql(LOG, { clientId: client.id }, tokens.privacyOfficer, 'log-by-privacy-officer');
    expect(looked.errors).toBeUndefined();
    const audit = t.dataSource.getRepository(AuditEventEntity);
    expect(await audit.findBy({ requestId: 'log-by-privacy-officer' })).toEqual([
      expect.objectContaining({ action: 'READ', entityType: AuditEntityType.ACCESS_LOG, entityId: client.id, clientId: client.id, outcome: AuditOutcome.ALLOWED }),
    ]);
    // The refused look is in the client's log too.
    expect(await audit.findBy({ requestId: 'log-by-counselor' })).toEqual([
      expect.objectContaining({ entityType: AuditEntityType.ACCESS_LOG, clientId: client.id, outcome: AuditOutcome.DENIED }),
    ]);
    const entries = (await log(tokens.supervisor, { staffId: counselor.id, outcome: 'DENIED' })).items;
    expect(entries.map((e) => e.entityType)).toEqual([AuditEntityType.ACCESS_LOG]);
  });

  it('lets a privacy officer find any client of the organization by name, and no other', async () => {
    const found = await t.gql<{ privacyClients: Array<{ id: string }> }>(FIND, { name: 'quenn' }, tokens.privacyOfficer);
    expect(found.data?.privacyClients.map((c) => c.id)).toEqual([client.id]);
    expect((await t.gql<{ privacyClients: unknown[] }>(FIND, { name: otherClient.lastName }, tokens.privacyOfficer)).data?.privacyClients).toEqual([]);
    expect(codeOf(await t.gql(FIND, { name: 'quenn' }, tokens.supervisor))).toBe('FORBIDDEN');
  });

  it('accounts for the disclosures made under the client consent, three years back, for the counselor, supervisor and privacy officer', async () => {
    const consent = await t.dataSource.getRepository(ConsentEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
      recipientMemberId: null,
      recipientOrganization: null,
      scopes: [ConsentScope.DIAGNOSES],
      purpose: 'Peer recovery support',
      effectiveOn: '2026-01-01',
      expiresOn: null,
      revokedAt: null,
      recordedById: counselor.id,
    });
    // The peer worker reads the diagnoses twice under the consent: two disclosures, one line for the day.
    for (let i = 0; i < 2; i++) expect((await t.gql(CLIENT_DIAGNOSES, { id: client.id }, tokens.peer)).errors).toBeUndefined();
    const written: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM disclosure WHERE client_id = $1', [client.id]);
    expect(written[0]!.n).toBe(2);

    type Accounting = { disclosureAccounting: { from: string; to: string; entries: Array<Record<string, unknown>> } };
    for (const token of [tokens.counselor, tokens.supervisor, tokens.privacyOfficer]) {
      const res = await t.gql<Accounting>(ACCOUNTING, { clientId: client.id }, token);
      expect(res.errors).toBeUndefined();
      const { from, to, entries } = res.data!.disclosureAccounting;
      expect(from).toBe(`${Number(to.slice(0, 4)) - 3}${to.slice(4)}`);
      expect(entries).toEqual([
        expect.objectContaining({
          times: 2,
          recipientStaffId: peer.id,
          recipientName: peer.displayName,
          recipientAffiliation: expect.stringMatching(/^Peer support worker, /),
          information: 'DIAGNOSES',
          purpose: 'Peer recovery support',
          consentId: consent.id,
          consentEffectiveOn: '2026-01-01',
        }),
      ]);
    }
    const later = await t.gql<Accounting>(ACCOUNTING, { clientId: client.id, from: '2999-01-01' }, tokens.counselor);
    expect(later.data?.disclosureAccounting.entries).toEqual([]);

    expect(codeOf(await t.gql(ACCOUNTING, { clientId: client.id }, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ACCOUNTING, { clientId: client.id }, tokens.otherCounselor))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ACCOUNTING, { clientId: client.id }, tokens.outsider))).toBe('NOT_FOUND');
    const looks = await t.dataSource.getRepository(AuditEventEntity).countBy({ entityType: AuditEntityType.DISCLOSURE_ACCOUNTING, clientId: client.id, outcome: AuditOutcome.ALLOWED });
    expect(looks).toBe(4);
  });
});
