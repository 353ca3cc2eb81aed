import { DataSource } from 'typeorm';
import { addDays, parseISO } from 'date-fns';
import { CarePlanStatus, ClientStatus, DischargeReason, LevelOfCare, StaffRole, toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamRole } from '@carecircle/api/care-team';
import { CarePlanEntity } from '@carecircle/api/care-plans';
import type { ClientEntity } from '@carecircle/api/clients';
import { migrations } from '@carecircle/api/database';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const today = toIsoDate(new Date());
const daysFromToday = (n: number): IsoDate => toIsoDate(addDays(parseISO(today), n));

const CLIENT_FIELDS = `id status admissionDate dischargeDate dischargeReason levelOfCare version program { id }
  levelOfCareHistory { toLevel effectiveOn }
  episodes { id sequence program { id name } admissionDate levelOfCare status dischargeDate dischargeReason
             counselorAtDischarge { id displayName } levelOfCareHistory { fromLevel toLevel effectiveOn reason } }`;
const ADMIT = `mutation($input: AdmitClientInput!) { admitClient(input: $input) { ${CLIENT_FIELDS} } }`;
const DISCHARGE = `mutation($input: DischargeClientInput!) { dischargeClient(input: $input) { ${CLIENT_FIELDS} } }`;
const CHANGE_LEVEL = `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { ${CLIENT_FIELDS} } }`;
const READMIT = `mutation($input: ReadmitClientInput!) { readmitClient(input: $input) { ${CLIENT_FIELDS} } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`;
const DUPLICATES = `query($firstName: String!, $lastName: String!, $dateOfBirth: String!) {
  possibleDuplicateClients(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth) {
    clientId firstName lastName dateOfBirth status lastDischargeDate canOpen canReadmit version
  }
}`;
const RETENTION = `query($input: MetricsRangeInput!) { retention(input: $input) { rates { group days eligible retained } curves { clients } } }`;
const READMISSIONS = `query($input: MetricsRangeInput!) {
  readmissions(input: $input) {
    from to episodes
    overall { dischargeReason discharges eligibleWithin30Days readmittedWithin30Days rateWithin30Days eligibleWithin90Days readmittedWithin90Days rateWithin90Days }
    byDischargeReason { dischargeReason discharges eligibleWithin30Days readmittedWithin30Days rateWithin30Days eligibleWithin90Days readmittedWithin90Days rateWithin90Days }
  }
}`;
const OVERDUE = `{ carePlansOverdue(limit: 100) { id isOverdue client { id } } }`;

interface Episode {
  id: string;
  sequence: number;
  program: { id: string; name: string };
  admissionDate: string;
  levelOfCare: string;
  status: string;
  dischargeDate: string | null;
  dischargeReason: string | null;
  counselorAtDischarge: { id: string; displayName: string } | null;
  levelOfCareHistory: Array<{ fromLevel: string | null; toLevel: string; effectiveOn: string; reason: string | null }>;
}
interface ClientData {
  id: string;
  status: string;
  admissionDate: string;
  dischargeDate: string | null;
  dischargeReason: string | null;
  levelOfCare: string;
  version: number;
  program: { id: string };
  levelOfCareHistory: Array<{ toLevel: string; effectiveOn: string }>;
  episodes: Episode[];
}

