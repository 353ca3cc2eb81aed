import { StaffRole } from '@carecircle/shared/domain';
import { DataSource } from 'typeorm';
import { AuditEventEntity, AuditTrail } from '@carecircle/api/audit';
import { RequestContext } from '@carecircle/api/platform';
import { Factory, TEST_PASSWORD, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import type { StaffUserEntity } from './staff-user.entity';
import { LoginThrottle, TOO_MANY_ATTEMPTS } from './login-throttle';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const WRONG = 'not the password';

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

interface Answer {
  code: string | undefined;
  message: string | undefined;
  reason: unknown;
  retryAfterSeconds: unknown;
}

const answerOf = (res: GraphQLResponse): Answer => ({
  code: codeOf(res),
  message: res.errors?.[0]?.message,
  reason: res.errors?.[0]?.extensions?.['reason'],
  retryAfterSeconds: res.errors?.[0]?.extensions?.['retryAfterSeconds'],
});

const attempt = async (gql: Gql, email: string, password = WRONG): Promise<Answer> => answerOf(await gql(LOGIN, { input: { email, password } }));

/** The email's throttle row (the table keys accounts by a hash of the email). */
async function accountRow(t: TestApp, email: string): Promise<{ failures: number; locked: boolean }> {
  const [row] = await t.dataSource.query(
    `SELECT failures, locked_at IS NOT NULL AS locked FROM login_throttle
      WHERE scope = 'ACCOUNT' AND subject = encode(sha256(convert_to(lower($1), 'UTF8')), 'hex')`,
    [email],
  );
  return row ?? { failures: 0, locked: false };
}

const inMinutes = (a: Answer): Answer => ({ ...a, retryAfterSeconds: typeof a.retryAfterSeconds === 'number' ? Math.ceil(a.retryAfterSeconds / 60) : undefined });

/**
 * 200 wrong passwords for `email`. Waiting out each delay is simulated by ending the block in the
 * database (the tests do not sleep); once the lockout starts, it is left alone.
 */
async function guess200(t: TestApp, email: string): Promise<{ answers: Answer[]; blockMinutes: number[] }> {
  const answers: Answer[] = [];
  const blockMinutes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const before = await accountRow(t, email);
    const answer = await attempt((q, v) => t.gql(q, v), email);
    answers.push(answer);
    const after = await accountRow(t, email);
    if (after.failures > before.failures && answer.reason === TOO_MANY_ATTEMPTS) blockMinutes.push(Math.round((answer.retryAfterSeconds as number) / 60));
    if (answer.reason === TOO_MANY_ATTEMPTS && !after.locked) {
      await t.dataSource.query(
        `UPDATE login_throttle SET blocked_until = now() - interval '1 second'
          WHERE scope = 'ACCOUNT' AND subject = encode(sha256(convert_to(lower($1), 'UTF8')), 'hex')`,
        [email],
      );
    }
  }
  return { answers, blockMinutes };
}

