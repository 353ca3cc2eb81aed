import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import { AuditAction, AuditEntityType, ClientStatus, DischargeReason, StaffRole, toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { ClientEntity } from '@carecircle/api/clients';
import type { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import { Factory, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import { CareTeamRole } from './care-team-role';

const ASSIGN = `mutation($input: AssignCareTeamMemberInput!) { assignCareTeamMember(input: $input) { id careTeam { role staff { id } } } }`;
const MOVE = `mutation($input: MoveCaseloadInput!) { moveCaseload(input: $input) }`;
const CASELOAD_OF = `query($staffId: ID!) { caseloadOf(staffId: $staffId) { id firstName lastName levelOfCare riskFlags { severity } } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { id } }`;
const HISTORY = `query($id: ID!) { client(id: $id) { careTeamHistory { role startedOn endedOn staff { id displayName } } } }`;

interface Problem {
  field: string;
  problem: string;
}
interface Row {
  staff_user_id: string;
  role: string;
  started_on: string;
  ended_on: string | null;
}

const today = (): IsoDate => toIsoDate(new Date());
const daysFromToday = (days: number): IsoDate => toIsoDate(addDays(new Date(), days));
const problemsOf = (res: GraphQLResponse<unknown>): Problem[] => (res.errors?.[0]?.extensions?.['problems'] as Problem[] | undefined) ?? [];
const reasonOf = (res: GraphQLResponse<unknown>): unknown => res.errors?.[0]?.extensions?.['reason'];

describe('reassigning care teams: assignCareTeamMember, moveCaseload, caseloadOf, careTeamHistory', () => {
  let t: TestApp;
  let f: Factory;
  let org: OrganizationEntity;
  let program: ProgramEntity;
  let supervisor: StaffUserEntity;
  let counselor: StaffUserEntity;
  let colleague: StaffUserEntity;
  let peer: StaffUserEntity;
  let otherPeer: StaffUserEntity;
  let peerElsewhere: StaffUserEntity;
  let otherTeamCounselor: StaffUserEntity;
  let inactiveCounselor: StaffUserEntity;
  let orgB: { supervisor: StaffUserEntity; counselor: StaffUserEntity; peer: StaffUserEntity; program: ProgramEntity };
  let tokens: Record<'supervisor' | 'counselor' | 'colleague' | 'peer' | 'admin' | 'supervisorB' | 'otherSupervisor', string>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const team = await f.team();
    ({ organization: org, program, supervisor, counselor, peer } = team);
    colleague = await f.staff(org.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Robin Colleague' });
    otherPeer = await f.staff(org.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id, displayName: 'Sam Peer' });
    peerElsewhere = await f.staff(org.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id, displayName: 'Kim Elsewhere' });
    await t.dataSource.query('DELETE FROM staff_program WHERE staff_user_id = $1', [peerElsewhere.id]);
    const otherSupervisor = await f.staff(org.id, StaffRole.SUPERVISOR);
    otherTeamCounselor = await f.staff(org.id, StaffRole.COUNSELOR, { supervisorId: otherSupervisor.id });
    inactiveCounselor = await f.staff(org.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id, active: false });
    const admin = await f.staff(org.id, StaffRole.ADMIN);
    orgB = await f.team();
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      supervisor: await loginAs(gql, supervisor.email),
      counselor: await loginAs(gql, counselor.email),
      colleague: await loginAs(gql, colleague.email),
      peer: await loginAs(gql, peer.email),
      admin: await loginAs(gql, admin.email),
      supervisorB: await loginAs(gql, orgB.supervisor.email),
      otherSupervisor: await loginAs(gql, otherSupervisor.email),
    };
  });
  afterAll(() => t.close());

  /** A client in care of `counselor` since their admission. */
  const clientOf = async (holder = counselor, overrides: Partial<ClientEntity> = {}): Promise<ClientEntity> => {
    const client = await f.client(holder.organizationId, holder.organizationId === org.id ? program.id : orgB.program.id, overrides);
    await f.assign(client, holder, CareTeamRole.COUNSELOR);
    return client;
  };
  const rowsOf = async (clientId: string): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT staff_user_id, role, started_on::text, ended_on::text FROM care_team_assignment WHERE client_id = $1 ORDER BY started_on, created_at`,
      [clientId],
    );
  const assign = (token: string, input: Record<string, unknown>, requestId?: string) => t.gql(ASSIGN, { input }, token, requestId);
  const counselorInput = (client: ClientEntity, staff: StaffUserEntity, effectiveOn = today()) => ({
    clientId: client.id,
    role: 'COUNSELOR',
    staffUserId: staff.id,
    effectiveOn,
  });
  const peerInput = (client: ClientEntity, staff: StaffUserEntity, effectiveOn = today()) => ({ ...counselorInput(client, staff, effectiveOn), role: 'PEER_SUPPORT' });

  describe('assignCareTeamMember', () => {
    it('hands the client to the new counselor from the effective day: the old assignment ends that day, both audited', async () => {
      const client = await clientOf();
      const requestId = `assign-${randomUUID()}`;
      const res = await assign(tokens.supervisor, counselorInput(client, colleague), requestId);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ assignCareTeamMember: { id: client.id, careTeam: [{ role: 'COUNSELOR', staff: { id: colleague.id } }] } });
      expect(await rowsOf(client.id)).toEqual([
        { staff_user_id: counselor.id, role: 'COUNSELOR', started_on: client.admissionDate, ended_on: today() },
        { staff_user_id: colleague.id, role: 'COUNSELOR', started_on: today(), ended_on: null },
      ]);
      const audit = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId, entityType: AuditEntityType.CARE_TEAM_ASSIGNMENT }, order: { id: 'ASC' } });
      expect(audit.map((a) => [a.action, a.fields, a.actorId])).toEqual([
        [AuditAction.UPDATE, ['endedOn'], supervisor.id],
        [AuditAction.CREATE, ['clientId', 'staffUserId', 'role', 'startedOn'], supervisor.id],
      ]);
    });

    it('takes the record away from the previous counselor and gives it to the new one', async () => {
      const client = await clientOf();
      expect((await t.gql(CLIENT, { id: client.id }, tokens.counselor)).errors).toBeUndefined();
      expect(codeOf(await t.gql(CLIENT, { id: client.id }, tokens.colleague))).toBe('NOT_FOUND');
      expect((await assign(tokens.supervisor, counselorInput(client, colleague))).errors).toBeUndefined();
      expect(codeOf(await t.gql(CLIENT, { id: client.id }, tokens.counselor))).toBe('NOT_FOUND');
      expect((await t.gql(CLIENT, { id: client.id }, tokens.colleague)).errors).toBeUndefined();
    });

    it('keeps the current counselor responsible until a handover scheduled ahead', async () => {
      const client = await clientOf();
      const handover = daysFromToday(14);
      expect((await assign(tokens.supervisor, counselorInput(client, colleague, handover))).errors).toBeUndefined();
      expect((await t.gql(CLIENT, { id: client.id }, tokens.counselor)).errors).toBeUndefined();
      expect(codeOf(await t.gql(CLIENT, { id: client.id }, tokens.colleague))).toBe('NOT_FOUND');
      const history = await t.gql<{ client: { careTeamHistory: Array<{ staff: { id: string }; startedOn: string; endedOn: string | null }> } }>(
        HISTORY,
        { id: client.id },
        tokens.supervisor,
      );
      expect(history.data?.client.careTeamHistory.map((h) => [h.staff.id, h.startedOn, h.endedOn])).toEqual([
        [colleague.id, handover, null],
        [counselor.id, client.admissionDate, handover],
      ]);
    });

    it('lets the supervisor take a client onto their own caseload', async () => {
      const client = await clientOf();
      expect((await assign(tokens.supervisor, counselorInput(client, supervisor))).errors).toBeUndefined();
      expect((await rowsOf(client.id)).filter((r) => r.ended_on === null).map((r) => r.staff_user_id)).toEqual([supervisor.id]);
    });

    it('assigns a peer worker of the client’s program, then changes them, keeping the counselor', async () => {
      const client = await clientOf();
      expect((await assign(tokens.supervisor, peerInput(client, peer, client.admissionDate))).errors).toBeUndefined();
      expect((await assign(tokens.supervisor, peerInput(client, otherPeer))).errors).toBeUndefined();
      expect(await rowsOf(client.id)).toEqual([
        { staff_user_id: counselor.id, role: 'COUNSELOR', started_on: client.admissionDate, ended_on: null },
        { staff_user_id: peer.id, role: 'PEER_SUPPORT', started_on: client.admissionDate, ended_on: today() },
        { staff_user_id: otherPeer.id, role: 'PEER_SUPPORT', started_on: today(), ended_on: null },
      ]);
      expect(codeOf(await t.gql(CLIENT, { id: client.id }, tokens.peer))).toBe('NOT_FOUND');
    });

    it('shows the care-team history newest first to counselor, supervisor and peer worker', async () => {
      const client = await clientOf();
      await f.assign(client, peer, CareTeamRole.PEER_SUPPORT, '2026-09-02');
      for (const token of [tokens.counselor, tokens.supervisor, tokens.peer]) {
        const res = await t.gql<{ client: { careTeamHistory: Array<{ role: string; staff: { id: string; displayName: string } }> } }>(
          HISTORY,
          { id: client.id },
          token,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data?.client.careTeamHistory.map((h) => [h.role, h.staff.id])).toEqual([
          ['PEER_SUPPORT', peer.id],
          ['COUNSELOR', counselor.id],
        ]);
        expect(res.data?.client.careTeamHistory[1]?.staff.displayName).toBe(counselor.displayName);
      }
    });

    it('refuses each bad assignment with a clear error and stable reason, changing nothing', async () => {
      const client = await clientOf();
      const before = await rowsOf(client.id);
      const cases: Array<[string, Record<string, unknown>, string, unknown, string | null]> = [
        ['unknown staff', { ...counselorInput(client, colleague), staffUserId: randomUUID() }, 'NOT_FOUND', undefined, null],
        ["another organization's counselor", counselorInput(client, orgB.counselor), 'NOT_FOUND', undefined, null],
        ["another organization's peer", peerInput(client, orgB.peer), 'NOT_FOUND', undefined, null],
        ['a deactivated counselor', counselorInput(client, inactiveCounselor), 'BAD_USER_INPUT', 'STAFF_INACTIVE', 'staffUserId'],
        ['a peer worker as counselor', counselorInput(client, peer), 'BAD_USER_INPUT', 'WRONG_ROLE', 'staffUserId'],
        ['a counselor as peer worker', peerInput(client, colleague), 'BAD_USER_INPUT', 'WRONG_ROLE', 'staffUserId'],
        ["another team's counselor", counselorInput(client, otherTeamCounselor), 'BAD_USER_INPUT', 'NOT_ON_YOUR_TEAM', 'staffUserId'],
        ['a peer outside the program', peerInput(client, peerElsewhere), 'BAD_USER_INPUT', 'PEER_NOT_IN_PROGRAM', 'staffUserId'],
        ['a day before admission', counselorInput(client, colleague, '2026-08-31'), 'BAD_USER_INPUT', undefined, 'effectiveOn'],
        ['more than 90 days ahead', counselorInput(client, colleague, daysFromToday(91)), 'BAD_USER_INPUT', undefined, 'effectiveOn'],
        ['a date that is not one', counselorInput(client, colleague, '2026-02-30'), 'BAD_USER_INPUT', undefined, 'effectiveOn'],
        ['the counselor already assigned', counselorInput(client, counselor), 'CONFLICT', 'ALREADY_ASSIGNED', null],
      ];
      for (const [name, input, code, reason, field] of cases) {
        const res = await assign(tokens.supervisor, input);
        expect([name, codeOf(res), reasonOf(res)]).toEqual([name, code, reason]);
        if (field) expect([name, problemsOf(res).map((p) => p.field)]).toEqual([name, [field]]);
        expect(res.errors?.[0]?.message.length).toBeGreaterThan(10);
      }
      expect(await rowsOf(client.id)).toEqual(before);
    });

    it('accepts up to 90 days ahead', async () => {
      const client = await clientOf();
      expect((await assign(tokens.supervisor, counselorInput(client, colleague, daysFromToday(90)))).errors).toBeUndefined();
    });

    it('refuses a day before the current assignment began', async () => {
      const client = await clientOf();
      await t.dataSource.query(`UPDATE care_team_assignment SET started_on = '2026-10-01' WHERE client_id = $1`, [client.id]);
      const before = await rowsOf(client.id);
      const res = await assign(tokens.supervisor, counselorInput(client, colleague, '2026-09-15'));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(problemsOf(res)).toEqual([{ field: 'effectiveOn', problem: 'effectiveOn cannot be before the current assignment began (2026-10-01)' }]);
      expect(await rowsOf(client.id)).toEqual(before);
    });

    it('refuses a discharged client with CONFLICT', async () => {
      const client = await clientOf(counselor, { status: ClientStatus.DISCHARGED, dischargeDate: today(), dischargeReason: DischargeReason.TREATMENT_COMPLETED });
      const before = await rowsOf(client.id);
      const res = await assign(tokens.supervisor, counselorInput(client, colleague));
      expect(codeOf(res)).toBe('CONFLICT');
      expect(await rowsOf(client.id)).toEqual(before);
    });

    it("answers NOT_FOUND for another organization's client and another team's client, changing nothing", async () => {
      const clientA = await clientOf();
      const beforeA = await rowsOf(clientA.id);
      expect(codeOf(await assign(tokens.supervisorB, counselorInput(clientA, orgB.counselor)))).toBe('NOT_FOUND');
      expect(codeOf(await assign(tokens.otherSupervisor, counselorInput(clientA, otherTeamCounselor)))).toBe('NOT_FOUND');
      expect(await rowsOf(clientA.id)).toEqual(beforeA);
      const clientB = await clientOf(orgB.counselor);
      const beforeB = await rowsOf(clientB.id);
      expect(codeOf(await assign(tokens.supervisor, counselorInput(clientB, colleague)))).toBe('NOT_FOUND');
      expect(await rowsOf(clientB.id)).toEqual(beforeB);
    });

    it('is for supervisors only: counselors, peer workers and administrators are FORBIDDEN', async () => {
      const client = await clientOf();
      const before = await rowsOf(client.id);
      for (const token of [tokens.counselor, tokens.peer, tokens.admin]) {
        const res = await assign(token, counselorInput(client, colleague));
        expect(codeOf(res)).toBe('FORBIDDEN');
      }
      expect(await rowsOf(client.id)).toEqual(before);
    });
  });

  describe('moveCaseload and caseloadOf', () => {
    let leaver: StaffUserEntity;
    let token: string;

    beforeEach(async () => {
      leaver = await f.staff(org.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: `Leaving ${randomUUID().slice(0, 6)}` });
      token = tokens.supervisor;
    });

    it("lists the person's current clients with level of care and risk flags, deactivated or not", async () => {
      const a = await clientOf(leaver, { lastName: 'Alvarez' });
      const b = await clientOf(leaver, { lastName: 'Brook' });
      await clientOf(colleague);
      await t.dataSource.query('UPDATE staff_user SET active = false WHERE id = $1', [leaver.id]);
      const res = await t.gql<{ caseloadOf: Array<{ id: string; levelOfCare: string; riskFlags: unknown[] }> }>(CASELOAD_OF, { staffId: leaver.id }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.caseloadOf.map((c) => c.id)).toEqual([a.id, b.id]);
      expect(res.data?.caseloadOf[0]?.levelOfCare).toBe('INTENSIVE_OUTPATIENT_2_1');
      expect(Array.isArray(res.data?.caseloadOf[0]?.riskFlags)).toBe(true);
    });

    it('moves the chosen clients in one step, audited, and leaves the rest', async () => {
      const a = await clientOf(leaver);
      const b = await clientOf(leaver);
      const c = await clientOf(leaver);
      const requestId = `move-${randomUUID()}`;
      const res = await t.gql(
        MOVE,
        { input: { fromStaffId: leaver.id, effectiveOn: today(), moves: [{ clientId: a.id, toStaffId: colleague.id }, { clientId: b.id, toStaffId: supervisor.id }] } },
        token,
        requestId,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ moveCaseload: 2 });
      const current = async (id: string) => (await rowsOf(id)).filter((r) => r.ended_on === null).map((r) => r.staff_user_id);
      expect(await current(a.id)).toEqual([colleague.id]);
      expect(await current(b.id)).toEqual([supervisor.id]);
      expect(await current(c.id)).toEqual([leaver.id]);
      const audit = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId, entityType: AuditEntityType.CARE_TEAM_ASSIGNMENT } });
      expect(audit.filter((r) => r.action === AuditAction.CREATE)).toHaveLength(2);
      expect(audit.filter((r) => r.action === AuditAction.UPDATE)).toHaveLength(2);
      const after = await t.gql<{ caseloadOf: Array<{ id: string }> }>(CASELOAD_OF, { staffId: leaver.id }, token);
      expect(after.data?.caseloadOf.map((x) => x.id)).toEqual([c.id]);
    });

    it("moves a peer worker's clients to another peer worker", async () => {
      const leavingPeer = await f.staff(org.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
      const a = await clientOf();
      await f.assign(a, leavingPeer, CareTeamRole.PEER_SUPPORT);
      const res = await t.gql(MOVE, { input: { fromStaffId: leavingPeer.id, effectiveOn: today(), moves: [{ clientId: a.id, toStaffId: otherPeer.id }] } }, token);
      expect(res.errors).toBeUndefined();
      expect((await rowsOf(a.id)).filter((r) => r.ended_on === null).map((r) => [r.role, r.staff_user_id])).toEqual([
        ['COUNSELOR', counselor.id],
        ['PEER_SUPPORT', otherPeer.id],
      ]);
    });

    it('moves nothing when any move is bad, naming each bad move', async () => {
      const a = await clientOf(leaver);
      const b = await clientOf(leaver);
      const notTheirs = await clientOf(colleague);
      const clientB = await clientOf(orgB.counselor);
      const snapshot = async () => [await rowsOf(a.id), await rowsOf(b.id), await rowsOf(notTheirs.id), await rowsOf(clientB.id)];
      const before = await snapshot();
      const res = await t.gql(
        MOVE,
        {
          input: {
            fromStaffId: leaver.id,
            effectiveOn: today(),
            moves: [
              { clientId: a.id, toStaffId: colleague.id },
              { clientId: b.id, toStaffId: peer.id },
              { clientId: notTheirs.id, toStaffId: colleague.id },
              { clientId: clientB.id, toStaffId: colleague.id },
              { clientId: b.id, toStaffId: inactiveCounselor.id },
              { clientId: randomUUID(), toStaffId: colleague.id },
            ],
          },
        },
        token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(problemsOf(res).map((p) => p.field)).toEqual(['moves.1.toStaffId', 'moves.2.clientId', 'moves.3.clientId', 'moves.4.clientId', 'moves.5.clientId']);
      expect(problemsOf(res)[0]?.problem).toMatch(/is not a counselor/);
      expect(await snapshot()).toEqual(before);
    });

    it('names bad destinations: deactivated, another team, another organization, unknown', async () => {
      const clients = await Promise.all([clientOf(leaver), clientOf(leaver), clientOf(leaver), clientOf(leaver)]);
      const destinations = [inactiveCounselor.id, otherTeamCounselor.id, orgB.counselor.id, randomUUID()];
      const res = await t.gql(
        MOVE,
        { input: { fromStaffId: leaver.id, effectiveOn: today(), moves: clients.map((c, i) => ({ clientId: c.id, toStaffId: destinations[i] })) } },
        token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const problems = problemsOf(res);
      expect(problems.map((p) => p.field)).toEqual(['moves.0.toStaffId', 'moves.1.toStaffId', 'moves.2.toStaffId', 'moves.3.toStaffId']);
      expect(problems[0]?.problem).toMatch(/deactivated/);
      expect(problems[1]?.problem).toMatch(/not on your team/);
      expect(problems[2]?.problem).toMatch(/not found/);
      for (const c of clients) expect((await rowsOf(c.id)).map((r) => r.staff_user_id)).toEqual([leaver.id]);
    });

    it('refuses a date too far ahead or before a client’s admission', async () => {
      const a = await clientOf(leaver);
      const far = await t.gql(MOVE, { input: { fromStaffId: leaver.id, effectiveOn: daysFromToday(91), moves: [{ clientId: a.id, toStaffId: colleague.id }] } }, token);
      expect(problemsOf(far).map((p) => p.field)).toEqual(['effectiveOn']);
      const early = await t.gql(MOVE, { input: { fromStaffId: leaver.id, effectiveOn: '2026-08-01', moves: [{ clientId: a.id, toStaffId: colleague.id }] } }, token);
      expect(problemsOf(early)).toEqual([
        { field: 'moves.0.clientId', problem: `${a.firstName} ${a.lastName}: effectiveOn cannot be before the admission date (2026-09-01)` },
      ]);
      expect((await rowsOf(a.id)).map((r) => r.staff_user_id)).toEqual([leaver.id]);
    });

    it("answers NOT_FOUND for a person who is not on the supervisor's team or in their organization", async () => {
      const a = await clientOf(leaver);
      for (const [who, staffId] of [
        ['other team', otherTeamCounselor.id],
        ['other organization', orgB.counselor.id],
        ['unknown', randomUUID()],
      ] as const) {
        expect([who, codeOf(await t.gql(CASELOAD_OF, { staffId }, token))]).toEqual([who, 'NOT_FOUND']);
        const res = await t.gql(MOVE, { input: { fromStaffId: staffId, effectiveOn: today(), moves: [{ clientId: a.id, toStaffId: colleague.id }] } }, token);
        expect([who, codeOf(res)]).toEqual([who, 'NOT_FOUND']);
      }
      expect(codeOf(await t.gql(CASELOAD_OF, { staffId: leaver.id }, tokens.supervisorB))).toBe('NOT_FOUND');
      const fromB = await t.gql(
        MOVE,
        { input: { fromStaffId: leaver.id, effectiveOn: today(), moves: [{ clientId: a.id, toStaffId: orgB.counselor.id }] } },
        tokens.supervisorB,
      );
      expect(codeOf(fromB)).toBe('NOT_FOUND');
      expect((await rowsOf(a.id)).map((r) => r.staff_user_id)).toEqual([leaver.id]);
    });

    it('is for supervisors only', async () => {
      const a = await clientOf(leaver);
      for (const who of ['counselor', 'peer', 'admin'] as const) {
        expect([who, codeOf(await t.gql(CASELOAD_OF, { staffId: leaver.id }, tokens[who]))]).toEqual([who, 'FORBIDDEN']);
        const res = await t.gql(MOVE, { input: { fromStaffId: leaver.id, effectiveOn: today(), moves: [{ clientId: a.id, toStaffId: colleague.id }] } }, tokens[who]);
        expect([who, codeOf(res)]).toEqual([who, 'FORBIDDEN']);
      }
      expect((await rowsOf(a.id)).map((r) => r.staff_user_id)).toEqual([leaver.id]);
    });
  });
});
