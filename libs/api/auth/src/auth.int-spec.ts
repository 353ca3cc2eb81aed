import { CareTeamRole, StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { Factory, TEST_PASSWORD, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import type { StaffUserEntity } from './staff-user.entity';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token expiresAt me { id email role organizationName } } }';

describe('signing in and out', () => {
  let t: TestApp;
  let counselor: StaffUserEntity;

  beforeAll(async () => {
    t = await createTestApp();
    const factory = new Factory(t.dataSource);
    const { organization } = await factory.organization('Signing Org');
    counselor = await factory.staff(organization.id, StaffRole.COUNSELOR);
  });
  afterAll(() => t.close());

  it('issues a short-lived token and tells the web who signed in', async () => {
    const res = await t.gql<{ login: { token: string; expiresAt: string; me: { id: string; role: string; organizationName: string } } }>(LOGIN, {
      input: { email: counselor.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.me).toMatchObject({ id: counselor.id, role: 'COUNSELOR', organizationName: 'Signing Org' });
    const minutesLeft = (new Date(res.data!.login.expiresAt).getTime() - Date.now()) / 60_000;
    // As long as the organization's inactivity limit (15 minutes by default); activity renews it.
    expect(minutesLeft).toBeGreaterThan(10);
    expect(minutesLeft).toBeLessThanOrEqual(15);
    const me = await t.gql<{ me: { id: string } }>('{ me { id displayName role } }', {}, res.data!.login.token);
    expect(me.data?.me.id).toBe(counselor.id);
  });

  it('rejects a wrong password with UNAUTHENTICATED and no hint which part was wrong', async () => {
    const wrongPassword = await t.gql(LOGIN, { input: { email: counselor.email, password: 'not it' } });
    const unknownEmail = await t.gql(LOGIN, { input: { email: 'nobody@test.example', password: TEST_PASSWORD } });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
    expect(wrongPassword.data).toBeNull();
  });

  it('rejects a malformed email as bad input naming the field, without a stack trace', async () => {
    const res = await t.gql(LOGIN, { input: { email: 'not-an-email', password: 'x' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('email must be an email address');
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'email', problem: expect.stringContaining('email') }]);
    expect(JSON.stringify(res)).not.toContain('stacktrace');
  });

  it('refuses every query without a token, and with a forged one', async () => {
    expect(codeOf(await t.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql('{ me { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.e30.forged'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql('{ clients { total } }'))).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout: the same token stops working at once', async () => {
    const token = await loginAs((q, v) => t.gql(q, v), counselor.email);
    const out = await t.gql<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(out.data?.logout).toBe(true);
    expect(codeOf(await t.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('locks out a deactivated staff member even with a token issued before', async () => {
    const factory = new Factory(t.dataSource);
    const leaver = await factory.staff(counselor.organizationId, StaffRole.COUNSELOR);
    const token = await loginAs((q, v) => t.gql(q, v), leaver.email);
    await t.dataSource.query('UPDATE staff_user SET active = false WHERE id = $1', [leaver.id]);
    expect(codeOf(await t.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOGIN, { input: { email: leaver.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
  });

  it('audits sign-ins and sign-outs', async () => {
    const token = await loginAs((q, v) => t.gql(q, v), counselor.email);
    await t.gql('mutation { logout }', {}, token);
    const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { actorId: counselor.id } });
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['LOGIN', 'LOGOUT']));
  });
});

describe('field-level permissions', () => {
  it("enforces a field resolver's declared roles, not just the operation's", async () => {
    const t = await createTestApp();
    try {
      const f = new Factory(t.dataSource);
      const { organization, program } = await f.organization();
      const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT);
      const client = await f.client(organization.id, program.id);
      await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
      const token = await loginAs((q, v) => t.gql(q, v), peer.email);
      const res = await t.gql<{ client: { id: string; consents: unknown } }>(
        'query($id: ID!) { client(id: $id) { id consents { id } } }',
        { id: client.id },
        token,
      );
      expect(res.data?.client.id).toBe(client.id);
      expect(res.data?.client.consents).toBeNull();
      expect(res.errors?.[0]).toMatchObject({
        path: ['client', 'consents'],
        message: 'Your role does not allow reading Client.consents.',
        extensions: { code: 'FORBIDDEN' },
      });
    } finally {
      await t.close();
    }
  });
});