describe('episodes of care: readmission, the duplicate check and episode metrics', () => {
  let t: TestApp;
  let f: Factory;
  let orgId: string;
  let programId: string;
  let otherProgramId: string;
  let otherOrg: { organizationId: string; programId: string; counselor: StaffUserEntity };
  let counselor: StaffUserEntity;
  let colleague: StaffUserEntity;
  let supervisor: StaffUserEntity;
  let peer: StaffUserEntity;
  let tokens: Record<'counselor' | 'colleague' | 'supervisor' | 'peer' | 'otherOrg', string>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const team = await f.team();
    orgId = team.organization.id;
    programId = team.program.id;
    ({ counselor, supervisor, peer } = team);
    colleague = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    otherProgramId = (
      await t.dataSource.query(`INSERT INTO program (organization_id, name, default_level_of_care) VALUES ($1, 'Residential', 'HIGH_INTENSITY_RESIDENTIAL_3_5') RETURNING id`, [
        orgId,
      ])
    )[0].id;
    const other = await f.team();
    otherOrg = { organizationId: other.organization.id, programId: other.program.id, counselor: other.counselor };
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      colleague: await loginAs(gql, colleague.email),
      supervisor: await loginAs(gql, supervisor.email),
      peer: await loginAs(gql, peer.email),
      otherOrg: await loginAs(gql, other.counselor.email),
    };
  });
  afterAll(() => t.close());

  let n = 0;
  const admit = async (overrides: Record<string, unknown> = {}, token = tokens.counselor): Promise<ClientData> => {
    const res = await t.gql<{ admitClient: ClientData }>(
      ADMIT,
      {
        input: {
          programId,
          firstName: 'Sam',
          lastName: `Episode${++n}`,
          dateOfBirth: '1985-06-15',
          levelOfCare: LevelOfCare.PARTIAL_HOSPITALIZATION_2_5,
          admissionDate: daysFromToday(-120),
          ...overrides,
        },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.admitClient;
  };
  const discharge = async (client: ClientData, dischargeDate: IsoDate, reason = DischargeReason.DROPPED_OUT, token = tokens.counselor) => {
    const res = await t.gql<{ dischargeClient: ClientData }>(DISCHARGE, { input: { clientId: client.id, expectedVersion: client.version, dischargeDate, reason } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.dischargeClient;
  };
  const readmission = (client: { id: string; version: number }, overrides: Record<string, unknown> = {}) => ({
    clientId: client.id,
    expectedVersion: client.version,
    programId: otherProgramId,
    levelOfCare: LevelOfCare.HIGH_INTENSITY_RESIDENTIAL_3_5,
    admissionDate: daysFromToday(-10),
    ...overrides,
  });
  /** Everything a refused readmission must leave as it was. */
  const snapshot = async (clientId: string) => ({
    client: await t.dataSource.query(`SELECT status, admission_date::text, discharge_date::text, program_id, level_of_care, version FROM client WHERE id = $1`, [clientId]),
    episodes: await t.dataSource.query(`SELECT id, sequence, status, discharge_date::text FROM episode_of_care WHERE client_id = $1 ORDER BY sequence`, [clientId]),
    levels: Number((await t.dataSource.query(`SELECT count(*) AS n FROM level_of_care_change WHERE client_id = $1`, [clientId]))[0].n),
    team: await t.dataSource.query(`SELECT staff_user_id, role, started_on::text, ended_on::text FROM care_team_assignment WHERE client_id = $1 ORDER BY started_on, role`, [clientId]),
  });

  it('admits with a peer worker and a check-in schedule, as episode 1', async () => {
    const admitted = await admit({ peerWorkerId: peer.id, checkInSchedule: 'DAILY' });
    expect(admitted.episodes).toEqual([
      expect.objectContaining({ sequence: 1, status: 'ACTIVE', admissionDate: daysFromToday(-120), levelOfCare: 'PARTIAL_HOSPITALIZATION_2_5', dischargeDate: null }),
    ]);
    const [row] = await t.dataSource.query(`SELECT check_in_schedule FROM client WHERE id = $1`, [admitted.id]);
    expect(row.check_in_schedule).toBe('DAILY');
    const team = await t.dataSource.query(`SELECT staff_user_id, role FROM care_team_assignment WHERE client_id = $1 ORDER BY role`, [admitted.id]);
    expect(team).toEqual([
      { staff_user_id: counselor.id, role: 'COUNSELOR' },
      { staff_user_id: peer.id, role: 'PEER_SUPPORT' },
    ]);
    const episodeAudit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'EpisodeOfCare', entityId: admitted.episodes[0]!.id, action: 'CREATE' });
    expect(episodeAudit.actorId).toBe(counselor.id);
  });

  it('refuses a peer worker who is not an active peer of the organization, and writes nothing', async () => {
    const before = Number((await t.dataSource.query('SELECT count(*) AS n FROM episode_of_care'))[0].n);
    for (const peerWorkerId of [colleague.id, otherOrg.counselor.id]) {
      const res = await t.gql(
        ADMIT,
        { input: { programId, firstName: 'No', lastName: 'Peer', dateOfBirth: '1980-01-01', levelOfCare: 'OUTPATIENT_1', admissionDate: today, peerWorkerId } },
        tokens.counselor,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['problems']).toEqual([expect.objectContaining({ field: 'peerWorkerId' })]);
    }
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM episode_of_care'))[0].n)).toBe(before);
  });

  it('readmits a discharged client as episode 2 on the same record, with episode 1 still readable', async () => {
    const admitted = await admit();
    const stepped = await t.gql<{ changeLevelOfCare: ClientData }>(
      CHANGE_LEVEL,
      { input: { clientId: admitted.id, expectedVersion: admitted.version, levelOfCare: 'INTENSIVE_OUTPATIENT_2_1', effectiveOn: daysFromToday(-100), reason: 'Stable' } },
      tokens.counselor,
    );
    expect(stepped.errors).toBeUndefined();
    const discharged = await discharge(stepped.data!.changeLevelOfCare, daysFromToday(-40));
    expect(discharged.episodes[0]).toMatchObject({
      status: 'DISCHARGED',
      levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
      dischargeDate: daysFromToday(-40),
      dischargeReason: 'DROPPED_OUT',
      counselorAtDischarge: { id: counselor.id, displayName: counselor.displayName },
    });

    const res = await t.gql<{ readmitClient: ClientData }>(READMIT, { input: readmission(discharged, { peerWorkerId: peer.id }) }, tokens.counselor);
    expect(res.errors).toBeUndefined();
    const client = res.data!.readmitClient;
    expect(client).toMatchObject({
      id: admitted.id,
      status: 'ACTIVE',
      admissionDate: daysFromToday(-10),
      dischargeDate: null,
      dischargeReason: null,
      levelOfCare: 'HIGH_INTENSITY_RESIDENTIAL_3_5',
      program: { id: otherProgramId },
      version: discharged.version + 1,
    });
    // The record's current history is the new episode's; each episode keeps its own.
    expect(client.levelOfCareHistory).toEqual([{ toLevel: 'HIGH_INTENSITY_RESIDENTIAL_3_5', effectiveOn: daysFromToday(-10) }]);
    expect(client.episodes.map((e) => [e.sequence, e.status, e.admissionDate, e.dischargeDate, e.program.id])).toEqual([
      [1, 'DISCHARGED', daysFromToday(-120), daysFromToday(-40), programId],
      [2, 'ACTIVE', daysFromToday(-10), null, otherProgramId],
    ]);
    expect(client.episodes[0]!.counselorAtDischarge?.id).toBe(counselor.id);
    expect(client.episodes[0]!.levelOfCareHistory.map((h) => [h.fromLevel, h.toLevel])).toEqual([
      [null, 'PARTIAL_HOSPITALIZATION_2_5'],
      ['PARTIAL_HOSPITALIZATION_2_5', 'INTENSIVE_OUTPATIENT_2_1'],
    ]);
    expect(client.episodes[1]!.levelOfCareHistory).toEqual([
      { fromLevel: null, toLevel: 'HIGH_INTENSITY_RESIDENTIAL_3_5', effectiveOn: daysFromToday(-10), reason: 'Readmission (episode 2)' },
    ]);

    const team = await t.dataSource.query(
      `SELECT staff_user_id, role, started_on::text AS started_on, ended_on::text AS ended_on FROM care_team_assignment WHERE client_id = $1 ORDER BY started_on, role`,
      [client.id],
    );
    expect(team).toEqual([
      { staff_user_id: counselor.id, role: 'COUNSELOR', started_on: daysFromToday(-120), ended_on: daysFromToday(-39) },
      { staff_user_id: counselor.id, role: 'COUNSELOR', started_on: daysFromToday(-10), ended_on: null },
      { staff_user_id: peer.id, role: 'PEER_SUPPORT', started_on: daysFromToday(-10), ended_on: null },
    ]);
    const audit = await t.dataSource.getRepository(AuditEventEntity).findBy({ entityType: 'EpisodeOfCare', entityId: client.episodes[1]!.id });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['CREATE', counselor.id]]);

    // Reading it back shows the same; a peer on the new team sees the episodes too.
    const read = await t.gql<{ client: ClientData }>(CLIENT, { id: client.id }, tokens.peer);
    expect(read.errors).toBeUndefined();
    expect(read.data!.client.episodes.map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('lets a colleague readmit a client someone else discharged, onto their own caseload', async () => {
    const discharged = await discharge(await admit(), daysFromToday(-60), DischargeReason.TREATMENT_COMPLETED);
    expect(codeOf(await t.gql(CLIENT, { id: discharged.id }, tokens.colleague))).toBe('NOT_FOUND');
    const res = await t.gql<{ readmitClient: ClientData }>(READMIT, { input: readmission(discharged) }, tokens.colleague);
    expect(res.errors).toBeUndefined();
    const read = await t.gql<{ client: ClientData }>(CLIENT, { id: discharged.id }, tokens.colleague);
    expect(read.data!.client.episodes.map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('lets a supervisor readmit naming a counselor on the team, and refuses one outside it', async () => {
    const discharged = await discharge(await admit(), daysFromToday(-60));
    const outside = await f.staff(orgId, StaffRole.COUNSELOR);
    const before = await snapshot(discharged.id);
    const refused = await t.gql(READMIT, { input: readmission(discharged, { counselorId: outside.id }) }, tokens.supervisor);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(await snapshot(discharged.id)).toEqual(before);
    const res = await t.gql<{ readmitClient: ClientData }>(READMIT, { input: readmission(discharged, { counselorId: colleague.id }) }, tokens.supervisor);
    expect(res.errors).toBeUndefined();
    const [row] = await t.dataSource.query(`SELECT staff_user_id FROM care_team_assignment WHERE client_id = $1 AND ended_on IS NULL`, [discharged.id]);
    expect(row.staff_user_id).toBe(colleague.id);
  });

  it('refuses to readmit a client still in treatment with CONFLICT, and changes nothing', async () => {
    const active = await admit();
    const before = await snapshot(active.id);
    const res = await t.gql(READMIT, { input: readmission(active) }, tokens.counselor);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('still in treatment');
    expect(await snapshot(active.id)).toEqual(before);
  });

  it('refuses to readmit twice: the second readmission finds the client in treatment', async () => {
    const discharged = await discharge(await admit(), daysFromToday(-30));
    const first = await t.gql<{ readmitClient: ClientData }>(READMIT, { input: readmission(discharged) }, tokens.counselor);
    expect(first.errors).toBeUndefined();
    const before = await snapshot(discharged.id);
    const again = await t.gql(READMIT, { input: readmission(first.data!.readmitClient) }, tokens.counselor);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await snapshot(discharged.id)).toEqual(before);
  });

  it('treats unknown ids and another organization’s client as not found, and changes nothing', async () => {
    const discharged = await discharge(await admit(), daysFromToday(-30));
    const before = await snapshot(discharged.id);
    expect(codeOf(await t.gql(READMIT, { input: readmission({ id: '00000000-0000-4000-8000-000000000000', version: 1 }) }, tokens.counselor))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(READMIT, { input: readmission(discharged) }, tokens.otherOrg))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(READMIT, { input: readmission(discharged, { programId: otherOrg.programId }) }, tokens.counselor))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(READMIT, { input: readmission(discharged) }, tokens.peer))).toBe('FORBIDDEN');
    expect(await snapshot(discharged.id)).toEqual(before);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const discharged = await discharge(await admit(), daysFromToday(-30));
    const before = await snapshot(discharged.id);
    expect(codeOf(await t.gql(READMIT, { input: readmission({ id: discharged.id, version: discharged.version - 1 }) }, tokens.counselor))).toBe('CONFLICT');
    expect(await snapshot(discharged.id)).toEqual(before);
  });

  it('refuses an admission date before the last discharge or in the future with BAD_USER_INPUT on admissionDate', async () => {
    const discharged = await discharge(await admit(), daysFromToday(-30));
    const before = await snapshot(discharged.id);
    for (const [admissionDate, problem] of [
      [daysFromToday(-31), `admissionDate cannot be before the last discharge (${daysFromToday(-30)})`],
      [daysFromToday(1), 'admissionDate cannot be in the future'],
    ] as const) {
      const res = await t.gql(READMIT, { input: readmission(discharged, { admissionDate }) }, tokens.counselor);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'admissionDate', problem }]);
    }
    const malformed = await t.gql(READMIT, { input: readmission(discharged, { admissionDate: '2026-02-30' }) }, tokens.counselor);
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(await snapshot(discharged.id)).toEqual(before);
    // The day of the last discharge itself is allowed.
    const sameDay = await t.gql(READMIT, { input: readmission(discharged, { admissionDate: daysFromToday(-30) }) }, tokens.counselor);
    expect(sameDay.errors).toBeUndefined();
    // The earlier team hands over that day: one current counselor, not the same name twice.
    const team = await t.gql<{ client: { careTeam: Array<{ role: string }> } }>(
      `query ($id: ID!) { client(id: $id) { careTeam { role } } }`,
      { id: discharged.id },
      tokens.counselor,
    );
    expect(team.data!.client.careTeam.filter((member) => member.role === 'COUNSELOR')).toHaveLength(1);
  });

  it('refuses to readmit a client whose last episode ended with their death', async () => {
    const deceased = await discharge(await admit(), daysFromToday(-30), DischargeReason.DEATH);
    const before = await snapshot(deceased.id);
    expect(codeOf(await t.gql(READMIT, { input: readmission(deceased) }, tokens.counselor))).toBe('CONFLICT');
    expect(await snapshot(deceased.id)).toEqual(before);
  });

  it('finds possible duplicates by date of birth and names, says who may open and readmit, and records each read', async () => {
    const mine = await admit({ firstName: 'Mary Ann', lastName: 'Okonkwo-Duplicate', dateOfBirth: '1979-03-09' });
    const gone = await discharge(await admit({ firstName: 'Mary  Ann', lastName: 'okonkwo-duplicate', dateOfBirth: '1979-03-09' }), daysFromToday(-20));
    await admit({ firstName: 'Mary Ann', lastName: 'Okonkwo-Duplicate', dateOfBirth: '1979-03-10' });
    const args = { firstName: '  mary ann ', lastName: 'OKONKWO-DUPLICATE', dateOfBirth: '1979-03-09' };

    const requestId = `dup-${Date.now()}`;
    const res = await t.gql<{ possibleDuplicateClients: Array<Record<string, unknown>> }>(DUPLICATES, args, tokens.colleague, requestId);
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.possibleDuplicateClients.map((d) => [d.clientId, d]));
    expect([...byId.keys()].sort()).toEqual([mine.id, gone.id].sort());
    expect(byId.get(gone.id)).toMatchObject({ status: 'DISCHARGED', lastDischargeDate: daysFromToday(-20), canOpen: false, canReadmit: true, version: gone.version });
    expect(byId.get(mine.id)).toMatchObject({ status: 'ACTIVE', lastDischargeDate: null, canOpen: false, canReadmit: false });
    const reads = await t.dataSource.getRepository(AuditEventEntity).findBy({ requestId, action: 'READ', entityType: 'Client' });
    expect(reads.map((r) => r.entityId).sort()).toEqual([mine.id, gone.id].sort());

    // The match carries what readmitClient needs: the colleague readmits the client straight from it.
    const match = byId.get(gone.id) as { clientId: string; version: number };
    const readmitted = await t.gql(READMIT, { input: readmission({ id: match.clientId, version: match.version }) }, tokens.colleague);
    expect(readmitted.errors).toBeUndefined();

    // The first counselor still holds one; the other is now in treatment with the colleague.
    const own = await t.gql<{ possibleDuplicateClients: Array<{ clientId: string; canOpen: boolean; canReadmit: boolean; status: string }> }>(
      DUPLICATES,
      args,
      tokens.counselor,
    );
    const ownById = new Map(own.data!.possibleDuplicateClients.map((d) => [d.clientId, d]));
    expect(ownById.get(mine.id)).toMatchObject({ canOpen: true, canReadmit: false });
    expect(ownById.get(gone.id)).toMatchObject({ status: 'ACTIVE', canOpen: false, canReadmit: false });
    const elsewhere = await t.gql<{ possibleDuplicateClients: unknown[] }>(DUPLICATES, args, tokens.otherOrg);
    expect(elsewhere.data!.possibleDuplicateClients).toEqual([]);
    expect(codeOf(await t.gql(DUPLICATES, args, tokens.peer))).toBe('FORBIDDEN');
  });

  it('drops a discharged client’s plan from carePlansOverdue', async () => {
    const stillIn = await admit();
    const gone = await discharge(await admit(), daysFromToday(-5));
    const plan = (clientId: string) =>
      t.dataSource.getRepository(CarePlanEntity).save({
        organizationId: orgId,
        clientId,
        planVersion: 1,
        status: CarePlanStatus.ACTIVE,
        content: { problems: [] },
        basedOnPlanId: null,
        createdById: counselor.id,
        updatedById: counselor.id,
        signedAt: new Date(),
        signedById: supervisor.id,
        reviewDueOn: daysFromToday(-20),
      });
    const overduePlan = await plan(stillIn.id);
    const closedPlan = await plan(gone.id);
    const [attached] = await t.dataSource.query(`SELECT e.sequence FROM care_plan p JOIN episode_of_care e ON e.id = p.episode_id WHERE p.id = $1`, [closedPlan.id]);
    expect(attached.sequence).toBe(1);

    const res = await t.gql<{ carePlansOverdue: Array<{ id: string; isOverdue: boolean }> }>(OVERDUE, {}, tokens.counselor);
    expect(res.errors).toBeUndefined();
    const ids = res.data!.carePlansOverdue.map((p) => p.id);
    expect(ids).toContain(overduePlan.id);
    expect(ids).not.toContain(closedPlan.id);
    const record = await t.gql<{ client: { currentCarePlan: { isOverdue: boolean } | null } }>(`query($id: ID!) { client(id: $id) { currentCarePlan { isOverdue } } }`, { id: gone.id }, tokens.counselor);
    expect(record.data!.client.currentCarePlan?.isOverdue).toBe(false);
  });

  describe('metrics over episodes', () => {
    let metricsToken: string;
    beforeAll(async () => {
      // A counselor of their own, so earlier tests' clients stay out of the numbers.
      const sup = await f.staff(orgId, StaffRole.SUPERVISOR);
      const own = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: sup.id });
      metricsToken = await loginAs((q, v) => t.gql(q, v), own.email);
      const client = async (admitted: number, discharged: number | null, reason: DischargeReason | null): Promise<ClientEntity> => {
        const c = await f.client(orgId, programId, {
          admissionDate: daysFromToday(-admitted),
          status: discharged === null ? ClientStatus.ACTIVE : ClientStatus.DISCHARGED,
          dischargeDate: discharged === null ? null : daysFromToday(-discharged),
          dischargeReason: reason,
        });
        await f.assign(c, own, CareTeamRole.COUNSELOR, c.admissionDate, discharged === null ? null : daysFromToday(-discharged + 1));
        return c;
      };
      const readmit = async (c: ClientEntity, admitted: number) => {
        const version = (await t.dataSource.query(`SELECT version FROM client WHERE id = $1`, [c.id]))[0].version;
        const res = await t.gql(READMIT, { input: { clientId: c.id, expectedVersion: version, programId, levelOfCare: 'OUTPATIENT_1', admissionDate: daysFromToday(-admitted) } }, metricsToken);
        expect(res.errors).toBeUndefined();
      };
      // Discharged 200 days ago after 10 days (dropped out), back 20 days later and still in care.
      await readmit(await client(210, 200, DischargeReason.DROPPED_OUT), 180);
      // Completed 150 days ago, back 60 days later and still in care.
      await readmit(await client(250, 150, DischargeReason.TREATMENT_COMPLETED), 90);
      // Dropped out 120 days ago and never came back.
      await client(130, 120, DischargeReason.DROPPED_OUT);
      // Completed 10 days ago: outcome at 30 days not known yet.
      await client(100, 10, DischargeReason.TREATMENT_COMPLETED);
    });

    const range = (episodes?: string) => ({ from: daysFromToday(-365), to: today, ...(episodes ? { episodes } : {}) });

    it('counts retention per episode: FIRST_ONLY leaves the readmissions out', async () => {
      const all = await t.gql<{ retention: { rates: Array<{ days: number; eligible: number; retained: number }>; curves: Array<{ clients: number }> } }>(
        RETENTION,
        { input: range() },
        metricsToken,
      );
      const first = await t.gql<typeof all.data>(RETENTION, { input: range('FIRST_ONLY') }, metricsToken);
      expect(all.errors).toBeUndefined();
      expect(first.errors).toBeUndefined();
      const at30 = (data: typeof all.data) => data!.retention.rates.find((r) => r.days === 30);
      // ALL: 6 episodes (4 first + 2 readmissions), all begun 90+ days ago; FIRST_ONLY: the 4 first.
      expect(at30(all.data)).toMatchObject({ eligible: 6, retained: 4 });
      expect(at30(first.data)).toMatchObject({ eligible: 4, retained: 2 });
      expect(all.data!.retention.curves[0]!.clients).toBe(6);
      expect(first.data!.retention.curves[0]!.clients).toBe(4);
    });

    it('reports readmission within 30 and 90 days of discharge, overall and by reason', async () => {
      const res = await t.gql<{ readmissions: Record<string, any> }>(READMISSIONS, { input: range() }, metricsToken);
      expect(res.errors).toBeUndefined();
      const report = res.data!.readmissions;
      expect(report.episodes).toBe('ALL');
      expect(report.overall).toEqual({
        dischargeReason: null,
        discharges: 4,
        eligibleWithin30Days: 3,
        readmittedWithin30Days: 1,
        rateWithin30Days: 1 / 3,
        eligibleWithin90Days: 3,
        readmittedWithin90Days: 2,
        rateWithin90Days: 2 / 3,
      });
      const byReason = new Map(report.byDischargeReason.map((r: { dischargeReason: string }) => [r.dischargeReason, r]));
      expect(byReason.get('DROPPED_OUT')).toMatchObject({ discharges: 2, eligibleWithin30Days: 2, readmittedWithin30Days: 1, rateWithin30Days: 0.5 });
      expect(byReason.get('TREATMENT_COMPLETED')).toMatchObject({
        discharges: 2,
        eligibleWithin30Days: 1,
        readmittedWithin30Days: 0,
        eligibleWithin90Days: 1,
        readmittedWithin90Days: 1,
        rateWithin90Days: 1,
      });
      const read = await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'READ_METRICS' AND entity_id = 'readmissions'`);
      expect(read.length).toBeGreaterThan(0);
    });

    it('leaves a counselor outside the scope with no discharges to count', async () => {
      const res = await t.gql<{ readmissions: { overall: { discharges: number } } }>(READMISSIONS, { input: range() }, tokens.otherOrg);
      expect(res.data!.readmissions.overall.discharges).toBe(0);
    });
  });
});

describe('the episodes-of-care migration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('moves each existing client into one episode, attaching its level-of-care changes and plans, losing nothing', async () => {
    const migration = migrations.map((M) => new M()).find((m) => m.name === 'EpisodesOfCare1764500000000')!;
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    // Migrations change the schema, which only its owner may do (the app connects as carecircle_app).
    const owner = await new DataSource({ type: 'postgres', url: t.ownerUrl }).initialize();
    const runner = owner.createQueryRunner();
    try {
      await migration.down(runner);
      const insertClient = async (status: string, discharge: [string, string] | null) =>
        (
          await runner.query(
            `INSERT INTO client (organization_id, program_id, first_name, last_name, date_of_birth, level_of_care, status, admission_date, discharge_date, discharge_reason, version)
             VALUES ($1, $2, 'Before', 'Episodes', '1970-01-01', 'OUTPATIENT_1', $3, '2026-01-05', $4, $5, 3) RETURNING id`,
            [organization.id, program.id, status, discharge?.[0] ?? null, discharge?.[1] ?? null],
          )
        )[0].id as string;
      const active = await insertClient('ACTIVE', null);
      const gone = await insertClient('DISCHARGED', ['2026-03-01', 'TREATMENT_COMPLETED']);
      await runner.query(
        `INSERT INTO care_team_assignment (organization_id, client_id, staff_user_id, role, started_on, ended_on) VALUES ($1, $2, $3, 'COUNSELOR', '2026-01-05', '2026-03-02')`,
        [organization.id, gone, counselor.id],
      );
      for (const clientId of [active, gone]) {
        await runner.query(
          `INSERT INTO level_of_care_change (organization_id, client_id, from_level, to_level, effective_on, reason, changed_by_id)
           VALUES ($1, $2, NULL, 'OUTPATIENT_1', '2026-01-05', 'Admission', $3)`,
          [organization.id, clientId, counselor.id],
        );
      }
      await runner.query(
        `INSERT INTO care_plan (organization_id, client_id, plan_version, status, content, created_by_id, updated_by_id, version)
         VALUES ($1, $2, 1, 'DRAFT', '{"problems": []}', $3, $3, 1)`,
        [organization.id, gone, counselor.id],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
      await owner.destroy();
    }
    const episodes = await t.dataSource.query(
      `SELECT client_id, sequence, status, admission_date::text, discharge_date::text, discharge_reason, counselor_at_discharge_id, level_of_care
       FROM episode_of_care WHERE organization_id = $1 ORDER BY status`,
      [organization.id],
    );
    expect(episodes).toEqual([
      expect.objectContaining({ sequence: 1, status: 'ACTIVE', admission_date: '2026-01-05', discharge_date: null, counselor_at_discharge_id: null }),
      expect.objectContaining({
        sequence: 1,
        status: 'DISCHARGED',
        discharge_date: '2026-03-01',
        discharge_reason: 'TREATMENT_COMPLETED',
        counselor_at_discharge_id: counselor.id,
        level_of_care: 'OUTPATIENT_1',
      }),
    ]);
    const orphans = await t.dataSource.query(
      `SELECT 'loc' AS t FROM level_of_care_change l JOIN episode_of_care e ON e.id = l.episode_id WHERE l.client_id <> e.client_id
       UNION ALL SELECT 'plan' FROM care_plan p JOIN episode_of_care e ON e.id = p.episode_id WHERE p.client_id <> e.client_id`,
    );
    expect(orphans).toEqual([]);
    const attached = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM level_of_care_change WHERE organization_id = $1)::int AS levels, (SELECT count(*) FROM care_plan WHERE organization_id = $1)::int AS plans`,
      [organization.id],
    );
    expect(attached).toEqual([{ levels: 2, plans: 1 }]);
    // The client rows themselves are untouched.
    const clients = await t.dataSource.query(`SELECT version FROM client WHERE organization_id = $1`, [organization.id]);
    expect(clients).toEqual([{ version: 3 }, { version: 3 }]);
  });

  it('gives a client inserted without one its first episode, and refuses a second open episode', async () => {
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const client = await f.client(organization.id, program.id, { admissionDate: '2026-02-01' });
    const [episode] = await t.dataSource.query(`SELECT sequence, status, admission_date::text FROM episode_of_care WHERE client_id = $1`, [client.id]);
    expect(episode).toEqual({ sequence: 1, status: 'ACTIVE', admission_date: '2026-02-01' });
    await expect(
      t.dataSource.query(
        `INSERT INTO episode_of_care (organization_id, client_id, sequence, program_id, admission_date, level_of_care, status)
         VALUES ($1, $2, 2, $3, '2026-03-01', 'OUTPATIENT_1', 'ACTIVE')`,
        [organization.id, client.id, program.id],
      ),
    ).rejects.toThrow(/episode_of_care_one_open_per_client/);
  });
});
