import { ConsoleLogger, Logger } from '@nestjs/common';
import { Client } from 'pg';
import fs from 'node:fs';
import { CareTeamRole } from '@carecircle/shared/domain';
import type { ClientEntity } from '@carecircle/api/clients';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

/** Written into client text by every request below; it must reach no log line. */
const MARKER = 'MARKER-7f3a';

const LOG_CHECK_IN = `mutation($input: LogCheckInInput!) { logCheckIn(input: $input) { id } }`;

/** pino's SonicBoom writes to fd 1 with fs.writeSync / fs.write; other files are left alone. */
function spyOnWritesToTerminal(keep: (chunk: unknown) => void): jest.SpyInstance {
  const originalWrite = fs.write;
  const writeSync = jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
    if (fd !== 1 && fd !== 2) return (jest.requireActual('node:fs') as typeof fs).writeSync(fd, data as string, ...(rest as []));
    keep(data);
    return typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }) as typeof fs.writeSync);
  const write = jest.spyOn(fs, 'write').mockImplementation(((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
    if (fd !== 1 && fd !== 2) return (originalWrite as (...args: unknown[]) => void)(fd, data, ...rest);
    keep(data);
    const callback = rest.find((r) => typeof r === 'function') as ((error: null, written: number) => void) | undefined;
    process.nextTick(() => callback?.(null, typeof data === 'string' ? Buffer.byteLength(data) : data.length));
  }) as typeof fs.write);
  return { mockRestore: () => (writeSync.mockRestore(), write.mockRestore()) } as unknown as jest.SpyInstance;
}

/**
 * Everything the process writes while `run` runs: stdout and stderr (Nest's ConsoleLogger), pino's
 * destination (SonicBoom writes to fd 1 itself, bypassing process.stdout) and the console.
 */
async function captureAllOutput(run: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const keep = (chunk: unknown) => chunks.push(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (keep(chunk), true)),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (keep(chunk), true)),
    spyOnWritesToTerminal(keep),
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void keep(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))),
    ),
  ];
  try {
    await run();
    // pino-http writes the request line when the response finishes, which can be just after fetch resolves.
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
  return chunks.join('');
}

/** DDL on the test's database as its owner (the app itself connects as a role that owns nothing). */
async function asOwner(t: TestApp, sql: string): Promise<void> {
  const [{ name }] = (await t.dataSource.query('SELECT current_database() AS name')) as Array<{ name: string }>;
  const url = new URL(String(process.env['CARECIRCLE_TEST_ADMIN_URL']));
  url.pathname = `/${name}`;
  const owner = new Client({ connectionString: url.toString() });
  await owner.connect();
  try {
    await owner.query(sql);
  } finally {
    await owner.end();
  }
}

describe('no health information in logs', () => {
  let t: TestApp;
  let token: string;
  let client: ClientEntity;

  beforeAll(async () => {
    // This file's first app decides pino's level (nestjs-pino keeps one root logger per process): log everything.
    t = await createTestApp({ LOG_LEVEL: 'debug' });
    // TestApp silences Nest's own logger; put it back so its exception logging would be captured too.
    Logger.overrideLogger(new ConsoleLogger());
    const f = new Factory(t.dataSource);
    const { organization, program, counselor } = await f.team();
    client = await f.client(organization.id, program.id, { admissionDate: '2026-01-05', recoveryStartDate: '2026-01-05' });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    token = await loginAs(t.gql, counselor.email);
    // A rule the database enforces and the API does not know: a write carrying the marker reaches
    // PostgreSQL and fails there, whose error carries the SQL, the parameters and a `detail` echoing the row.
    await asOwner(t, `ALTER TABLE check_in ADD CONSTRAINT test_refuses_marker CHECK (note IS NULL OR note NOT LIKE '%${MARKER}%')`);
  }, 120_000);
  afterAll(() => t.close());

  it('logs failing mutations carrying client text by error id and request id, never by their values', async () => {
    const answers: Array<{ code?: string; errorId?: unknown }> = [];
    const output = await captureAllOutput(async () => {
      // 1. Text PostgreSQL cannot store: refused as input before any SQL.
      const nul = await t.gql(
        LOG_CHECK_IN,
        { input: { clientId: client.id, channel: 'PHONE', usedSubstances: true, substances: [`heroin ${MARKER}`], note: `relapsed\u0000 ${MARKER}` } },
        token,
        'no-phi-nul-note',
      );
      answers.push({ code: codeOf(nul) });
      // 2. A write that reaches the database and fails there: unexpected, answered with an error id.
      const failed = await t.gql(
        LOG_CHECK_IN,
        { input: { clientId: client.id, channel: 'PHONE', usedSubstances: true, substances: [`fentanyl ${MARKER}`], note: `used again ${MARKER}` } },
        token,
        'no-phi-db-failure',
      );
      answers.push({ code: codeOf(failed), errorId: failed.errors?.[0]?.extensions?.['errorId'] });
      // 3. The same through GET, where the variables ride in the URL (which request logging records).
      const query = encodeURIComponent('query($id: ID!) { client(id: $id) { id } }');
      const variables = encodeURIComponent(JSON.stringify({ id: MARKER }));
      await fetch(`${t.baseUrl}/graphql?query=${query}&variables=${variables}`, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true', 'x-request-id': 'no-phi-get-request' },
      });
    });

    expect(answers[0]?.code).toBe('BAD_USER_INPUT');
    expect(answers[1]?.code).toBe('INTERNAL_SERVER_ERROR');
    const errorId = answers[1]?.errorId;
    expect(typeof errorId).toBe('string');

    // The capture saw the requests (so an empty capture cannot pass) and the error's one line.
    expect(output).toContain('no-phi-nul-note');
    const errorLine = output.split('\n').find((line) => line.includes(String(errorId)));
    expect(errorLine).toBeDefined();
    expect(errorLine).toContain('no-phi-db-failure');
    expect(errorLine).toContain('23514');
    expect(errorLine).toContain('test_refuses_marker');

    expect(output).not.toContain(MARKER);
    expect(output).not.toContain('fentanyl');
    expect(output).not.toContain(client.id);
  });
});
