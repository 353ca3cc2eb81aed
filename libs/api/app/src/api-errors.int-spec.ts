import { Client } from 'pg';
import { CareTeamRole } from '@carecircle/shared/domain';
import type { ClientEntity } from '@carecircle/api/clients';
import { Factory, codeOf, createTestApp, freePort, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';

const LOG_CHECK_IN = `mutation($input: LogCheckInInput!) { logCheckIn(input: $input) { id } }`;
const CHECK_INS = `query($clientId: ID!, $from: String!, $to: String!) { checkIns(clientId: $clientId, from: $from, to: $to) { id } }`;
const CLIENTS = `query($filter: ClientFilterInput) { clients(filter: $filter) { total } }`;
const RETENTION = `query($input: MetricsRangeInput!) { retention(input: $input) { __typename } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

const problemsOf = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions?.['problems'] ?? []) as Array<{ field: string; problem: string }>;
const fieldsOf = (res: GraphQLResponse<unknown>) => problemsOf(res).map((p) => p.field);

describe('errors: malformed input is BAD_USER_INPUT naming the field; a down database is SERVICE_UNAVAILABLE', () => {
  let t: TestApp;
  let token: string;
  let client: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program, counselor } = await f.team();
    client = await f.client(organization.id, program.id, { admissionDate: '2026-01-05', recoveryStartDate: '2026-01-05' });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    token = await loginAs(t.gql, counselor.email);
  }, 120_000);
  afterAll(() => t?.close());

  it('refuses dates that are not on the calendar (2026-02-30, 2025-02-29) in every date input', async () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01']) {
      const checkIns = await t.gql(CHECK_INS, { clientId: client.id, from: bad, to: '2026-03-01' }, token);
      expect(codeOf(checkIns)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(checkIns)).toEqual(['from']);
      const clients = await t.gql(CLIENTS, { filter: { admittedFrom: bad } }, token);
      expect(codeOf(clients)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(clients)).toEqual(['admittedFrom']);
      const retention = await t.gql(RETENTION, { input: { from: '2026-01-01', to: bad } }, token);
      expect(codeOf(retention)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(retention)).toEqual(['to']);
    }
    // A real leap day still passes.
    expect(codeOf(await t.gql(CHECK_INS, { clientId: client.id, from: '2028-02-29', to: '2028-03-01' }, token))).toBeUndefined();
  });

  it('refuses a NUL character in any text, naming the field, nested lists included', async () => {
    const note = await t.gql(LOG_CHECK_IN, { input: { clientId: client.id, channel: 'PHONE', usedSubstances: false, note: 'ok\u0000' } }, token);
    expect(codeOf(note)).toBe('BAD_USER_INPUT');
    expect(problemsOf(note)).toEqual([{ field: 'note', problem: 'note must not contain a NUL character (\\u0000)' }]);
    const substance = await t.gql(LOG_CHECK_IN, { input: { clientId: client.id, channel: 'PHONE', usedSubstances: true, substances: ['alcohol', 'x\u0000'] } }, token);
    expect(codeOf(substance)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(substance)).toEqual(['substances.1']);
    // A plain String argument, not an input object.
    const range = await t.gql(CHECK_INS, { clientId: client.id, from: '2026-01-01\u0000', to: '2026-03-01' }, token);
    expect(codeOf(range)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(range)).toContain('from');
  });

  it('refuses a lone surrogate in an email at sign-in, as input, not as an internal error', async () => {
    const res = await t.gql(LOGIN, { input: { email: 'counselor\ud800@test.example', password: 'whatever it is' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['email']);
    const note = await t.gql(LOG_CHECK_IN, { input: { clientId: client.id, channel: 'PHONE', usedSubstances: false, note: 'low \udc00 mood' } }, token);
    expect(codeOf(note)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(note)).toEqual(['note']);
  });

  it('keeps text with emoji and accents (whole surrogate pairs) as it is', async () => {
    const res = await t.gql(LOG_CHECK_IN, { input: { clientId: client.id, channel: 'PHONE', usedSubstances: false, note: 'Señora 👍 feeling better' } }, token);
    expect(res.errors).toBeUndefined();
  });
});

describe('errors: a database that is down', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { counselor } = await f.team();
    token = await loginAs(t.gql, counselor.email);
  }, 120_000);
  afterAll(() => t?.close());

  it('answers SERVICE_UNAVAILABLE with an error id, and /health says the database is down', async () => {
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
    // Point the app's pool at a port nobody listens on, then cut the connections it holds.
    const closedPort = await freePort();
    const pool = (t.dataSource.driver as unknown as { master: { options: Record<string, unknown> } }).master;
    const [{ name }] = (await t.dataSource.query('SELECT current_database() AS name')) as Array<{ name: string }>;
    const unreachable = new URL(String(process.env['CARECIRCLE_TEST_ADMIN_URL']));
    unreachable.port = String(closedPort);
    unreachable.pathname = `/${name}`;
    pool.options['connectionString'] = unreachable.toString();
    pool.options['port'] = closedPort;
    const admin = new Client({ connectionString: process.env['CARECIRCLE_TEST_ADMIN_URL'] });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const res = await t.gql(`query { me { id } }`, {}, token);
    expect(codeOf(res)).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat/);
    expect(res.errors?.[0]?.extensions?.['errorId']).toEqual(expect.any(String));

    const health = await fetch(`${t.baseUrl}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: 'down' });
  });
});
