import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../libs/api/testing/src/free-port';

export const ROOT = path.resolve(__dirname, '../..');

export { freePort };

export interface DemoServer {
  url: string;
  startupMs: number;
  stop(): Promise<void>;
}

/** Starts the app exactly as `npm start` runs it (after the web build), on a throwaway database. */
export async function startDemoServer(): Promise<DemoServer> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'carecircle-bench-'));
  chmodSync(workDir, 0o755);
  const port = await freePort();
  const log = path.join(workDir, 'server.log');
  const out = openSync(log, 'a');
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, ['-r', './tools/register.cjs', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      EMBEDDED_POSTGRES_DIR: path.join(workDir, 'postgres'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    },
    stdio: ['ignore', out, out],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error(`the app exited during start-up:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    if (Date.now() > deadline) throw new Error('the app did not become healthy within 180 s');
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const startupMs = Date.now() - started;
  return {
    url,
    startupMs,
    async stop() {
      child.kill('SIGINT');
      for (let i = 0; i < 100 && !exited; i++) await new Promise((r) => setTimeout(r, 200));
      if (!exited) child.kill('SIGKILL');
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