describe('login throttling per account', () => {
  let t: TestApp;
  let counselor: StaffUserEntity;
  let colleague: StaffUserEntity;
  let factory: Factory;

  beforeAll(async () => {
    t = await createTestApp();
    factory = new Factory(t.dataSource);
    const { organization } = await factory.organization('Throttle Org');
    counselor = await factory.staff(organization.id, StaffRole.COUNSELOR);
    colleague = await factory.staff(organization.id, StaffRole.COUNSELOR);
  });
  afterAll(() => t.close());

  let realAnswers: Answer[];

  it('slows 200 wrong passwords down, then locks the account out and refuses even the right password', async () => {
    const { answers, blockMinutes } = await guess200(t, counselor.email);
    realAnswers = answers;
    // Four plain refusals, then refusals with growing delays, then the 15-minute lockout.
    expect(answers.slice(0, 4).every((a) => a.code === 'UNAUTHENTICATED' && a.reason === undefined)).toBe(true);
    expect(answers[4]).toMatchObject({ code: 'UNAUTHENTICATED', reason: TOO_MANY_ATTEMPTS });
    expect(blockMinutes).toEqual([1, 2, 4, 8, 15, 15]);
    expect(answers.slice(-150).every((a) => a.code === 'UNAUTHENTICATED' && a.reason === TOO_MANY_ATTEMPTS)).toBe(true);
    expect(answers.at(-1)?.message).toBe('Too many sign-in attempts. Try again in 15 minutes.');
    // Ten passwords checked in all: the 190 others were refused before any check.
    expect(await accountRow(t, counselor.email)).toEqual({ failures: 10, locked: true });

    const right = await attempt((q, v) => t.gql(q, v), counselor.email, TEST_PASSWORD);
    expect(right).toMatchObject({ code: 'UNAUTHENTICATED', reason: TOO_MANY_ATTEMPTS });
    expect(right.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(right.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  }, 120_000);

  it('audits each checked failure as a DENIED sign-in and the lockout once', async () => {
    const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { actorId: counselor.id } });
    const denied = rows.filter((r) => r.action === 'LOGIN' && r.outcome === 'DENIED');
    const locked = rows.filter((r) => r.action === 'LOGIN_LOCKED');
    expect(denied).toHaveLength(10);
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({ outcome: 'DENIED', entityType: 'StaffUser', entityId: counselor.id, clientAddress: expect.any(String) });
    expect(rows.filter((r) => r.outcome === 'ALLOWED')).toHaveLength(0);
  });

  it('answers an unknown email exactly as it answers a real account, and stores no email', async () => {
    const { answers } = await guess200(t, 'nobody-here@test.example');
    expect(answers.map(inMinutes)).toEqual(realAnswers.map(inMinutes));
    const subjects: Array<{ subject: string }> = await t.dataSource.query(`SELECT subject FROM login_throttle`);
    expect(subjects.some((s) => s.subject.includes('@'))).toBe(false);
  }, 120_000);

  it("leaves other accounts alone while one is locked out, and forgives an account's failures when it signs in", async () => {
    const gql: Gql = (q, v) => t.gql(q, v);
    for (let i = 0; i < 4; i++) expect((await attempt(gql, colleague.email)).reason).toBeUndefined();
    await expect(loginAs(gql, colleague.email)).resolves.toEqual(expect.any(String));
    // Counted from zero again: without the reset the fifth failure here would be the eighth, and blocked.
    for (let i = 0; i < 4; i++) expect((await attempt(gql, colleague.email)).reason).toBeUndefined();
    await expect(loginAs(gql, colleague.email)).resolves.toEqual(expect.any(String));
    expect((await attempt(gql, counselor.email, TEST_PASSWORD)).reason).toBe(TOO_MANY_ATTEMPTS);
  });

  it('shares the count between two API processes on one database', async () => {
    // A second process, as far as the database can tell: its own DataSource and pools, its own throttle.
    const dataSource = await new DataSource({ ...t.dataSource.options }).initialize();
    const second = new LoginThrottle(dataSource, new AuditTrail(dataSource));
    const ctx = new RequestContext(null, 'second-process', '127.0.0.1', null, null, dataSource.manager);
    try {
      const gql: Gql = (q, v) => t.gql(q, v);
      const shared = await factory.staff(counselor.organizationId, StaffRole.PEER_SUPPORT);
      for (let i = 0; i < 2; i++) expect((await attempt(gql, shared.email)).reason).toBeUndefined();
      for (let i = 0; i < 2; i++) await second.recordFailure(ctx, shared.email, shared);
      // The fifth failure, counted by the first process, blocks the next attempt in the second.
      expect((await attempt(gql, shared.email)).reason).toBe(TOO_MANY_ATTEMPTS);
      await expect(second.refuseIfBlocked(ctx, shared.email)).rejects.toMatchObject({ extensions: { reason: TOO_MANY_ATTEMPTS } });
      expect(await accountRow(t, shared.email)).toEqual({ failures: 5, locked: false });
    } finally {
      await second.onModuleDestroy();
      await dataSource.destroy();
    }
  });
});

describe('login throttling per client address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('locks out an address after 50 failures across accounts, without refusing a correct password of an untouched account', async () => {
    const factory = new Factory(t.dataSource);
    const { organization } = await factory.organization('Spray Org');
    const gql: Gql = (q, v) => t.gql(q, v);
    const mistyped = await factory.staff(organization.id, StaffRole.COUNSELOR);
    expect((await attempt(gql, mistyped.email)).reason).toBeUndefined();
    // 49 more failures from this address, five per account (each account is only delayed).
    const sprayed = [];
    for (let i = 0; i < 10; i++) sprayed.push(await factory.staff(organization.id, StaffRole.PEER_SUPPORT));
    for (let i = 0; i < 49; i++) await attempt(gql, sprayed[Math.floor(i / 5)]?.email ?? '');
    const [address] = await t.dataSource.query(`SELECT failures, locked_at FROM login_throttle WHERE scope = 'ADDRESS'`);
    expect(address.failures).toBe(50);
    expect(address.locked_at).not.toBeNull();
    // The lockout is audited once, against the account whose failure started it.
    const locks = await t.dataSource.getRepository(AuditEventEntity).find({ where: { action: 'LOGIN_LOCKED' } });
    expect(locks.map((r) => r.actorId)).toEqual([sprayed[9]?.id]);

    // An account with a recent failure cannot be tried from the locked-out address, even rightly.
    expect(await attempt(gql, mistyped.email, TEST_PASSWORD)).toMatchObject({ code: 'UNAUTHENTICATED', reason: TOO_MANY_ATTEMPTS });
    // A staff member who types the right password signs in: only failures are throttled.
    const untouched = await factory.staff(organization.id, StaffRole.SUPERVISOR);
    await expect(loginAs(gql, untouched.email)).resolves.toEqual(expect.any(String));
    // A wrong guess at a fresh account is refused as throttled, and that account is then closed too.
    const fresh = await factory.staff(organization.id, StaffRole.COUNSELOR);
    expect((await attempt(gql, fresh.email)).reason).toBe(TOO_MANY_ATTEMPTS);
    expect((await attempt(gql, fresh.email, TEST_PASSWORD)).reason).toBe(TOO_MANY_ATTEMPTS);
  }, 60_000);
});
