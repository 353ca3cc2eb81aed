import { addDays, parseISO } from 'date-fns';
import { LevelOfCare, StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { ClientEntity } from '@carecircle/api/clients';
import { LevelOfCareChangeEntity } from './level-of-care-change.entity';

const CLIENT_FIELDS = `id firstName lastName status levelOfCare admissionDate dischargeDate dischargeReason
  receivingIntegratedTreatment daysInTreatment version
  levelOfCareHistory { fromLevel toLevel effectiveOn reason changedBy { id } }`;
const ADMIT = `mutation($input: AdmitClientInput!) { admitClient(input: $input) { ${CLIENT_FIELDS} } }`;
const CHANGE_LEVEL = `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { ${CLIENT_FIELDS} } }`;
const DISCHARGE = `mutation($input: DischargeClientInput!) { dischargeClient(input: $input) { ${CLIENT_FIELDS} } }`;
const SET_INTEGRATED = `mutation($clientId: ID!, $receiving: Boolean!, $expectedVersion: Int!) {
  setIntegratedTreatment(clientId: $clientId, receiving: $receiving, expectedVersion: $expectedVersion) { id receivingIntegratedTreatment version }
}`;
const CLIENTS = `query($filter: ClientFilterInput) { clients(filter: $filter, limit: 100) { items { id status careTeam { role staff { id } } } } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`;

interface ClientData {
  id: string;
  status: string;
  levelOfCare: string;
  admissionDate: string;
  dischargeDate: string | null;
  dischargeReason: string | null;
  receivingIntegratedTreatment: boolean;
  daysInTreatment: number;
  version: number;
  levelOfCareHistory: Array<{ fromLevel: string | null; toLevel: string; effectiveOn: string; reason: string | null; changedBy: { id: string } }>;
}

const today = toIsoDate(new Date());
const daysFromToday = (n: number) => toIsoDate(addDays(parseISO(today), n));

describe('the episode of care: admission, level of care and discharge', () => {
  let t: TestApp;
  let counselor: StaffUserEntity;
  let outsideCounselor: StaffUserEntity;
  let programId: string;
  let otherOrgProgramId: string;
  let tokens: Record<'counselor' | 'outsideCounselor' | 'supervisor' | 'peer' | 'admin', string>;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    programId = program.id;
    otherOrgProgramId = (await f.organization()).program.id;
    const supervisor = await f.staff(organization.id, StaffRole.SUPERVISOR);
    counselor = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    outsideCounselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const admin = await f.staff(organization.id, StaffRole.ADMIN);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      outsideCounselor: await loginAs(gql, outsideCounselor.email),
      supervisor: await loginAs(gql, supervisor.email),
      peer: await loginAs(gql, peer.email),
      admin: await loginAs(gql, admin.email),
    };
  });
  afterAll(() => t.close());

  const admission = (overrides: Record<string, unknown> = {}) => ({
    programId,
    firstName: 'Robin',
    lastName: 'Ashcombe',
    dateOfBirth: '1988-04-12',
    levelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1,
    admissionDate: daysFromToday(-30),
    recoveryStartDate: daysFromToday(-32),
    ...overrides,
  });

  const admit = async (overrides: Record<string, unknown> = {}, token = tokens.counselor): Promise<ClientData> => {
    const res = await t.gql<{ admitClient: ClientData }>(ADMIT, { input: admission(overrides) }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.admitClient;
  };

  const counts = async () => ({
    clients: await t.dataSource.getRepository(ClientEntity).count(),
    levels: await t.dataSource.getRepository(LevelOfCareChangeEntity).count(),
    assignments: Number((await t.dataSource.query('SELECT count(*) AS n FROM care_team_assignment'))[0].n),
  });

  const caseloadIds = async (token: string, statuses?: string[]) => {
    const res = await t.gql<{ clients: { items: Array<{ id: string }> } }>(CLIENTS, { filter: statuses ? { statuses } : {} }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.clients.items.map((c) => c.id);
  };

  it("admits a client onto the counselor's own caseload, with the admission level as the first history row and an audit row", async () => {
    const admitted = await admit({ lastName: 'Admitted' });
    expect(admitted).toMatchObject({ status: 'ACTIVE', levelOfCare: 'INTENSIVE_OUTPATIENT_2_1', version: 1, daysInTreatment: 31, receivingIntegratedTreatment: false });
    expect(admitted.levelOfCareHistory).toEqual([
      { fromLevel: null, toLevel: 'INTENSIVE_OUTPATIENT_2_1', effectiveOn: daysFromToday(-30), reason: 'Admission', changedBy: { id: counselor.id } },
    ]);
    expect(await caseloadIds(tokens.counselor)).toContain(admitted.id);

    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'Client', entityId: admitted.id, action: 'CREATE' });
    expect(audit).toMatchObject({ actorId: counselor.id, actorRole: 'COUNSELOR' });
    expect(audit.fields).toEqual(expect.arrayContaining(['firstName', 'lastName', 'levelOfCare', 'admissionDate', 'recoveryStartDate']));
    const [assignment] = await t.dataSource.query('SELECT staff_user_id, role, started_on::text AS started_on, ended_on FROM care_team_assignment WHERE client_id = $1', [admitted.id]);
    expect(assignment).toEqual({ staff_user_id: counselor.id, role: 'COUNSELOR', started_on: daysFromToday(-30), ended_on: null });
  });

  it('lets a supervisor admit a client for a counselor on their team', async () => {
    const admitted = await admit({ lastName: 'ViaSupervisor', counselorId: counselor.id }, tokens.supervisor);
    expect(await caseloadIds(tokens.counselor)).toContain(admitted.id);
  });

  it('refuses a supervisor admitting for a counselor outside their team, or for nobody, and writes nothing', async () => {
    const before = await counts();
    const outside = await t.gql(ADMIT, { input: admission({ counselorId: outsideCounselor.id }) }, tokens.supervisor);
    expect(codeOf(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors?.[0]?.message).toContain('counselorId must be an active counselor on your team');
    expect(codeOf(await t.gql(ADMIT, { input: admission() }, tokens.supervisor))).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('refuses a counselor admitting onto another counselor’s caseload', async () => {
    const res = await t.gql(ADMIT, { input: admission({ counselorId: outsideCounselor.id }) }, tokens.counselor);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses an admission date in the future with BAD_USER_INPUT and writes nothing', async () => {
    const before = await counts();
    const res = await t.gql(ADMIT, { input: admission({ admissionDate: daysFromToday(1) }) }, tokens.counselor);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('admissionDate cannot be in the future');
    expect(await counts()).toEqual(before);
  });

  it('refuses impossible dates: a birth date not in the past, a recovery start after today, a 30 February', async () => {
    const before = await counts();
    const future = await t.gql(ADMIT, { input: admission({ dateOfBirth: today, recoveryStartDate: daysFromToday(2) }) }, tokens.counselor);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.extensions?.['problems']).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'dateOfBirth' }), expect.objectContaining({ field: 'recoveryStartDate' })]),
    );
    const malformed = await t.gql(ADMIT, { input: admission({ admissionDate: '2026-02-30' }) }, tokens.counselor);
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toContain('admissionDate must be a calendar date written YYYY-MM-DD');
    expect(await counts()).toEqual(before);
  });

  it("treats another organization's program as not found", async () => {
    const before = await counts();
    expect(codeOf(await t.gql(ADMIT, { input: admission({ programId: otherOrgProgramId }) }, tokens.counselor))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('lets neither peer support workers nor administrators admit', async () => {
    expect(codeOf(await t.gql(ADMIT, { input: admission() }, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ADMIT, { input: admission() }, tokens.admin))).toBe('FORBIDDEN');
  });

  it('changes the level of care and keeps every step in the history', async () => {
    const admitted = await admit({ lastName: 'SteppedUp' });
    const stepUp = await t.gql<{ changeLevelOfCare: ClientData }>(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: 1, levelOfCare: 'PARTIAL_HOSPITALIZATION_2_5', effectiveOn: daysFromToday(-10), reason: 'Relapse risk' } },
      tokens.counselor,
    );
    expect(stepUp.errors).toBeUndefined();
    const stepDown = await t.gql<{ changeLevelOfCare: ClientData }>(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: 2, levelOfCare: 'OUTPATIENT_1', effectiveOn: today } },
      tokens.supervisor,
    );
    expect(stepDown.errors).toBeUndefined();
    const client = stepDown.data!.changeLevelOfCare;
    expect(client).toMatchObject({ levelOfCare: 'OUTPATIENT_1', version: 3 });
    expect(client.levelOfCareHistory.map((h) => [h.fromLevel, h.toLevel, h.effectiveOn])).toEqual([
      [null, 'INTENSIVE_OUTPATIENT_2_1', daysFromToday(-30)],
      ['INTENSIVE_OUTPATIENT_2_1', 'PARTIAL_HOSPITALIZATION_2_5', daysFromToday(-10)],
      ['PARTIAL_HOSPITALIZATION_2_5', 'OUTPATIENT_1', today],
    ]);
    expect(client.levelOfCareHistory[1]?.reason).toBe('Relapse risk');
    const updates = await t.dataSource.getRepository(AuditEventEntity).findBy({ entityType: 'Client', entityId: admitted.id, action: 'UPDATE' });
    expect(updates.map((u) => u.fields)).toEqual([['levelOfCare'], ['levelOfCare']]);
  });

  it('refuses a stale level-of-care change with CONFLICT and keeps the change that won', async () => {
    const admitted = await admit({ lastName: 'Contested' });
    const first = await t.gql(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: 1, levelOfCare: 'HIGH_INTENSITY_RESIDENTIAL_3_5', effectiveOn: today } },
      tokens.counselor,
    );
    expect(first.errors).toBeUndefined();
    const stale = await t.gql(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: 1, levelOfCare: 'OUTPATIENT_1', effectiveOn: today } },
      tokens.supervisor,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, changedById: counselor.id });
    const now = await t.gql<{ client: ClientData }>(CLIENT, { id: admitted.id }, tokens.counselor);
    expect(now.data!.client.levelOfCare).toBe('HIGH_INTENSITY_RESIDENTIAL_3_5');
    expect(now.data!.client.levelOfCareHistory).toHaveLength(2);
  });

  it('refuses a level-of-care change dated before admission or in the future', async () => {
    const admitted = await admit({ lastName: 'Misdated' });
    for (const effectiveOn of [daysFromToday(-31), daysFromToday(1)]) {
      const res = await t.gql(CHANGE_LEVEL, { input: { clientId: admitted.id, expectedVersion: 1, levelOfCare: 'OUTPATIENT_1', effectiveOn } }, tokens.counselor);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });

  it("treats another counselor's client as not found for episode changes", async () => {
    const admitted = await admit({ lastName: 'NotYours' });
    const res = await t.gql(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: 1, levelOfCare: 'OUTPATIENT_1', effectiveOn: today } },
      tokens.outsideCounselor,
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it('discharges with a reason, ends the care team after the discharge day, takes the client off the active caseload and refuses a second discharge', async () => {
    const admitted = await admit({ lastName: 'Completed' });
    const res = await t.gql<{ dischargeClient: ClientData }>(
      DISCHARGE,
      { input: { clientId: admitted.id, expectedVersion: 1, dischargeDate: today, reason: 'TREATMENT_COMPLETED' } },
      tokens.counselor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dischargeClient).toMatchObject({ status: 'DISCHARGED', dischargeDate: today, dischargeReason: 'TREATMENT_COMPLETED', version: 2, daysInTreatment: 31 });

    const assignments = await t.dataSource.query('SELECT ended_on::text AS ended_on FROM care_team_assignment WHERE client_id = $1', [admitted.id]);
    expect(assignments).toEqual([{ ended_on: daysFromToday(1) }]);
    expect(await caseloadIds(tokens.counselor, ['ACTIVE', 'ON_HOLD'])).not.toContain(admitted.id);
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'Client', entityId: admitted.id, action: 'UPDATE' });
    expect(audit.fields).toEqual(['status', 'dischargeDate', 'dischargeReason']);

    const again = await t.gql(
      DISCHARGE,
      { input: { clientId: admitted.id, expectedVersion: 2, dischargeDate: today, reason: 'DROPPED_OUT' } },
      tokens.counselor,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('discharged');
    const stored = await t.dataSource.getRepository(ClientEntity).findOneByOrFail({ id: admitted.id });
    expect(stored).toMatchObject({ dischargeReason: 'TREATMENT_COMPLETED', version: 2 });

    const levelChange = await t.gql(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: 2, levelOfCare: 'OUTPATIENT_1', effectiveOn: today } },
      tokens.counselor,
    );
    expect(codeOf(levelChange)).toBe('CONFLICT');
  });

  it('returns a client discharged on an earlier day even though it has already left the caseload', async () => {
    const admitted = await admit({ lastName: 'LeftEarlier' });
    const res = await t.gql<{ dischargeClient: ClientData }>(
      DISCHARGE,
      { input: { clientId: admitted.id, expectedVersion: 1, dischargeDate: daysFromToday(-3), reason: 'DROPPED_OUT' } },
      tokens.counselor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dischargeClient).toMatchObject({ id: admitted.id, status: 'DISCHARGED', daysInTreatment: 28 });
    const [assignment] = await t.dataSource.query('SELECT ended_on::text AS ended_on FROM care_team_assignment WHERE client_id = $1', [admitted.id]);
    expect(assignment.ended_on).toBe(daysFromToday(-2));
    expect(await caseloadIds(tokens.counselor, ['ACTIVE', 'ON_HOLD'])).not.toContain(admitted.id);
  });

  it('refuses a discharge dated before admission or in the future, changing nothing', async () => {
    const admitted = await admit({ lastName: 'NotYet' });
    for (const dischargeDate of [daysFromToday(-31), daysFromToday(1)]) {
      const res = await t.gql(DISCHARGE, { input: { clientId: admitted.id, expectedVersion: 1, dischargeDate, reason: 'OTHER' } }, tokens.counselor);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
    const stored = await t.dataSource.getRepository(ClientEntity).findOneByOrFail({ id: admitted.id });
    expect(stored).toMatchObject({ status: 'ACTIVE', dischargeDate: null, version: 1 });
    const [assignment] = await t.dataSource.query('SELECT ended_on FROM care_team_assignment WHERE client_id = $1', [admitted.id]);
    expect(assignment.ended_on).toBeNull();
  });

  it('keeps the current episode in step with the record: its level of care, its discharge and the counselor at discharge', async () => {
    // The 90-day milestone falls the day after the discharge below: it must not be reached.
    const admitted = await admit({ lastName: 'InStep', recoveryStartDate: daysFromToday(-91) });
    const episodeOf = async () =>
      (
        await t.dataSource.query(
          `SELECT sequence, level_of_care, status, discharge_date::text, discharge_reason, counselor_at_discharge_id FROM episode_of_care WHERE client_id = $1`,
          [admitted.id],
        )
      )[0];
    expect(await episodeOf()).toEqual({
      sequence: 1,
      level_of_care: 'INTENSIVE_OUTPATIENT_2_1',
      status: 'ACTIVE',
      discharge_date: null,
      discharge_reason: null,
      counselor_at_discharge_id: null,
    });
    const changed = await t.gql(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: 1, levelOfCare: 'OUTPATIENT_1', effectiveOn: daysFromToday(-5) } },
      tokens.counselor,
    );
    expect(changed.errors).toBeUndefined();
    expect((await episodeOf()).level_of_care).toBe('OUTPATIENT_1');
    const discharged = await t.gql(
      DISCHARGE,
      { input: { clientId: admitted.id, expectedVersion: 2, dischargeDate: daysFromToday(-2), reason: 'TRANSFERRED' } },
      tokens.counselor,
    );
    expect(discharged.errors).toBeUndefined();
    expect(await episodeOf()).toEqual({
      sequence: 1,
      level_of_care: 'OUTPATIENT_1',
      status: 'DISCHARGED',
      discharge_date: daysFromToday(-2),
      discharge_reason: 'TRANSFERRED',
      counselor_at_discharge_id: counselor.id,
    });
    // Milestones stop counting forward after discharge: no next one, the last one as of the discharge date.
    const milestones = await t.gql<{ client: { nextMilestone: unknown; lastMilestone: { date: string } | null } }>(
      `query($id: ID!) { client(id: $id) { nextMilestone { date } lastMilestone { date } } }`,
      { id: admitted.id },
      tokens.counselor,
    );
    expect(milestones.data!.client.nextMilestone).toBeNull();
    expect(milestones.data!.client.lastMilestone).toEqual({ date: daysFromToday(-31) });
  });

  it('marks integrated treatment with a version check', async () => {
    const admitted = await admit({ lastName: 'Integrated' });
    const res = await t.gql<{ setIntegratedTreatment: { receivingIntegratedTreatment: boolean; version: number } }>(
      SET_INTEGRATED,
      { clientId: admitted.id, receiving: true, expectedVersion: 1 },
      tokens.counselor,
    );
    expect(res.data?.setIntegratedTreatment).toEqual({ id: admitted.id, receivingIntegratedTreatment: true, version: 2 });
    const stale = await t.gql(SET_INTEGRATED, { clientId: admitted.id, receiving: false, expectedVersion: 1 }, tokens.counselor);
    expect(codeOf(stale)).toBe('CONFLICT');
    const stored = await t.dataSource.getRepository(ClientEntity).findOneByOrFail({ id: admitted.id });
    expect(stored.receivingIntegratedTreatment).toBe(true);
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'Client', entityId: admitted.id, action: 'UPDATE' });
    expect(audit.fields).toEqual(['receivingIntegratedTreatment']);
  });
});
