import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI of apps/api/src/cli as a script would: no terminal to ask on, only the environment given. */
export function runCli(script: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './tools/register.cjs', `apps/api/src/cli/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The test server's administrative URL (set by the global setup). */
export function testAdminUrl(): string {
  return process.env['CARECIRCLE_TEST_ADMIN_URL'] ?? '';
}

/** The URL of another database on the test server. */
export function testDatabaseUrl(database: string): string {
  const url = new URL(testAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}
