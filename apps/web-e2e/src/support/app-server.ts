import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// A relative path: jest loads global setup with plain Node resolution, without the path aliases.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { freePort } from '../../../../libs/api/testing/src/free-port';

const ROOT = path.resolve(__dirname, '../../../..');


async function waitForHealth(url: string, logFile: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`CareCircle exited before it became healthy:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`CareCircle did not become healthy at ${url} within ${timeoutMs / 1000}s; see ${logFile}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface RunningCareCircle {
  url: string;
  pid: number;
  workDir: string;
  logFile: string;
  /** Stops the app like Ctrl-C would (which stops its embedded PostgreSQL) and removes its data. */
  stop(): Promise<void>;
}

/**
 * Starts the API the way `npm start` does after building the web (which the e2e global setup has
 * done), on free ports and a throwaway data directory.
 */
export async function startCareCircle(options: { seedDemoData: boolean }): Promise<RunningCareCircle> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'carecircle-e2e-'));
  // As root, PostgreSQL runs as its own OS user, which must be able to reach the data directory.
  chmodSync(workDir, 0o755);
  const port = await freePort();
  const logFile = path.join(workDir, 'server.log');
  const out = openSync(logFile, 'a');
  // As `npm start` runs it.
  const server = spawn(process.execPath, ['-r', './tools/register.cjs', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: String(options.seedDemoData),
      EMBEDDED_POSTGRES_DIR: path.join(workDir, 'postgres'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      BACKUP_DIR: path.join(workDir, 'backups'),
    },
    stdio: ['ignore', out, out],
  });
  let exited = false;
  server.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.pid && alive(server.pid)) {
      server.kill('SIGINT');
      const deadline = Date.now() + 20_000;
      while (alive(server.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      if (alive(server.pid)) server.kill('SIGKILL');
    }
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, logFile, 120_000, () => exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: server.pid!, workDir, logFile, stop };
}
