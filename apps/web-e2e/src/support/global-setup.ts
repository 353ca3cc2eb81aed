import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

declare global {
  // eslint-disable-next-line no-var
  var __CARECIRCLE_E2E__: { pid: number; workDir: string } | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

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

/**
 * Starts the app the way `npm start` does (build the web, then the API on embedded PostgreSQL with
 * the demo seed), on free ports and a throwaway data directory, for every browser journey.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'carecircle-e2e-'));
  chmodSync(workDir, 0o755);
  const port = await freePort();
  const logFile = path.join(workDir, 'server.log');
  const out = openSync(logFile, 'a');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    EMBEDDED_POSTGRES_DIR: path.join(workDir, 'postgres'),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
  };
  const server = spawn(process.execPath, ['-r', './tools/register.cjs', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', out, out],
    detached: false,
  });
  let exited = false;
  server.once('exit', () => (exited = true));
  globalThis.__CARECIRCLE_E2E__ = { pid: server.pid!, workDir };
  process.env['CARECIRCLE_E2E_URL'] = `http://127.0.0.1:${port}`;
  process.env['CARECIRCLE_E2E_LOG'] = logFile;
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, logFile, 120_000, () => exited);
  } catch (error) {
    // Jest skips global teardown when setup fails: stop the server (and its database) here.
    if (!exited) server.kill('SIGINT');
    throw error;
  }
}
