import { StaffRole } from '@carecircle/shared/domain';
import { Factory, TEST_PASSWORD, codeOf, createTestApp, freshTwoFactorCode, loginAs, rememberTwoFactorSecret, type TestApp } from '@carecircle/api/testing';
import type { StaffUserEntity } from './staff-user.entity';
import { currentTwoFactorCode } from './two-factor-secret';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token me { id twoFactorEnrolmentRequired } } }';
const BEGIN = 'mutation { beginTwoFactorEnrolment { secret otpauthUri qrCodeDataUrl } }';
const CONFIRM = 'mutation($input: TwoFactorCodeInput!) { confirmTwoFactorEnrolment(input: $input) { recoveryCodes session { token me { twoFactorEnrolmentRequired } } } }';
const STATUS = '{ twoFactorStatus { enabled required recoveryCodesLeft } }';
const CASELOAD = '{ clients(limit: 5) { total } }';

type Login = { login: { token: string; me: { id: string; twoFactorEnrolmentRequired: boolean } } };
const reasonOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions?.['reason'];

describe('two-factor sign-in', () => {
  let t: TestApp;
  let f: Factory;
  let organizationId: string;
  let otherOrganizationId: string;
  let admin: StaffUserEntity;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    organizationId = (await f.organization('Two-Factor Org')).organization.id;
    otherOrganizationId = (await f.organization('Other Org')).organization.id;
    admin = await f.staff(organizationId, StaffRole.ADMIN);
  });
  afterAll(() => t.close());

  /** A supervisor (who must use two-factor sign-in) who has not set it up yet. */
  async function unenrolledSupervisor(orgId = organizationId): Promise<StaffUserEntity> {
    const supervisor = await f.staff(orgId, StaffRole.SUPERVISOR);
    await t.dataSource.query('DELETE FROM staff_two_factor WHERE staff_user_id = $1', [supervisor.id]);
    return supervisor;
  }

  async function deniedRows(staffId: string): Promise<number> {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND entity_type = 'TwoFactor' AND outcome = 'DENIED'`, [staffId]);
    return row.n;
  }

  /** Signs in with the password only (a setup-only session) and enrols; answers the secret and recovery codes. */
  async function enrol(person: StaffUserEntity): Promise<{ secret: string; recoveryCodes: string[]; token: string }> {
    const first = await t.gql<Login>(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } });
    const begun = await t.gql<{ beginTwoFactorEnrolment: { secret: string } }>(BEGIN, {}, first.data!.login.token);
    const secret = begun.data!.beginTwoFactorEnrolment.secret;
    rememberTwoFactorSecret(person.email, secret);
    const confirmed = await t.gql<{ confirmTwoFactorEnrolment: { recoveryCodes: string[]; session: { token: string } } }>(
      CONFIRM,
      { input: { code: await freshTwoFactorCode(person.email) } },
      first.data!.login.token,
    );
    expect(confirmed.errors).toBeUndefined();
    return { secret, ...confirmed.data!.confirmTwoFactorEnrolment, token: confirmed.data!.confirmTwoFactorEnrolment.session.token };
  }

  it('gives a supervisor who has not set it up a session that can only set it up, then a full one', async () => {
    const supervisor = await unenrolledSupervisor();
    const first = await t.gql<Login>(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.login.me.twoFactorEnrolmentRequired).toBe(true);
    const setupOnly = first.data!.login.token;

    const refused = await t.gql(CASELOAD, {}, setupOnly);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(reasonOf(refused)).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const [denied] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND outcome = 'DENIED'`, [supervisor.id]);
    expect(denied.n).toBeGreaterThan(0);
    expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, setupOnly)).data?.me.id).toBe(supervisor.id);

    const begun = await t.gql<{ beginTwoFactorEnrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string } }>(BEGIN, {}, setupOnly);
    expect(begun.errors).toBeUndefined();
    const { secret, otpauthUri, qrCodeDataUrl } = begun.data!.beginTwoFactorEnrolment;
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain('issuer=CareCircle');
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    // The secret is stored encrypted, never as given.
    const [stored] = await t.dataSource.query('SELECT secret_ciphertext FROM staff_two_factor WHERE staff_user_id = $1', [supervisor.id]);
    expect(stored.secret_ciphertext).not.toContain(secret);

    const wrong = await t.gql(CONFIRM, { input: { code: '000000' === (await currentTwoFactorCode(secret)) ? '111111' : '000000' } }, setupOnly);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(reasonOf(wrong)).toBe('TWO_FACTOR_INVALID');

    rememberTwoFactorSecret(supervisor.email, secret);
    const confirmed = await t.gql<{ confirmTwoFactorEnrolment: { recoveryCodes: string[]; session: { token: string; me: { twoFactorEnrolmentRequired: boolean } } } }>(
      CONFIRM,
      { input: { code: await freshTwoFactorCode(supervisor.email) } },
      setupOnly,
    );
    expect(confirmed.errors).toBeUndefined();
    const { recoveryCodes, session } = confirmed.data!.confirmTwoFactorEnrolment;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(session.me.twoFactorEnrolmentRequired).toBe(false);
    expect(codeOf(await t.gql(CASELOAD, {}, session.token))).toBeUndefined();
    // The setup-only session ended with the enrolment.
    expect(codeOf(await t.gql('{ me { id } }', {}, setupOnly))).toBe('UNAUTHENTICATED');
    // The secret is never shown again.
    const again = await t.gql(BEGIN, {}, session.token);
    expect(reasonOf(again)).toBe('TWO_FACTOR_ALREADY_ENABLED');
    const status = await t.gql<{ twoFactorStatus: { enabled: boolean; required: boolean; recoveryCodesLeft: number } }>(STATUS, {}, session.token);
    expect(status.data?.twoFactorStatus).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });
  });

  it('asks for the code after the right password, refuses a wrong one (DENIED) and a used one', async () => {
    const supervisor = await unenrolledSupervisor();
    const { secret } = await enrol(supervisor);

    const noCode = await t.gql(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD } });
    expect(codeOf(noCode)).toBe('UNAUTHENTICATED');
    expect(reasonOf(noCode)).toBe('TWO_FACTOR_REQUIRED');
    expect(noCode.data).toBeNull();

    const deniedBefore = await deniedRows(supervisor.id);
    const current = await currentTwoFactorCode(secret);
    const wrong = await t.gql(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD, oneTimeCode: current === '123456' ? '654321' : '123456' } });
    expect(reasonOf(wrong)).toBe('TWO_FACTOR_INVALID');
    expect(await deniedRows(supervisor.id)).toBe(deniedBefore + 1);
    // A wrong code counts towards the login throttle, like a wrong password.
    const [throttled] = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_throttle WHERE scope = 'ACCOUNT'`);
    expect(throttled.n).toBeGreaterThan(0);

    // A code for a step not used yet works once; the same code again (a replay in the same window) is refused.
    const code = await freshTwoFactorCode(supervisor.email);
    const ok = await t.gql<Login>(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD, oneTimeCode: code } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.login.me.twoFactorEnrolmentRequired).toBe(false);
    const replay = await t.gql(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD, oneTimeCode: code } });
    expect(reasonOf(replay)).toBe('TWO_FACTOR_INVALID');
  });

  it('accepts each recovery code once, in place of the code', async () => {
    const supervisor = await unenrolledSupervisor();
    const { recoveryCodes } = await enrol(supervisor);
    const recovery = recoveryCodes[3]!;
    const first = await t.gql<Login>(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD, oneTimeCode: recovery.toUpperCase() } });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD, oneTimeCode: recovery } });
    expect(reasonOf(second)).toBe('TWO_FACTOR_INVALID');
    const status = await t.gql<{ twoFactorStatus: { recoveryCodesLeft: number } }>(STATUS, {}, first.data!.login.token);
    expect(status.data?.twoFactorStatus.recoveryCodesLeft).toBe(9);

    // New codes replace the old ones, after a current code.
    const renewed = await t.gql<{ regenerateRecoveryCodes: string[] }>(
      'mutation($input: TwoFactorCodeInput!) { regenerateRecoveryCodes(input: $input) }',
      { input: { code: await freshTwoFactorCode(supervisor.email) } },
      first.data!.login.token,
    );
    expect(renewed.data?.regenerateRecoveryCodes).toHaveLength(10);
    const old = await t.gql(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD, oneTimeCode: recoveryCodes[5] } });
    expect(reasonOf(old)).toBe('TWO_FACTOR_INVALID');
    const fresh = await t.gql(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD, oneTimeCode: renewed.data!.regenerateRecoveryCodes[0] } });
    expect(fresh.errors).toBeUndefined();
  });

  it("requires it of everyone when the organization turns it on, and never of another organization's staff", async () => {
    const counselor = await f.staff(organizationId, StaffRole.COUNSELOR);
    const otherCounselor = await f.staff(otherOrganizationId, StaffRole.COUNSELOR);
    const counselorToken = await loginAs(t.gql.bind(t), counselor.email);
    expect(codeOf(await t.gql(CASELOAD, {}, counselorToken))).toBeUndefined();

    const adminToken = await loginAs(t.gql.bind(t), admin.email);
    const settings = await t.gql<{ updateOrganizationSettings: { requireTwoFactorForEveryone: boolean } }>(
      'mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { requireTwoFactorForEveryone } }',
      { input: { name: 'Two-Factor Org', timeZone: 'UTC', requireTwoFactorForEveryone: true } },
      adminToken,
    );
    expect(settings.errors).toBeUndefined();
    expect(settings.data?.updateOrganizationSettings.requireTwoFactorForEveryone).toBe(true);

    // At once, not at the next sign-in: the counselor's session may now only set it up.
    expect(reasonOf(await t.gql(CASELOAD, {}, counselorToken))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const relogin = await t.gql<Login>(LOGIN, { input: { email: counselor.email, password: TEST_PASSWORD } });
    expect(relogin.data?.login.me.twoFactorEnrolmentRequired).toBe(true);
    // The other organization is not touched.
    const other = await t.gql<Login>(LOGIN, { input: { email: otherCounselor.email, password: TEST_PASSWORD } });
    expect(other.data?.login.me.twoFactorEnrolmentRequired).toBe(false);
    expect(codeOf(await t.gql(CASELOAD, {}, other.data!.login.token))).toBeUndefined();

    await t.gql(
      'mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { id } }',
      { input: { name: 'Two-Factor Org', timeZone: 'UTC', requireTwoFactorForEveryone: false } },
      adminToken,
    );
    expect(codeOf(await t.gql(CASELOAD, {}, (await loginAs(t.gql.bind(t), counselor.email))))).toBeUndefined();
  });

  it("lets an administrator reset a colleague's two-factor sign-in, not their own nor another organization's", async () => {
    const supervisor = await unenrolledSupervisor();
    const { token: supervisorToken } = await enrol(supervisor);
    const otherSupervisor = await f.staff(otherOrganizationId, StaffRole.SUPERVISOR);
    const adminToken = await loginAs(t.gql.bind(t), admin.email);
    const RESET = 'mutation($id: ID!) { resetStaffTwoFactor(staffId: $id) }';

    expect(codeOf(await t.gql(RESET, { id: otherSupervisor.id }, adminToken))).toBe('NOT_FOUND');
    expect(reasonOf(await t.gql(RESET, { id: admin.id }, adminToken))).toBe('OWN_TWO_FACTOR');
    expect(codeOf(await t.gql(RESET, { id: supervisor.id }, supervisorToken))).toBe('FORBIDDEN');

    const reset = await t.gql<{ resetStaffTwoFactor: boolean }>(RESET, { id: supervisor.id }, adminToken);
    expect(reset.errors).toBeUndefined();
    // Their sessions end; signing in again with the password gives a setup-only session.
    expect(codeOf(await t.gql('{ me { id } }', {}, supervisorToken))).toBe('UNAUTHENTICATED');
    const again = await t.gql<Login>(LOGIN, { input: { email: supervisor.email, password: TEST_PASSWORD } });
    expect(again.data?.login.me.twoFactorEnrolmentRequired).toBe(true);
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND action = 'DELETE' AND entity_type = 'TwoFactor' AND entity_id = $2`,
      [admin.id, supervisor.id],
    );
    expect(row.n).toBe(1);
    // Still required: the other organization's supervisor was left as it was.
    expect(reasonOf(await t.gql(LOGIN, { input: { email: otherSupervisor.email, password: TEST_PASSWORD } }))).toBe('TWO_FACTOR_REQUIRED');
  });
});
