import { AuditOutcome, ConsentRecipientKind, ConsentScope, DiagnosisStatus, StaffRole, isDualDiagnosis } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamRole } from '@carecircle/api/care-team';
import { dualDiagnosisSql, type ClientEntity } from '@carecircle/api/clients';
import { ConsentEntity } from '@carecircle/api/support-network';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { DiagnosisEntity } from './diagnosis.entity';

const RECORD = `mutation($input: RecordDiagnosisInput!) {
  recordDiagnosis(input: $input) { id icd10Code description onsetDate status category version recordedBy { id } }
}`;
const UPDATE = `mutation($input: UpdateDiagnosisInput!) {
  updateDiagnosis(input: $input) { id status description onsetDate version }
}`;
const CLIENT_DIAGNOSES = `query($id: ID!) {
  client(id: $id) { id diagnoses { icd10Code status category } dualDiagnosis dualDiagnosisBasis }
}`;
const CLIENT_DUAL = 'query($id: ID!) { client(id: $id) { id dualDiagnosis } }';
const CLIENTS_DUAL = `query($filter: ClientFilterInput) {
  clients(filter: $filter, limit: 100) { total items { id lastName dualDiagnosis } }
}`;

interface Recorded {
  recordDiagnosis: { id: string; icd10Code: string; description: string; onsetDate: string | null; status: string; category: string; version: number };
}

const { ACTIVE, IN_REMISSION, RESOLVED } = DiagnosisStatus;

/** The DOMAIN.md cases; `dual` is what both the pure rule and the SQL filter must answer. */
const DUAL_CASES: Array<{ name: string; diagnoses: Array<[string, DiagnosisStatus]>; dual: boolean }> = [
  { name: 'DualNicotineOnly', diagnoses: [['F17.210', ACTIVE], ['F32.1', ACTIVE]], dual: false },
  { name: 'DualAlcoholAnxiety', diagnoses: [['F10.20', ACTIVE], ['F41.1', ACTIVE]], dual: true },
  { name: 'DualNicotineOpioidDepression', diagnoses: [['F17.210', ACTIVE], ['F11.20', ACTIVE], ['F33.1', ACTIVE]], dual: true },
  { name: 'DualSudResolved', diagnoses: [['F10.20', RESOLVED], ['F41.1', ACTIVE]], dual: false },
  { name: 'DualMhResolved', diagnoses: [['F10.20', ACTIVE], ['F41.1', RESOLVED]], dual: false },
  { name: 'DualSudInRemission', diagnoses: [['F10.20', IN_REMISSION], ['F41.1', ACTIVE]], dual: false },
  { name: 'DualSudOnly', diagnoses: [['F10.20', ACTIVE], ['F11.20', ACTIVE]], dual: false },
  { name: 'DualMhOnly', diagnoses: [['F41.1', ACTIVE], ['F33.1', ACTIVE]], dual: false },
  // Codes that themselves say "in remission" count as in remission whatever the status field says.
  { name: 'DualRemissionCodedAlcohol', diagnoses: [['F10.21', ACTIVE], ['F41.1', ACTIVE]], dual: false },
  { name: 'DualRemissionCodedOpioidAbuse', diagnoses: [['F11.11', ACTIVE], ['F33.1', ACTIVE]], dual: false },
  { name: 'DualRemissionCodedDepression', diagnoses: [['F10.20', ACTIVE], ['F32.5', ACTIVE]], dual: false },
  { name: 'DualRemissionCodedRecurrent', diagnoses: [['F14.20', ACTIVE], ['F33.41', ACTIVE]], dual: false },
  { name: 'DualRemissionCodeBesideActive', diagnoses: [['F10.21', ACTIVE], ['F11.20', ACTIVE], ['F32.4', ACTIVE], ['F43.10', ACTIVE]], dual: true },
  { name: 'DualNicotineCigarettesHeader', diagnoses: [['F17.21', ACTIVE], ['F12.20', ACTIVE], ['F41.1', ACTIVE]], dual: true },
];

