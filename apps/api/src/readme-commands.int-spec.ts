import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@carecircle/api/testing';

/**
 * Every command README.md lists either runs here, against a throwaway embedded database, or is named
 * below with the reason it does not; a command this test does not know fails it, so a README command
 * cannot break (or appear) silently.
 */

const ROOT = path.resolve(__dirname, '../../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SCRIPTS = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Run by the tests below, in this order (each needs the one before). */
const RUN_HERE = ['db:migrate', 'db:seed', 'audit:verify', 'db:backup', 'db:reset', 'db:restore', 'demo:code', 'start'];

/** Listed in the README but not run here, and why. */
function notRunHere(script: string): string | undefined {
  if (script === 'install') return 'installs the dependencies this test is already running on';
  if (script === 'test' || script.startsWith('test:')) return 'is the test suite this test is part of';
  if (script === 'lint' || script === 'typecheck') return 'is its own check (eslint / tsc), run on every change';
  if (script === 'build' || script === 'build:web') return 'typecheck plus the web build, which the browser journeys run before they start';
  if (script === 'codegen' || script === 'schema:print') return 'is checked by the test that fails when the schema or the generated types are stale';
  if (script === 'perf' || script === 'bench' || script.startsWith('bench:') || script.startsWith('report:')) {
    return 'is a measurement (web build, headless Chromium, demo-scale data) taking minutes, not a check';
  }
  return undefined;
}

interface ReadmeCommand {
  text: string;
  /** The package.json script it runs ('install' for npm install/ci). */
  script: string;
}

/** `npm …` commands from code blocks and inline code; a bare `db:seed` after `npm run db:migrate` / counts too. */
function readmeCommands(markdown: string): ReadmeCommand[] {
  const found: string[] = [];
  const withoutBlocks = markdown.replace(/```[^\n]*\n([\s\S]*?)```/g, (_, body: string) => {
    for (const line of body.split('\n')) {
      for (const part of line.replace(/\s#.*$/, '').split(/&&|\|\||;/)) if (/^\s*npm\s/.test(part)) found.push(part.trim());
    }
    return '';
  });
  for (const [, span] of withoutBlocks.matchAll(/`([^`\n]+)`/g)) {
    const code = span!.trim();
    if (/^npm\s/.test(code)) found.push(code);
    else if (/^[a-z]+:[a-z0-9:-]+$/.test(code) && code in SCRIPTS) found.push(`npm run ${code}`);
  }
  return [...new Set(found)].map((text) => ({ text, script: scriptOf(text) }));
}

function scriptOf(command: string): string {
  const [, verb, ...rest] = command.split(/\s+/);
  if (verb === 'start' || verb === 'test') return verb;
  if (verb === 'install' || verb === 'i' || verb === 'ci') return 'install';
  if (verb === 'run' || verb === 'run-script') return rest.find((token) => !token.startsWith('-')) ?? '(no script named)';
  return `npm ${verb}`;
}


interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

describe('the commands README.md lists', () => {
  const commands = readmeCommands(README);

  it('are each a package.json script this test runs or names as not run here', () => {
    expect(commands.map((c) => c.script)).toEqual(expect.arrayContaining(['start', 'test', 'db:migrate', 'db:seed', 'db:reset']));
    const unknown = commands.filter((c) => !RUN_HERE.includes(c.script) && !notRunHere(c.script)).map((c) => c.text);
    // A new README command needs a step in this file (or a reason it cannot run here).
    expect(unknown).toEqual([]);
    const missing = commands.filter((c) => c.script !== 'install' && !(c.script in SCRIPTS)).map((c) => c.text);
    expect(missing).toEqual([]);
  });

  it('reads the commands the way a newcomer does', () => {
    const sample = [
      '```bash',
      'npm install && npm start    # the app',
      'npm run -s db:backup; npm test',
      '```',
      'Also `npm run db:migrate` / `db:seed` / `npm run db:restore -- --yes FILE`, and `npm frobnicate`.',
    ].join('\n');
    expect(readmeCommands(sample).map((c) => c.script)).toEqual(['install', 'start', 'db:backup', 'test', 'db:migrate', 'db:seed', 'db:restore', 'npm frobnicate']);
  });
});

