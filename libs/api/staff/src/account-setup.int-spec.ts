import { randomUUID } from 'node:crypto';
import { StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, TEST_PASSWORD, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';

const INVITE = `mutation($input: InviteStaffMemberInput!) { inviteStaffMember(input: $input) { staffMember { id email status } setupLink { path expiresAt purpose } } }`;
const RESET = `mutation($staffId: ID!) { issuePasswordResetLink(staffId: $staffId) { path expiresAt purpose } }`;
const DEACTIVATE = `mutation($staffId: ID!) { deactivateStaffMember(staffId: $staffId) { id status } }`;
const DESCRIBE = `query($token: String!) { accountSetupLink(token: $token) { displayName email purpose expiresAt } }`;
const COMPLETE = `mutation($input: CompleteAccountSetupInput!) { completeAccountSetup(input: $input) { token expiresAt me { id email role } } }`;
const LIST = `{ staffMembers { id status lastSignedInAt } }`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

const NEW_PASSWORD = 'a long river of quiet evenings';
const LINK_INVALID = 'This link is no longer valid. Ask your administrator for a new one.';

interface SetupLink {
  path: string;
  expiresAt: string;
  purpose: 'INVITE' | 'PASSWORD_RESET';
}
interface Session {
  token: string;
  expiresAt: string;
  me: { id: string; email: string; role: string };
}

const tokenOf = (link: SetupLink): string => link.path.replace('/account-setup/', '');
const reasonOf = (res: GraphQLResponse<unknown>): unknown => res.errors?.[0]?.extensions?.['reason'];

describe('account setup through one-time links', () => {
  let t: TestApp;
  let f: Factory;
  let program: ProgramEntity;
  let supervisor: StaffUserEntity;
  let adminToken: string;

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => t.gql<T>(query, variables, token);

  async function invite(overrides: Record<string, unknown> = {}): Promise<{ staffId: string; email: string; link: SetupLink }> {
    const email = `new.${randomUUID().slice(0, 8)}@test.example`;
    const res = await gql<{ inviteStaffMember: { staffMember: { id: string; email: string }; setupLink: SetupLink } }>(
      INVITE,
      { input: { displayName: 'Sam Newcomer', email, role: StaffRole.COUNSELOR, supervisorId: supervisor.id, programIds: [program.id], ...overrides } },
      adminToken,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return { staffId: res.data.inviteStaffMember.staffMember.id, email, link: res.data.inviteStaffMember.setupLink };
  }

  async function expectLinkInvalid(token: string): Promise<void> {
    const described = await gql(DESCRIBE, { token });
    expect(codeOf(described)).toBe('CONFLICT');
    expect(reasonOf(described)).toBe('LINK_INVALID');
    expect(described.errors?.[0]?.message).toBe(LINK_INVALID);
    const completed = await gql(COMPLETE, { input: { token, password: NEW_PASSWORD } });
    expect(codeOf(completed)).toBe('CONFLICT');
    expect(reasonOf(completed)).toBe('LINK_INVALID');
    expect(completed.errors?.[0]?.message).toBe(LINK_INVALID);
  }

  const passwordHashOf = async (staffId: string): Promise<string> =>
    (await t.dataSource.query('SELECT password_hash FROM staff_user WHERE id = $1', [staffId]))[0].password_hash;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const team = await f.team();
    program = team.program;
    supervisor = team.supervisor;
    const admin = await f.staff(team.organization.id, StaffRole.ADMIN);
    adminToken = await loginAs((q, v) => t.gql(q, v), admin.email);
  });
  afterAll(() => t.close());

  it('takes an invited person from their link to a password and a session, after which the link is spent', async () => {
    const { staffId, email, link } = await invite();

    const described = await gql<{ accountSetupLink: { displayName: string; email: string; purpose: string; expiresAt: string } }>(DESCRIBE, {
      token: tokenOf(link),
    });
    expect(described.errors).toBeUndefined();
    expect(described.data?.accountSetupLink).toEqual({ displayName: 'Sam Newcomer', email, purpose: 'INVITE', expiresAt: link.expiresAt });

    const done = await gql<{ completeAccountSetup: Session }>(COMPLETE, { input: { token: tokenOf(link), password: NEW_PASSWORD } });
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeAccountSetup.me).toEqual({ id: staffId, email, role: 'COUNSELOR' });
    const me = await gql<{ me: { id: string } }>('{ me { id } }', {}, done.data!.completeAccountSetup.token);
    expect(me.data?.me.id).toBe(staffId);
    expect(await loginAs((q, v) => t.gql(q, v), email, NEW_PASSWORD)).toEqual(expect.any(String));

    const list = await gql<{ staffMembers: Array<{ id: string; status: string; lastSignedInAt: string | null }> }>(LIST, {}, adminToken);
    expect(list.data?.staffMembers.find((s) => s.id === staffId)).toMatchObject({ status: 'ACTIVE', lastSignedInAt: expect.any(String) });

    const audit = await t.dataSource.getRepository(AuditEventEntity).find({ where: { actorId: staffId } });
    expect(audit.map((row) => [row.action, row.entityType, row.fields])).toEqual(
      expect.arrayContaining([
        ['UPDATE', 'AccountSetupLink', ['usedAt']],
        ['UPDATE', 'StaffUser', ['passwordHash']],
        ['LOGIN', 'StaffUser', null],
      ]),
    );

    // Used once: refused however it is tried again, and the password stays the one set.
    const hash = await passwordHashOf(staffId);
    await expectLinkInvalid(tokenOf(link));
    expect(await passwordHashOf(staffId)).toBe(hash);
  });

  it('refuses a weak password with the policy in words, and keeps the link usable', async () => {
    const { staffId, email, link } = await invite();
    for (const password of ['too short', email, 'Password1234']) {
      const res = await gql(COMPLETE, { input: { token: tokenOf(link), password } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(reasonOf(res)).toBe('WEAK_PASSWORD');
      expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'password', problem: expect.any(String) }]);
    }
    const [row] = await t.dataSource.query('SELECT used_at FROM account_setup_token WHERE staff_user_id = $1', [staffId]);
    expect(row.used_at).toBeNull();
    expect(await passwordHashOf(staffId)).toMatch(/^!/);
    const ok = await gql<{ completeAccountSetup: Session }>(COMPLETE, { input: { token: tokenOf(link), password: NEW_PASSWORD } });
    expect(ok.errors).toBeUndefined();
  });

  it('refuses an unknown, expired or replaced link with one message', async () => {
    await expectLinkInvalid('not-a-real-token');
    await expectLinkInvalid(randomUUID());

    const expired = await invite();
    await t.dataSource.query(
      `UPDATE account_setup_token SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day' WHERE staff_user_id = $1`,
      [expired.staffId],
    );
    await expectLinkInvalid(tokenOf(expired.link));

    // A new link voids the older unused one.
    const replaced = await invite();
    const fresh = await gql<{ issuePasswordResetLink: SetupLink }>(RESET, { staffId: replaced.staffId }, adminToken);
    await expectLinkInvalid(tokenOf(replaced.link));
    const ok = await gql<{ completeAccountSetup: Session }>(COMPLETE, {
      input: { token: tokenOf(fresh.data!.issuePasswordResetLink), password: NEW_PASSWORD },
    });
    expect(ok.errors).toBeUndefined();
  });

  it("voids a deactivated person's pending link", async () => {
    const { staffId, link } = await invite();
    expect((await gql(DEACTIVATE, { staffId }, adminToken)).errors).toBeUndefined();
    await expectLinkInvalid(tokenOf(link));
    expect(await passwordHashOf(staffId)).toMatch(/^!/);
  });

  it('resets a password: the new one works, the old one stops working, and so do sessions signed in with it', async () => {
    const member = await f.staff(program.organizationId, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const oldSession = await loginAs((q, v) => t.gql(q, v), member.email);
    const reset = await gql<{ issuePasswordResetLink: SetupLink }>(RESET, { staffId: member.id }, adminToken);
    expect(reset.data?.issuePasswordResetLink.purpose).toBe('PASSWORD_RESET');
    const described = await gql<{ accountSetupLink: { purpose: string } }>(DESCRIBE, { token: tokenOf(reset.data!.issuePasswordResetLink) });
    expect(described.data?.accountSetupLink.purpose).toBe('PASSWORD_RESET');

    const done = await gql<{ completeAccountSetup: Session }>(COMPLETE, {
      input: { token: tokenOf(reset.data!.issuePasswordResetLink), password: NEW_PASSWORD },
    });
    expect(done.errors).toBeUndefined();
    expect(codeOf(await t.gql('{ me { id } }', {}, oldSession))).toBe('UNAUTHENTICATED');
    const newSession = done.data!.completeAccountSetup.token;
    expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, newSession)).data?.me.id).toBe(member.id);
    expect(codeOf(await gql(LOGIN, { input: { email: member.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    expect(await loginAs((q, v) => t.gql(q, v), member.email, NEW_PASSWORD)).toEqual(expect.any(String));
  });
});
