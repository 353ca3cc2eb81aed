import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '@carecircle/api/testing';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = ['-r', './tools/register.cjs', 'apps/api/src/main.ts'];


const baseEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env['PATH'],
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SEED_DEMO_DATA: 'false',
  ...env,
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; done: Promise<Run> } {
  const child = spawn(process.execPath, MAIN, { cwd: ROOT, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, output: () => stdout + stderr, done };
}

const runMain = (env: Record<string, string>) => startMain(env).done;

/** The one-sentence contract: a single line on stderr, no stack trace anywhere. */
function expectOneSentence(run: Run, pattern: RegExp): void {
  expect(run.stderr.trim()).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain('undefined');
  expect(run.code).toBe(1);
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`)).ok;
  } catch {
    return false;
  }
}

async function accepts(port: number): Promise<boolean> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'x', database: 'postgres', connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== 'ECONNREFUSED';
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('starting the API with bad settings', () => {
  it('exits non-zero with a message naming each bad setting, before touching a database', () => {
    const run = spawnSync(process.execPath, MAIN, {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], PORT: 'eighty', DATABASE_URL: 'mysql://nope', NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CareCircle cannot start, its configuration is invalid');
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(run.stderr).toContain('AUTH_TOKEN_SECRET is required when NODE_ENV=production');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('Starting embedded PostgreSQL');
  });

  it('refuses production with a published secret and with demo data, before touching a database or printing a login', () => {
    const run = spawnSync(process.execPath, MAIN, {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'],
        NODE_ENV: 'production',
        AUTH_TOKEN_SECRET: 'change-me-to-a-long-random-secret-of-32-plus-chars',
        SEED_DEMO_DATA: 'true',
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('AUTH_TOKEN_SECRET is a published example secret');
    expect(run.stderr).toContain('SEED_DEMO_DATA cannot be true when NODE_ENV=production');
    expect(run.stderr + run.stdout).not.toContain('change-me-to-a-long-random-secret');
    expect(run.stdout).not.toMatch(/Demo logins|Using the database/);
  }, 90_000);
});

describe('a second start while CareCircle is running', () => {
  let work: string;
  let first: ReturnType<typeof startMain>;
  let firstUrl: string;
  let firstDataDir: string;
  let firstPorts: { app: number; database: number };

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'carecircle-main-'));
    // As root, PostgreSQL runs as its own OS user, which must be able to reach the data folders.
    chmodSync(work, 0o755);
    firstDataDir = path.join(work, 'first', 'postgres');
    firstPorts = { app: await freePort(), database: await freePort() };
    firstUrl = `http://127.0.0.1:${firstPorts.app}`;
    first = startMain({ PORT: String(firstPorts.app), EMBEDDED_POSTGRES_DIR: firstDataDir, EMBEDDED_POSTGRES_PORT: String(firstPorts.database) });
    const deadline = Date.now() + 150_000;
    while (!(await healthy(firstUrl))) {
      if (first.child.exitCode !== null || Date.now() > deadline) throw new Error(`the first CareCircle did not start:\n${first.output()}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }, 180_000);

  afterAll(async () => {
    if (first?.child.exitCode === null) {
      first.child.kill('SIGINT');
      await first.done;
    }
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('on the same database folder: says the folder is in use, and leaves the running one alone', async () => {
    const run = await runMain({ PORT: String(await freePort()), EMBEDDED_POSTGRES_DIR: firstDataDir, EMBEDDED_POSTGRES_PORT: String(firstPorts.database) });
    expectOneSentence(run, /^The database folder .*first\/postgres is in use by another PostgreSQL \(process \d+\) — is CareCircle already running\? Stop it, or set EMBEDDED_POSTGRES_DIR/);
    expect(await healthy(firstUrl)).toBe(true);
    expect(existsSync(path.join(firstDataDir, 'postmaster.pid'))).toBe(true);
  }, 120_000);

  it("on another folder but the embedded database's port: names that port", async () => {
    const run = await runMain({
      PORT: String(await freePort()),
      EMBEDDED_POSTGRES_DIR: path.join(work, 'second', 'postgres'),
      EMBEDDED_POSTGRES_PORT: String(firstPorts.database),
    });
    expectOneSentence(run, new RegExp(`^Port ${firstPorts.database} for the embedded database is already in use — .*set EMBEDDED_POSTGRES_PORT`));
    expect(await healthy(firstUrl)).toBe(true);
  }, 120_000);

  it("on the app's port: names the port, and stops the database it had started", async () => {
    const ownDatabase = { dir: path.join(work, 'third', 'postgres'), port: await freePort() };
    const run = await runMain({ PORT: String(firstPorts.app), EMBEDDED_POSTGRES_DIR: ownDatabase.dir, EMBEDDED_POSTGRES_PORT: String(ownDatabase.port) });
    expectOneSentence(run, new RegExp(`^Port ${firstPorts.app} is already in use — is CareCircle already running\\? Stop it or set PORT to another port\\.$`));
    expect(run.stdout).toContain('Stopping embedded PostgreSQL');
    expect(existsSync(path.join(ownDatabase.dir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(ownDatabase.dir, 'postmaster.pid'))).toBe(false);
    expect(await accepts(ownDatabase.port)).toBe(false);
    expect(await healthy(firstUrl)).toBe(true);
  }, 180_000);
});

describe('a DATABASE_URL that cannot be used', () => {
  const adminUrl = () => process.env['CARECIRCLE_TEST_ADMIN_URL']!;

  it('nothing listening: says nothing answers there', async () => {
    const port = await freePort();
    const run = await runMain({ PORT: String(await freePort()), DATABASE_URL: `postgres://carecircle:secret@127.0.0.1:${port}/carecircle` });
    expectOneSentence(run, new RegExp(`^Nothing answers at 127\\.0\\.0\\.1:${port} \\(DATABASE_URL\\) — start that PostgreSQL server`));
  }, 60_000);

  it('a wrong password: says the password was refused, without showing it', async () => {
    const url = new URL(adminUrl());
    url.password = 'not-the-password';
    const run = await runMain({ PORT: String(await freePort()), DATABASE_URL: url.toString() });
    expectOneSentence(run, /refused the password for user "[^"]+" — correct the user name or password in DATABASE_URL\.$/);
    expect(run.stderr).not.toContain('not-the-password');
  }, 60_000);

  it('an unknown host: says the host is unknown', async () => {
    const run = await runMain({ PORT: String(await freePort()), DATABASE_URL: 'postgres://carecircle:secret@no-such-host.invalid:5432/carecircle' });
    expectOneSentence(run, /(is unknown — correct the host name in DATABASE_URL|cannot be reached|did not answer in time)/);
    expect(run.stderr).toContain('no-such-host.invalid');
  }, 60_000);

  it('a migration that fails: names it and the reason, and leaves the database as it was', async () => {
    const name = `main_spec_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    // A table the first migration creates, already there with another shape: that migration must fail.
    const target = new Client({ connectionString: url.toString() });
    await target.connect();
    try {
      await target.query('CREATE TABLE audit_event (note text)');
      const run = await runMain({ PORT: String(await freePort()), DATABASE_URL: url.toString() });
      expectOneSentence(run, /^The database migration InitialSchema\d+ failed \(relation "audit_event" already exists\) and was rolled back/);
      const organization = await target.query("SELECT to_regclass('public.organization') AS t");
      expect(organization.rows[0].t).toBeNull();
    } finally {
      await target.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