describe('running the README commands against a throwaway embedded database', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let backupFile: string | undefined;

  const runScript = (script: string, args: string[] = []): Promise<Run> =>
    new Promise((resolve) => {
      const child = spawn('npm', ['run', '-s', script, ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });

  const expectSuccess = (run: Run, output: RegExp) => {
    if (run.code !== 0) throw new Error(`exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
    expect(run.stdout).toMatch(output);
  };

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'carecircle-readme-'));
    // As root, PostgreSQL runs as its own OS user, which must be able to reach the data folder.
    chmodSync(work, 0o755);
    env = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'] ?? work,
      CI: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      EMBEDDED_POSTGRES_DIR: path.join(work, 'postgres'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      BACKUP_DIR: path.join(work, 'backups'),
    };
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('npm run db:migrate creates the schema', async () => {
    expectSuccess(await runScript('db:migrate'), /^Applied: InitialSchema\d+/m);
  }, 120_000);

  it('npm run db:seed loads the demo organization', async () => {
    expectSuccess(await runScript('db:seed'), /^Seeded \d+ clients/m);
  }, 240_000);

  it('npm run audit:verify finds the seeded audit trail intact', async () => {
    expectSuccess(await runScript('audit:verify'), /^Audit trail intact: \d+ rows in \d+ organizations?/m);
  }, 120_000);

  it('npm run db:backup writes a backup file', async () => {
    const run = await runScript('db:backup');
    expectSuccess(run, /^Backup written: /m);
    backupFile = /^Backup written: (.+?) \(/m.exec(run.stdout)?.[1];
    expect(backupFile?.startsWith(path.join(work, 'backups'))).toBe(true);
  }, 120_000);

  it('npm run db:reset empties the database', async () => {
    expectSuccess(await runScript('db:reset'), /^Database emptied\./m);
  }, 120_000);

  it('npm run db:restore -- --yes FILE brings the backup back into the empty database', async () => {
    expect(backupFile).toBeDefined();
    expectSuccess(await runScript('db:restore', ['--yes', backupFile!]), /^Restored \d+ rows/m);
  }, 240_000);

  it('npm start serves the restored data (the README demo logins work), a backup can be taken while it runs, and Ctrl-C stops it cleanly', async () => {
    // `npm start` is "build the web app, then start the API". The web build takes minutes on a small
    // machine and the browser journeys run it anyway, so this runs the rest of the script as written.
    const steps = SCRIPTS['start']!.split('&&').map((step) => step.trim());
    const serve = steps.filter((step) => step !== 'npm run build:web');
    expect(serve).toHaveLength(1);
    const [program, ...args] = serve[0]!.split(/\s+/);
    expect(program).toBe('node');
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    const url = `http://127.0.0.1:${env['PORT']}`;
    try {
      const deadline = Date.now() + 150_000;
      for (;;) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not serve /health:\n${output}`);
        const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(output).toContain('Database schema is up to date.');

      const password = /password for all of them is `([^`]+)`/.exec(README)?.[1];
      const logins = [...README.matchAll(/`([a-z.]+@[a-z.]+\.example)`/g)].map((m) => m[1]!);
      expect(password).toBeDefined();
      expect(logins.length).toBeGreaterThanOrEqual(4);
      // The demo supervisor and admin need their second factor: `npm run demo:code`, as the README says.
      const code = /^(\d{6})\s/.exec((await runScript('demo:code')).stdout)?.[1];
      expect(code).toBeDefined();
      const login = async (email: string, oneTimeCode?: string) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
            variables: { input: { email, password, ...(oneTimeCode ? { oneTimeCode } : {}) } },
          }),
        });
        return (await res.json()) as { data?: { login?: { token?: string } }; errors?: Array<{ extensions?: { reason?: string } }> };
      };
      for (const email of logins) {
        let body = await login(email);
        if (body.errors?.[0]?.extensions?.reason === 'TWO_FACTOR_REQUIRED') body = await login(email, code);
        expect({ email, token: typeof body.data?.login?.token }).toEqual({ email, token: 'string' });
      }

      // A backup taken while the app runs reads its database in place instead of failing on the busy folder.
      const whileRunning = await runScript('db:backup');
      expectSuccess(whileRunning, /CareCircle is running: backing up its database in place\.\n+Backup written: /);
    } finally {
      if (child.exitCode === null) child.kill('SIGINT');
    }
    const { code } = await exited;
    expect(output).toContain('SIGINT received, shutting down');
    expect(output).toContain('Stopping embedded PostgreSQL');
    expect(code).toBe(0);
  }, 240_000);
});