describe('diagnoses and the dual-diagnosis flag', () => {
  let t: TestApp;
  let f: Factory;
  let counselor: StaffUserEntity;
  let tokens: Record<'counselor' | 'otherCounselor' | 'supervisor' | 'peer' | 'admin', string>;
  let client: ClientEntity;
  let peerClient: ClientEntity;
  const caseClients = new Map<string, ClientEntity>();

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const supervisor = await f.staff(organization.id, StaffRole.SUPERVISOR);
    counselor = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const otherCounselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const admin = await f.staff(organization.id, StaffRole.ADMIN);

    client = await f.client(organization.id, program.id, { lastName: 'Ashby' });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    peerClient = await f.client(organization.id, program.id, { lastName: 'Pemberton' });
    await f.assign(peerClient, counselor, CareTeamRole.COUNSELOR);
    await f.assign(peerClient, peer, CareTeamRole.PEER_SUPPORT);
    await f.diagnosis(peerClient, counselor, 'F10.20');
    await f.diagnosis(peerClient, counselor, 'F41.1');
    const otherClient = await f.client(organization.id, program.id, { lastName: 'Outwood' });
    await f.assign(otherClient, otherCounselor, CareTeamRole.COUNSELOR);

    for (const c of DUAL_CASES) {
      const caseClient = await f.client(organization.id, program.id, { lastName: c.name });
      await f.assign(caseClient, counselor, CareTeamRole.COUNSELOR);
      for (const [code, status] of c.diagnoses) await f.diagnosis(caseClient, counselor, code, status);
      caseClients.set(c.name, caseClient);
    }

    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      otherCounselor: await loginAs(gql, otherCounselor.email),
      supervisor: await loginAs(gql, supervisor.email),
      peer: await loginAs(gql, peer.email),
      admin: await loginAs(gql, admin.email),
    };
  });
  afterAll(() => t.close());

  const diagnosisCount = () => t.dataSource.getRepository(DiagnosisEntity).count();

  it('records a diagnosis with the code upper-cased and the description taken from the catalog, and audits it', async () => {
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const res = await t.gql<Recorded>(RECORD, { input: { clientId: client.id, icd10Code: ' f43.12 ', onsetDate: '2025-03-01' } }, tokens.counselor);
    expect(res.errors).toBeUndefined();
    const recorded = res.data!.recordDiagnosis;
    expect(recorded).toMatchObject({
      icd10Code: 'F43.12',
      description: 'Post-traumatic stress disorder, chronic',
      onsetDate: '2025-03-01',
      status: 'ACTIVE',
      category: 'MENTAL_HEALTH',
      version: 1,
    });
    const rows = await audit.find({ where: { entityType: 'Diagnosis', entityId: recorded.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'CREATE', actorId: counselor.id, outcome: 'ALLOWED' });
    expect(rows[0]!.fields?.sort()).toEqual(['description', 'icd10Code', 'onsetDate', 'status']);
  });

  it('lets the supervisor of the counselor record a diagnosis too', async () => {
    const res = await t.gql<Recorded>(RECORD, { input: { clientId: client.id, icd10Code: 'F12.20' } }, tokens.supervisor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordDiagnosis.category).toBe('SUBSTANCE_USE');
  });

  it('refuses a malformed code with BAD_USER_INPUT that explains the shape, and writes nothing', async () => {
    const before = await diagnosisCount();
    for (const icd10Code of ['F1', 'F10.12345', 'Z', 'alcohol']) {
      const res = await t.gql(RECORD, { input: { clientId: client.id, icd10Code, description: 'Something' } }, tokens.counselor);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('F10.20-style ICD-10-CM code');
    }
    expect(await diagnosisCount()).toBe(before);
  });

  it('requires a description for a code the catalog does not know', async () => {
    const before = await diagnosisCount();
    const missing = await t.gql(RECORD, { input: { clientId: client.id, icd10Code: 'F50.00' } }, tokens.counselor);
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toContain('description is required for F50.00');
    expect(await diagnosisCount()).toBe(before);
    const given = await t.gql<Recorded>(
      RECORD,
      { input: { clientId: client.id, icd10Code: 'F50.00', description: 'Anorexia nervosa, unspecified' } },
      tokens.counselor,
    );
    expect(given.data?.recordDiagnosis.description).toBe('Anorexia nervosa, unspecified');
  });

  it('refuses an onset date in the future', async () => {
    const res = await t.gql(RECORD, { input: { clientId: client.id, icd10Code: 'F90.0', onsetDate: '2999-01-01' } }, tokens.counselor);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('onsetDate cannot be in the future');
  });

  it('updates a diagnosis with an audit row naming the fields, and refuses a stale update while keeping the first', async () => {
    const created = await t.gql<Recorded>(RECORD, { input: { clientId: client.id, icd10Code: 'F14.20' } }, tokens.counselor);
    const id = created.data!.recordDiagnosis.id;

    const first = await t.gql<{ updateDiagnosis: { status: string; version: number } }>(
      UPDATE,
      { input: { diagnosisId: id, expectedVersion: 1, status: 'IN_REMISSION' } },
      tokens.counselor,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateDiagnosis).toMatchObject({ status: 'IN_REMISSION', version: 2 });
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'Diagnosis', entityId: id, action: 'UPDATE' });
    expect(audit).toMatchObject({ actorId: counselor.id, outcome: 'ALLOWED' });
    expect(audit.fields).toEqual(['status']);

    const stale = await t.gql(UPDATE, { input: { diagnosisId: id, expectedVersion: 1, status: 'RESOLVED', description: 'Overwritten' } }, tokens.supervisor);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, changedById: counselor.id });
    const stored = await t.dataSource.getRepository(DiagnosisEntity).findOneByOrFail({ id });
    expect(stored).toMatchObject({ status: IN_REMISSION, version: 2, description: 'Cocaine dependence, uncomplicated' });
  });

  it('refuses an update that changes nothing', async () => {
    const created = await t.gql<Recorded>(RECORD, { input: { clientId: client.id, icd10Code: 'F15.20' } }, tokens.counselor);
    const res = await t.gql(UPDATE, { input: { diagnosisId: created.data!.recordDiagnosis.id, expectedVersion: 1 } }, tokens.counselor);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('computes Client.dualDiagnosis from the diagnoses for every DOMAIN.md case', async () => {
    for (const c of DUAL_CASES) {
      const res = await t.gql<{ client: { dualDiagnosis: boolean } }>(CLIENT_DUAL, { id: caseClients.get(c.name)!.id }, tokens.counselor);
      expect({ case: c.name, dual: res.data?.client.dualDiagnosis }).toEqual({ case: c.name, dual: c.dual });
    }
  });

  it('filters clients(filter: {dualDiagnosis}) to exactly the dual-diagnosed clients, agreeing with the field', async () => {
    const expectedDual = DUAL_CASES.filter((c) => c.dual).map((c) => caseClients.get(c.name)!.id).sort();
    const dual = await t.gql<{ clients: { items: Array<{ id: string; dualDiagnosis: boolean }> } }>(
      CLIENTS_DUAL,
      { filter: { dualDiagnosis: true, search: 'Dual' } },
      tokens.counselor,
    );
    expect(dual.errors).toBeUndefined();
    expect(dual.data!.clients.items.map((c) => c.id).sort()).toEqual(expectedDual);
    expect(dual.data!.clients.items.every((c) => c.dualDiagnosis)).toBe(true);

    const notDual = await t.gql<{ clients: { items: Array<{ id: string; dualDiagnosis: boolean }> } }>(
      CLIENTS_DUAL,
      { filter: { dualDiagnosis: false, search: 'Dual' } },
      tokens.counselor,
    );
    expect(notDual.data!.clients.items).toHaveLength(DUAL_CASES.length - expectedDual.length);
    expect(notDual.data!.clients.items.some((c) => c.dualDiagnosis)).toBe(false);
  });

  it('keeps the SQL condition and the pure rule in agreement on every client in the database', async () => {
    const flagged: Array<{ id: string }> = await t.dataSource.query(`SELECT client.id FROM client WHERE ${dualDiagnosisSql('client')}`);
    const diagnoses = await t.dataSource.getRepository(DiagnosisEntity).find();
    const clientIds: Array<{ id: string }> = await t.dataSource.query('SELECT id FROM client');
    const byPureRule = clientIds
      .filter(({ id }) => isDualDiagnosis(diagnoses.filter((d) => d.clientId === id)))
      .map(({ id }) => id)
      .sort();
    expect(flagged.map((r) => r.id).sort()).toEqual(byPureRule);
    expect(byPureRule.length).toBeGreaterThanOrEqual(2);
  });

  it('names the codes behind a dual diagnosis and lists active diagnoses first', async () => {
    const res = await t.gql<{ client: { diagnoses: Array<{ icd10Code: string; status: string }>; dualDiagnosisBasis: string[] } }>(
      CLIENT_DIAGNOSES,
      { id: caseClients.get('DualNicotineOpioidDepression')!.id },
      tokens.counselor,
    );
    expect(res.data?.client.dualDiagnosisBasis).toEqual(['F11.20', 'F33.1']);
    const sudResolved = await t.gql<{ client: { diagnoses: Array<{ icd10Code: string; status: string }> } }>(
      CLIENT_DIAGNOSES,
      { id: caseClients.get('DualSudResolved')!.id },
      tokens.counselor,
    );
    expect(sudResolved.data?.client.diagnoses.map((d) => d.status)).toEqual(['ACTIVE', 'RESOLVED']);
  });

  it('costs the same number of queries for a page of every case client as for one, integrated-care gap included', async () => {
    const PAGE = `query($filter: ClientFilterInput) {
      clients(filter: $filter) { items { id diagnoses { icd10Code recordedBy { id } } dualDiagnosis dualDiagnosisBasis integratedCareGap { summary } levelOfCareHistory { toLevel } } }
    }`;
    const queriesFor = async (search: string) => {
      const runner = t.dataSource.createQueryRunner();
      const spy = jest.spyOn(Object.getPrototypeOf(runner) as { query: () => Promise<unknown> }, 'query');
      try {
        const res = await t.gql<{ clients: { items: unknown[] } }>(PAGE, { filter: { search } }, tokens.counselor);
        expect(res.errors).toBeUndefined();
        return { clients: res.data!.clients.items.length, queries: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
        await runner.release();
      }
    };
    const one = await queriesFor('DualAlcoholAnxiety');
    const all = await queriesFor('Dual');
    expect(one.clients).toBe(1);
    expect(all.clients).toBe(DUAL_CASES.length);
    expect(all.queries).toBe(one.queries);
  });

  it('hides diagnoses and the dual flag from a peer support worker without consent', async () => {
    const res = await t.gql<{ client: { id: string; diagnoses: unknown; dualDiagnosis: unknown } | null }>(CLIENT_DIAGNOSES, { id: peerClient.id }, tokens.peer);
    expect(res.errors?.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(res.data?.client).toMatchObject({ id: peerClient.id, diagnoses: null, dualDiagnosis: null });
    // Filtering by a diagnosis-derived flag matches only clients whose consent shares diagnoses.
    for (const dualDiagnosis of [true, false]) {
      const filtered = await t.gql<{ clients: { total: number } }>(CLIENTS_DUAL, { filter: { dualDiagnosis } }, tokens.peer);
      expect(filtered.errors).toBeUndefined();
      expect(filtered.data!.clients.total).toBe(0);
    }
    expect(codeOf(await t.gql(RECORD, { input: { clientId: peerClient.id, icd10Code: 'F32.1' } }, tokens.peer))).toBe('FORBIDDEN');
  });

  it('shows a peer support worker the diagnoses once the client consents to share them with the peer support team', async () => {
    const consents = t.dataSource.getRepository(ConsentEntity);
    const consentFor = (scopes: ConsentScope[]) => ({
      organizationId: peerClient.organizationId,
      clientId: peerClient.id,
      recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
      recipientMemberId: null,
      recipientOrganization: null,
      scopes,
      purpose: 'Peer recovery support',
      effectiveOn: '2026-01-01',
      expiresOn: null,
      revokedAt: null,
      recordedById: counselor.id,
    });
    await consents.save(consentFor([ConsentScope.ATTENDANCE]));
    expect(codeOf(await t.gql(CLIENT_DIAGNOSES, { id: peerClient.id }, tokens.peer))).toBe('FORBIDDEN');

    const consent = await consents.save(consentFor([ConsentScope.ATTENDANCE, ConsentScope.DIAGNOSES]));
    const res = await t.gql<{ client: { diagnoses: Array<{ icd10Code: string }>; dualDiagnosis: boolean } }>(CLIENT_DIAGNOSES, { id: peerClient.id }, tokens.peer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.client.diagnoses.map((d) => d.icd10Code)).toEqual(['F10.20', 'F41.1']);
    expect(res.data!.client.dualDiagnosis).toBe(true);
    // Reads are audited per client record, once per request: no row per diagnosis any more.
    const audit = t.dataSource.getRepository(AuditEventEntity);
    expect(await audit.countBy({ entityType: 'Diagnosis', action: 'READ', actorRole: StaffRole.PEER_SUPPORT })).toBe(0);
    const reads = await audit.findBy({ entityType: 'Client', entityId: peerClient.id, action: 'READ', actorRole: StaffRole.PEER_SUPPORT, outcome: AuditOutcome.ALLOWED });
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads.map((r) => r.requestId)).size).toBe(reads.length);
    // The diagnoses shown under the consent are in the accounting of disclosures, once for the request.
    const disclosures: Array<{ consent_id: string; information_kind: string }> = await t.dataSource.query(
      'SELECT consent_id, information_kind FROM disclosure WHERE client_id = $1 AND recipient_staff_id = $2',
      [peerClient.id, reads[0]!.actorId],
    );
    expect(disclosures).toEqual([{ consent_id: consent.id, information_kind: ConsentScope.DIAGNOSES }]);
    // With the consent, the peer may also filter by what it lets them see.
    const filtered = await t.gql<{ clients: { items: Array<{ id: string; dualDiagnosis: boolean }> } }>(CLIENTS_DUAL, { filter: { dualDiagnosis: true } }, tokens.peer);
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.clients.items).toEqual([expect.objectContaining({ id: peerClient.id, dualDiagnosis: true })]);
  });

  it('gives administrators no diagnoses', async () => {
    expect(codeOf(await t.gql(CLIENT_DIAGNOSES, { id: client.id }, tokens.admin))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RECORD, { input: { clientId: client.id, icd10Code: 'F32.1' } }, tokens.admin))).toBe('FORBIDDEN');
  });

  it("treats a client on another counselor's caseload as not found, for reads and writes", async () => {
    expect(codeOf(await t.gql(CLIENT_DIAGNOSES, { id: client.id }, tokens.otherCounselor))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(RECORD, { input: { clientId: client.id, icd10Code: 'F32.1' } }, tokens.otherCounselor))).toBe('NOT_FOUND');
    const dx = await t.dataSource.getRepository(DiagnosisEntity).findOneByOrFail({ clientId: client.id, icd10Code: 'F43.12' });
    const res = await t.gql(UPDATE, { input: { diagnosisId: dx.id, expectedVersion: dx.version, status: 'RESOLVED' } }, tokens.otherCounselor);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toBe(`Diagnosis ${dx.id} was not found.`);
    // The refusal is on the trail as a DENIED access to that diagnosis, like an unknown id.
    const denied = await t.dataSource.getRepository(AuditEventEntity).findBy({ entityType: 'Diagnosis', entityId: dx.id, outcome: AuditOutcome.DENIED });
    expect(denied).toHaveLength(1);
  });

  it('answers a malformed client id with BAD_USER_INPUT', async () => {
    const res = await t.gql(RECORD, { input: { clientId: 'nope', icd10Code: 'F32.1' } }, tokens.counselor);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('clientId must be a client id');
  });

  it('offers a searchable catalog of common codes', async () => {
    const res = await t.gql<{ diagnosisCatalog: Array<{ code: string; description: string }> }>(
      'query($search: String) { diagnosisCatalog(search: $search) { code description } }',
      { search: 'stress' },
      tokens.counselor,
    );
    expect(res.data?.diagnosisCatalog.map((e) => e.code)).toEqual(['F43.10', 'F43.12']);
  });
});
