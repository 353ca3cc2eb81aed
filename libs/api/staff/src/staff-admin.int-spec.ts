import { randomUUID } from 'node:crypto';
import { CareTeamRole, ClientStatus, DischargeReason, LevelOfCare, StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, TEST_PASSWORD, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';

const ACCOUNT = `id displayName email role supervisor { id displayName } programs { id name } status lastSignedInAt
  requiresCosignature openCaseloadSize clientsNeedingReassignment`;
const LIST = `{ staffMembers { ${ACCOUNT} } }`;
const INVITE = `mutation($input: InviteStaffMemberInput!) { inviteStaffMember(input: $input) { staffMember { ${ACCOUNT} } setupLink { path expiresAt purpose } } }`;
const UPDATE = `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { ${ACCOUNT} } }`;
const DEACTIVATE = `mutation($staffId: ID!) { deactivateStaffMember(staffId: $staffId) { ${ACCOUNT} } }`;
const REACTIVATE = `mutation($staffId: ID!) { reactivateStaffMember(staffId: $staffId) { ${ACCOUNT} } }`;
const RESET = `mutation($staffId: ID!) { issuePasswordResetLink(staffId: $staffId) { path expiresAt purpose } }`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

interface Account {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
  supervisor: { id: string; displayName: string } | null;
  programs: Array<{ id: string; name: string }>;
  status: 'ACTIVE' | 'INVITED' | 'DEACTIVATED';
  lastSignedInAt: string | null;
  requiresCosignature: boolean;
  openCaseloadSize: number;
  clientsNeedingReassignment: number;
}
interface SetupLink {
  path: string;
  expiresAt: string;
  purpose: 'INVITE' | 'PASSWORD_RESET';
}
interface Problem {
  field: string;
  problem: string;
}

const problemsOf = (res: GraphQLResponse<unknown>): Problem[] => (res.errors?.[0]?.extensions?.['problems'] as Problem[] | undefined) ?? [];
const reasonOf = (res: GraphQLResponse<unknown>): unknown => res.errors?.[0]?.extensions?.['reason'];
const hoursFromNow = (iso: string): number => (new Date(iso).getTime() - Date.now()) / 3_600_000;

describe('staff administration', () => {
  let t: TestApp;
  let f: Factory;
  let orgA: string;
  let programA: ProgramEntity;
  let cosignProgram: ProgramEntity;
  let adminA: StaffUserEntity;
  let secondAdmin: StaffUserEntity;
  let supervisor: StaffUserEntity;
  let counselor: StaffUserEntity;
  let peer: StaffUserEntity;
  let adminToken: string;
  let orgB: string;
  let programB: ProgramEntity;
  let adminB: StaffUserEntity;
  let supervisorB: StaffUserEntity;
  let adminBToken: string;

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token = adminToken) => t.gql<T>(query, variables, token);

  /** Everything an administration mutation could change, to prove a refusal changed nothing. */
  async function snapshot(): Promise<unknown> {
    const staff = await t.dataSource.query(
      'SELECT id, email, display_name, role, supervisor_id, active, requires_cosignature, password_hash, updated_at FROM staff_user ORDER BY id',
    );
    const programs = await t.dataSource.query('SELECT staff_user_id, program_id FROM staff_program ORDER BY staff_user_id, program_id');
    const links = await t.dataSource.query('SELECT id, used_at, voided_at FROM account_setup_token ORDER BY id');
    return { staff, programs, links };
  }

  async function expectRefused(res: GraphQLResponse<unknown>, before: unknown, code: string, reason?: string): Promise<void> {
    expect(codeOf(res)).toBe(code);
    if (reason) expect(reasonOf(res)).toBe(reason);
    expect(res.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
  }

  const inviteInput = (overrides: Record<string, unknown> = {}) => ({
    displayName: 'Robin Invited',
    email: `robin.${randomUUID().slice(0, 8)}@test.example`,
    role: StaffRole.COUNSELOR,
    supervisorId: supervisor.id,
    programIds: [programA.id],
    ...overrides,
  });

  const updateInput = (member: StaffUserEntity, overrides: Record<string, unknown> = {}) => ({
    staffId: member.id,
    role: member.role,
    supervisorId: member.supervisorId,
    programIds: [programA.id],
    requiresCosignature: member.requiresCosignature,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const team = await f.team();
    orgA = team.organization.id;
    programA = team.program;
    ({ supervisor, counselor, peer } = team);
    cosignProgram = await t.dataSource.getRepository(ProgramEntity).save({
      organizationId: orgA,
      name: 'Residential',
      defaultLevelOfCare: LevelOfCare.HIGH_INTENSITY_RESIDENTIAL_3_5,
      notesRequireCosignature: true,
    });
    adminA = await f.staff(orgA, StaffRole.ADMIN, { displayName: 'Ada Admin' });
    secondAdmin = await f.staff(orgA, StaffRole.ADMIN, { displayName: 'Bea Backup Admin' });
    adminToken = await loginAs((q, v) => t.gql(q, v), adminA.email);

    const other = await f.organization('Other Org');
    orgB = other.organization.id;
    programB = other.program;
    adminB = await f.staff(orgB, StaffRole.ADMIN);
    supervisorB = await f.staff(orgB, StaffRole.SUPERVISOR);
    adminBToken = await loginAs((q, v) => t.gql(q, v), adminB.email);
  });
  afterAll(() => t.close());

  describe('the staff list', () => {
    it("lists the organization's staff with supervisor, programs, status, last sign-in and open caseload", async () => {
      const open = await f.client(orgA, programA.id);
      const onHold = await f.client(orgA, programA.id, { status: ClientStatus.ON_HOLD });
      const discharged = await f.client(orgA, programA.id, {
        status: ClientStatus.DISCHARGED,
        dischargeDate: '2026-10-01',
        dischargeReason: DischargeReason.TREATMENT_COMPLETED,
      });
      const handedOver = await f.client(orgA, programA.id);
      await f.assign(open, counselor, CareTeamRole.COUNSELOR);
      await f.assign(onHold, counselor, CareTeamRole.COUNSELOR);
      await f.assign(discharged, counselor, CareTeamRole.COUNSELOR);
      await f.assign(handedOver, counselor, CareTeamRole.COUNSELOR, '2026-09-01', '2026-09-15');
      await f.assign(open, peer, CareTeamRole.PEER_SUPPORT);

      const res = await gql<{ staffMembers: Account[] }>(LIST);
      expect(res.errors).toBeUndefined();
      const byId = new Map(res.data!.staffMembers.map((a) => [a.id, a]));
      expect(byId.get(counselor.id)).toMatchObject({
        email: counselor.email,
        role: 'COUNSELOR',
        supervisor: { id: supervisor.id, displayName: supervisor.displayName },
        status: 'ACTIVE',
        openCaseloadSize: 2,
        clientsNeedingReassignment: 0,
        requiresCosignature: false,
      });
      // The factory puts staff in every program the organization had when they were made.
      expect(byId.get(counselor.id)!.programs).toEqual([{ id: programA.id, name: programA.name }]);
      expect(byId.get(peer.id)!.openCaseloadSize).toBe(1);
      expect(byId.get(supervisor.id)).toMatchObject({ supervisor: null, openCaseloadSize: 0 });
      // Signing in is recorded.
      expect(byId.get(adminA.id)!.lastSignedInAt).not.toBeNull();
      expect(byId.get(secondAdmin.id)!.lastSignedInAt).toBeNull();
    });

    it("shows none of another organization's staff", async () => {
      const res = await gql<{ staffMembers: Account[] }>(LIST, {}, adminBToken);
      const ids = res.data!.staffMembers.map((a) => a.id);
      expect(ids).toEqual(expect.arrayContaining([adminB.id, supervisorB.id]));
      for (const id of [adminA.id, supervisor.id, counselor.id, peer.id]) expect(ids).not.toContain(id);
    });

    it('costs the same number of SQL statements however many staff there are', async () => {
      const count = async () => {
        t.queries.reset();
        const res = await gql<{ staffMembers: Account[] }>(LIST);
        expect(res.errors).toBeUndefined();
        return t.queries.total;
      };
      const before = await count();
      for (let i = 0; i < 5; i++) await f.staff(orgA, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
      expect(await count()).toBe(before);
      // auth (1) + accounts (1) + programs (1)
      expect(before).toBe(3);
    });
  });

  describe('inviting', () => {
    it('creates an account nobody can sign in to yet, in the chosen programs, and a one-time link valid 7 days', async () => {
      const input = inviteInput({ email: `Casey.NEW.${randomUUID().slice(0, 6)}@Test.Example` });
      const res = await gql<{ inviteStaffMember: { staffMember: Account; setupLink: SetupLink } }>(INVITE, { input }, adminToken);
      expect(res.errors).toBeUndefined();
      const { staffMember, setupLink } = res.data!.inviteStaffMember;
      expect(staffMember).toMatchObject({
        displayName: 'Robin Invited',
        email: input.email.toLowerCase(),
        role: 'COUNSELOR',
        supervisor: { id: supervisor.id },
        programs: [{ id: programA.id, name: programA.name }],
        status: 'INVITED',
        lastSignedInAt: null,
        requiresCosignature: false,
        openCaseloadSize: 0,
      });
      expect(setupLink.purpose).toBe('INVITE');
      expect(setupLink.path).toMatch(/^\/account-setup\/[A-Za-z0-9_-]{43}$/);
      expect(hoursFromNow(setupLink.expiresAt)).toBeGreaterThan(7 * 24 - 1);
      expect(hoursFromNow(setupLink.expiresAt)).toBeLessThanOrEqual(7 * 24);

      // Only a hash of the token is kept.
      const token = setupLink.path.split('/').pop()!;
      const [stored] = await t.dataSource.query('SELECT token_hash, staff_user_id, created_by_id FROM account_setup_token WHERE staff_user_id = $1', [
        staffMember.id,
      ]);
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.token_hash).not.toContain(token);
      expect(stored.created_by_id).toBe(adminA.id);
      expect(codeOf(await t.gql(LOGIN, { input: { email: input.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');

      const audit = await t.dataSource.getRepository(AuditEventEntity).find({ where: { actorId: adminA.id, action: 'CREATE' as never } });
      expect(audit.map((row) => [row.entityType, row.entityId === staffMember.id])).toEqual(
        expect.arrayContaining([
          ['StaffUser', true],
          ['AccountSetupLink', false],
        ]),
      );
    });

    it("makes a counselor's notes need co-signature in a program that asks for it, unless told otherwise", async () => {
      const inCosign = await gql<{ inviteStaffMember: { staffMember: Account } }>(INVITE, { input: inviteInput({ programIds: [programA.id, cosignProgram.id] }) });
      expect(inCosign.data?.inviteStaffMember.staffMember.requiresCosignature).toBe(true);
      expect(inCosign.data?.inviteStaffMember.staffMember.programs.map((p) => p.name)).toEqual(['Intensive Outpatient', 'Residential']);
      const toldNo = await gql<{ inviteStaffMember: { staffMember: Account } }>(INVITE, {
        input: inviteInput({ programIds: [cosignProgram.id], requiresCosignature: false }),
      });
      expect(toldNo.data?.inviteStaffMember.staffMember.requiresCosignature).toBe(false);
      const peerWorker = await gql<{ inviteStaffMember: { staffMember: Account } }>(INVITE, {
        input: inviteInput({ role: StaffRole.PEER_SUPPORT, programIds: [cosignProgram.id] }),
      });
      expect(peerWorker.data?.inviteStaffMember.staffMember.requiresCosignature).toBe(false);
    });

    it('refuses an email already in use, whatever its case and whichever organization has it, naming the field', async () => {
      for (const email of [counselor.email.toUpperCase(), `  ${adminB.email}  `]) {
        const before = await snapshot();
        const res = await gql(INVITE, { input: inviteInput({ email }) });
        await expectRefused(res, before, 'BAD_USER_INPUT', 'EMAIL_TAKEN');
        expect(problemsOf(res)).toEqual([{ field: 'email', problem: expect.stringContaining('is already in use by another CareCircle account') }]);
      }
    });

    it('refuses an unknown supervisor or program, or one of another organization, as not found', async () => {
      for (const overrides of [
        { supervisorId: randomUUID() },
        { supervisorId: supervisorB.id },
        { programIds: [programA.id, randomUUID()] },
        { programIds: [programB.id] },
      ]) {
        const before = await snapshot();
        await expectRefused(await gql(INVITE, { input: inviteInput(overrides) }), before, 'NOT_FOUND');
      }
    });

    it('refuses a supervisor who is not an active clinical supervisor', async () => {
      const leaver = await f.staff(orgA, StaffRole.SUPERVISOR, { active: false });
      for (const supervisorId of [counselor.id, leaver.id]) {
        const before = await snapshot();
        const res = await gql(INVITE, { input: inviteInput({ supervisorId }) });
        await expectRefused(res, before, 'BAD_USER_INPUT', 'WRONG_ROLE');
        expect(problemsOf(res)[0]?.field).toBe('supervisorId');
      }
    });

    it('refuses a counselor or peer worker with no program, an empty name or a malformed email, naming the field', async () => {
      for (const role of [StaffRole.COUNSELOR, StaffRole.PEER_SUPPORT]) {
        const before = await snapshot();
        const res = await gql(INVITE, { input: inviteInput({ role, programIds: [] }) });
        await expectRefused(res, before, 'BAD_USER_INPUT');
        expect(problemsOf(res)).toEqual([{ field: 'programIds', problem: expect.stringContaining('at least one program') }]);
      }
      const before = await snapshot();
      const res = await gql(INVITE, { input: inviteInput({ displayName: '   ', email: 'not-an-email' }) });
      await expectRefused(res, before, 'BAD_USER_INPUT');
      expect(problemsOf(res).map((p) => p.field).sort()).toEqual(['displayName', 'email']);
    });

    it('lets an administrator be invited with no program and no supervisor, but not with a supervisor', async () => {
      const ok = await gql<{ inviteStaffMember: { staffMember: Account } }>(INVITE, {
        input: inviteInput({ role: StaffRole.ADMIN, supervisorId: null, programIds: [] }),
      });
      expect(ok.data?.inviteStaffMember.staffMember).toMatchObject({ role: 'ADMIN', supervisor: null, programs: [] });
      const before = await snapshot();
      const res = await gql(INVITE, { input: inviteInput({ role: StaffRole.ADMIN, programIds: [] }) });
      await expectRefused(res, before, 'BAD_USER_INPUT');
      expect(problemsOf(res)[0]?.field).toBe('supervisorId');
    });
  });

  describe('changing role, supervisor and programs', () => {
    it('saves the change, replaces the programs and audits the fields that changed', async () => {
      const member = await f.staff(orgA, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
      const otherSupervisor = await f.staff(orgA, StaffRole.SUPERVISOR);
      const res = await gql<{ updateStaffMember: Account }>(UPDATE, {
        input: updateInput(member, { supervisorId: otherSupervisor.id, programIds: [cosignProgram.id], requiresCosignature: true }),
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateStaffMember).toMatchObject({
        supervisor: { id: otherSupervisor.id },
        programs: [{ id: cosignProgram.id, name: 'Residential' }],
        requiresCosignature: true,
        role: 'COUNSELOR',
      });
      const audit = await t.dataSource.getRepository(AuditEventEntity).findOneOrFail({ where: { entityId: member.id, action: 'UPDATE' as never } });
      expect(audit).toMatchObject({ actorId: adminA.id, entityType: 'StaffUser' });
      expect([...(audit.fields ?? [])].sort()).toEqual(['programIds', 'requiresCosignature', 'supervisorId']);

      const promoted = await gql<{ updateStaffMember: Account }>(UPDATE, {
        input: updateInput(member, { role: StaffRole.SUPERVISOR, supervisorId: null, programIds: [], requiresCosignature: false }),
      });
      expect(promoted.data?.updateStaffMember).toMatchObject({ role: 'SUPERVISOR', supervisor: null, programs: [] });
    });

    it("refuses to change the role of a supervisor who still has active team members, saying how many", async () => {
      const lead = await f.staff(orgA, StaffRole.SUPERVISOR);
      await f.staff(orgA, StaffRole.COUNSELOR, { supervisorId: lead.id });
      await f.staff(orgA, StaffRole.PEER_SUPPORT, { supervisorId: lead.id });
      await f.staff(orgA, StaffRole.PEER_SUPPORT, { supervisorId: lead.id, active: false });
      const before = await snapshot();
      const res = await gql(UPDATE, { input: updateInput(lead, { role: StaffRole.COUNSELOR }) });
      await expectRefused(res, before, 'CONFLICT', 'TEAM_WOULD_BE_ORPHANED');
      expect(res.errors?.[0]?.message).toContain('2 active team members');
      expect(res.errors?.[0]?.extensions?.['teamMembers']).toBe(2);
      // Their supervisor and programs may still change.
      const ok = await gql<{ updateStaffMember: Account }>(UPDATE, { input: updateInput(lead, { programIds: [cosignProgram.id] }) });
      expect(ok.data?.updateStaffMember.programs.map((p) => p.id)).toEqual([cosignProgram.id]);
    });

    it('refuses unknown ids, ids of another organization, a wrong supervisor and a missing program, changing nothing', async () => {
      const cases: Array<[Record<string, unknown>, string, string?]> = [
        [updateInput(counselor, { staffId: randomUUID() }), 'NOT_FOUND'],
        [updateInput(counselor, { staffId: supervisorB.id, role: StaffRole.SUPERVISOR, supervisorId: null }), 'NOT_FOUND'],
        [updateInput(counselor, { supervisorId: supervisorB.id }), 'NOT_FOUND'],
        [updateInput(counselor, { programIds: [programB.id] }), 'NOT_FOUND'],
        [updateInput(counselor, { supervisorId: peer.id }), 'BAD_USER_INPUT', 'WRONG_ROLE'],
        [updateInput(counselor, { programIds: [] }), 'BAD_USER_INPUT'],
        [updateInput(supervisor, { supervisorId: supervisor.id, programIds: [] }), 'BAD_USER_INPUT'],
      ];
      for (const [input, code, reason] of cases) {
        const before = await snapshot();
        await expectRefused(await gql(UPDATE, { input }), before, code, reason);
      }
    });

    it('keeps the last active administrator: demoting them is refused', async () => {
      const { organization } = await f.organization();
      const soleAdmin = await f.staff(organization.id, StaffRole.ADMIN);
      const token = await loginAs((q, v) => t.gql(q, v), soleAdmin.email);
      const before = await snapshot();
      const res = await gql(UPDATE, { input: updateInput(soleAdmin, { role: StaffRole.SUPERVISOR, programIds: [] }) }, token);
      await expectRefused(res, before, 'CONFLICT', 'LAST_ADMIN');
    });
  });

  describe('deactivating and reactivating', () => {
    it("ends the person's sessions at once, lists their clients as needing reassignment, and can be undone", async () => {
      const leaver = await f.staff(orgA, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
      const client = await f.client(orgA, programA.id);
      await f.assign(client, leaver, CareTeamRole.COUNSELOR);
      const leaverToken = await loginAs((q, v) => t.gql(q, v), leaver.email);
      expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, leaverToken)).data?.me.id).toBe(leaver.id);

      const res = await gql<{ deactivateStaffMember: Account }>(DEACTIVATE, { staffId: leaver.id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.deactivateStaffMember).toMatchObject({ status: 'DEACTIVATED', openCaseloadSize: 1, clientsNeedingReassignment: 1 });
      // The token issued before still verifies, but the account behind it is inactive: refused.
      expect(codeOf(await t.gql('{ me { id } }', {}, leaverToken))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(LOGIN, { input: { email: leaver.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
      const audit = await t.dataSource.getRepository(AuditEventEntity).find({ where: { entityId: leaver.id, action: 'UPDATE' as never } });
      expect(audit.map((row) => row.fields)).toEqual([['active', 'sessionsValidFrom']]);

      const before = await snapshot();
      await expectRefused(await gql(DEACTIVATE, { staffId: leaver.id }), before, 'CONFLICT', 'STAFF_INACTIVE');
      await expectRefused(await gql(RESET, { staffId: leaver.id }), before, 'CONFLICT', 'STAFF_INACTIVE');

      const back = await gql<{ reactivateStaffMember: Account }>(REACTIVATE, { staffId: leaver.id });
      expect(back.data?.reactivateStaffMember).toMatchObject({ status: 'ACTIVE', clientsNeedingReassignment: 0, openCaseloadSize: 1 });
      // Reactivation does not revive the session that deactivation ended; a new sign-in works.
      expect(codeOf(await t.gql('{ me { id } }', {}, leaverToken))).toBe('UNAUTHENTICATED');
      const newToken = await loginAs((q, v) => t.gql(q, v), leaver.email);
      expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, newToken)).data?.me.id).toBe(leaver.id);
      const beforeTwice = await snapshot();
      await expectRefused(await gql(REACTIVATE, { staffId: leaver.id }), beforeTwice, 'CONFLICT', 'ALREADY_ACTIVE');
    });

    it('refuses to deactivate a supervisor with active team members', async () => {
      const before = await snapshot();
      const res = await gql(DEACTIVATE, { staffId: supervisor.id });
      await expectRefused(res, before, 'CONFLICT', 'TEAM_WOULD_BE_ORPHANED');
      expect(res.errors?.[0]?.extensions?.['teamMembers']).toEqual(expect.any(Number));
    });

    it('refuses to let an administrator deactivate themselves, but lets them deactivate another administrator', async () => {
      const before = await snapshot();
      await expectRefused(await gql(DEACTIVATE, { staffId: adminA.id }), before, 'CONFLICT', 'LAST_ADMIN');
      const extra = await f.staff(orgA, StaffRole.ADMIN);
      const res = await gql<{ deactivateStaffMember: Account }>(DEACTIVATE, { staffId: extra.id });
      expect(res.data?.deactivateStaffMember.status).toBe('DEACTIVATED');
    });
  });

  describe('password reset links', () => {
    it('issues a 24-hour reset link for someone set up, and a fresh invitation for someone who never was', async () => {
      const reset = await gql<{ issuePasswordResetLink: SetupLink }>(RESET, { staffId: peer.id });
      expect(reset.errors).toBeUndefined();
      expect(reset.data?.issuePasswordResetLink.purpose).toBe('PASSWORD_RESET');
      expect(hoursFromNow(reset.data!.issuePasswordResetLink.expiresAt)).toBeGreaterThan(23);
      expect(hoursFromNow(reset.data!.issuePasswordResetLink.expiresAt)).toBeLessThanOrEqual(24);
      const audit = await t.dataSource.getRepository(AuditEventEntity).find({ where: { actorId: adminA.id, entityType: 'AccountSetupLink' as never } });
      expect(audit.length).toBeGreaterThan(0);

      const invited = await gql<{ inviteStaffMember: { staffMember: Account } }>(INVITE, { input: inviteInput() });
      const again = await gql<{ issuePasswordResetLink: SetupLink }>(RESET, { staffId: invited.data!.inviteStaffMember.staffMember.id });
      expect(again.data?.issuePasswordResetLink.purpose).toBe('INVITE');
    });
  });

  describe('who may administer staff', () => {
    const operations = (target: StaffUserEntity): Array<[string, Record<string, unknown>]> => [
      [LIST, {}],
      [INVITE, { input: inviteInput() }],
      [UPDATE, { input: updateInput(target) }],
      [DEACTIVATE, { staffId: target.id }],
      [REACTIVATE, { staffId: target.id }],
      [RESET, { staffId: target.id }],
    ];

    it('refuses supervisors, counselors and peer workers', async () => {
      for (const member of [supervisor, counselor, peer]) {
        const token = await loginAs((q, v) => t.gql(q, v), member.email);
        for (const [query, variables] of operations(counselor)) {
          const before = await snapshot();
          await expectRefused(await t.gql(query, variables, token), before, 'FORBIDDEN');
        }
      }
    });

    it("answers another organization's administrator NOT_FOUND for every one of this organization's staff, changing nothing", async () => {
      for (const target of [counselor, supervisor, adminA]) {
        for (const [query, variables] of operations(target).slice(2)) {
          const before = await snapshot();
          await expectRefused(await t.gql(query, variables, adminBToken), before, 'NOT_FOUND');
        }
      }
      // Inviting into another organization's program, or under its supervisor, is NOT_FOUND too.
      const before = await snapshot();
      await expectRefused(await t.gql(INVITE, { input: inviteInput({ supervisorId: null }) }, adminBToken), before, 'NOT_FOUND');
      await expectRefused(await t.gql(INVITE, { input: inviteInput({ supervisorId: supervisor.id, programIds: [programB.id] }) }, adminBToken), before, 'NOT_FOUND');
    });
  });

  it('has a migration that creates exactly what the setup-link entity describes', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query).filter((q) => q.includes('account_setup'))).toEqual([]);
  });
});
