import { createServer } from 'node:net';
import { Client } from 'pg';
import { toIsoDate } from '@carecircle/shared/domain';
import { EmbeddedDatabaseError, migrations } from '@carecircle/api/database';
import { ConfigError, type AppConfig } from '@carecircle/api/platform';

export { ConfigError, loadConfig } from '@carecircle/api/platform';

export const toIsoDateToday = () => toIsoDate(new Date());

/** Runs a CLI step, printing a clear message and exiting non-zero on failure. */
export function runCli(name: string, step: () => Promise<void>): void {
  step().then(
    () => process.exit(0),
    (error: unknown) => {
      const reason = error instanceof ConfigError || error instanceof EmbeddedDatabaseError ? error.message : errorText(error);
      process.stderr.write(`${name} failed: ${reason}\n`);
      process.exit(1);
    },
  );
}

/** What `main` was doing when the start stopped; the same error means different things at each step. */
export type StartupStage = 'database' | 'backup' | 'migrations' | 'seed' | 'serve';

/** Tries DATABASE_URL once before anything else, so a wrong URL is named as such rather than as a failed migration. */
export async function checkDatabaseReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Binds the app's port for a moment before the app is built: a taken port is then refused with its
 * plain error code, before Nest would log its own red trace of the same failure.
 */
export function checkPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** The migration that failed: the first one the migrations table does not list yet (undefined if that cannot be told). */
export async function firstPendingMigration(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
    const table = await client.query<{ exists: boolean }>("SELECT to_regclass('public.migrations') IS NOT NULL AS exists");
    const done = new Set(table.rows[0]?.exists ? (await client.query<{ name: string }>('SELECT name FROM migrations')).rows.map((r) => r.name) : []);
    return migrations.map((migration) => new migration().name ?? migration.name).find((name) => !done.has(name));
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * One sentence for whatever stopped the start: what is wrong and what to do. Never a stack trace:
 * the person reading it is starting the app, not debugging it.
 */
export function explainStartupFailure(error: unknown, stage: StartupStage, config: AppConfig, failedMigration?: string): string {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) return error.message;
  const code = errorCode(error);
  const reason = errorText(error);
  switch (stage) {
    case 'database':
      return config.databaseUrl
        ? explainConnectionFailure(config.databaseUrl, code, reason)
        : `The embedded database could not be opened (${reason}) — stop any other CareCircle, or set EMBEDDED_POSTGRES_DIR to another folder.`;
    case 'backup':
      return `The backup taken before migrating failed (${reason}) — free some disk space or set BACKUP_DIR to a writable folder, then start again.`;
    case 'migrations':
      return `The database migration ${failedMigration ?? ''}${failedMigration ? ' ' : ''}failed (${reason}) and was rolled back, so CareCircle did not start — fix what the database says (or restore a backup into an empty database), then start again.`;
    case 'seed':
      return `Loading the demo data failed (${reason}) — empty the database with npm run db:reset and start again, or set SEED_DEMO_DATA=false.`;
    case 'serve':
      if (code === 'EADDRINUSE') {
        return `Port ${config.port} is already in use — is CareCircle already running? Stop it or set PORT to another port.`;
      }
      if (code === 'EACCES') return `Port ${config.port} needs administrator rights on this machine — set PORT to a port above 1023.`;
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
        return `HOST ${config.host} is not an address of this machine — set HOST to one of its addresses, or to 0.0.0.0 for all of them.`;
      }
      return `CareCircle could not start serving on ${config.host}:${config.port} (${reason}) — set LOG_LEVEL=debug and start again to see the details.`;
  }
}

function explainConnectionFailure(databaseUrl: string, code: string | undefined, reason: string): string {
  let where = 'the DATABASE_URL server';
  let user = '';
  let database = '';
  try {
    const url = new URL(databaseUrl);
    where = `${url.hostname}:${url.port || '5432'}`;
    user = decodeURIComponent(url.username);
    database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  } catch {
    // The config check accepted it as postgres://…; keep the generic words.
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `Nothing answers at ${where} (DATABASE_URL) — start that PostgreSQL server, or correct the host and port in DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The database host in DATABASE_URL (${where}) is unknown — correct the host name in DATABASE_URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `The database server at ${where} (DATABASE_URL) cannot be reached — check that it is up and that this machine may connect to it, or correct DATABASE_URL.`;
    case '28P01':
      return `PostgreSQL at ${where} refused the password for user "${user}" — correct the user name or password in DATABASE_URL.`;
    case '28000':
      return `PostgreSQL at ${where} does not let user "${user}" in (${reason}) — correct DATABASE_URL or allow that user in the server's pg_hba.conf.`;
    case '3D000':
      return `The database "${database}" does not exist on ${where} — create it (createdb ${database}) or correct DATABASE_URL.`;
    default:
      if (/timeout/i.test(reason)) {
        return `The database server at ${where} (DATABASE_URL) did not answer in time — check that it is up and reachable, or correct DATABASE_URL.`;
      }
      return `The database at ${where} (DATABASE_URL) could not be used (${reason}) — check DATABASE_URL and that server.`;
  }
}

/** Node errors carry `code`; a refused dual-stack connect is an AggregateError whose parts carry it. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const parts = (error as { errors?: unknown }).errors;
  return Array.isArray(parts) ? parts.map(errorCode).find(Boolean) : undefined;
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message || (error instanceof AggregateError ? error.errors.map(errorText).join('; ') : '');
    return message ? (message.split('\n')[0] ?? '').trim() : error.name;
  }
  return error === undefined ? 'no reason was given' : String(error);
}
