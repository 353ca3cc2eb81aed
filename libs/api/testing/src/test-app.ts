import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp, migrate } from '@carecircle/api/app';
import { QueryCounter, appRoleUrl, dropDatabase, ensureAppRoleLogin, ensureDatabase } from '@carecircle/api/database';
import { loadConfig, type AppConfig } from '@carecircle/api/platform';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  /** The app's own connection, as role carecircle_app: what it cannot do, tests cannot do through it either. */
  dataSource: DataSource;
  /** The owner's connection (a superuser on the test server), for what only a migration or an operator does. */
  ownerUrl: string;
  config: AppConfig;
  /** SQL statements sent by the app since the last reset(). */
  queries: QueryCounter;
  /** One GraphQL request; `requestId` sets x-request-id, to find the request's audit rows. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string, requestId?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['CARECIRCLE_TEST_ADMIN_URL'];
  if (!url) throw new Error('CARECIRCLE_TEST_ADMIN_URL is unset: run API tests through jest (its global setup starts PostgreSQL)');
  return url;
}

/**
 * The app role's password on the test server. Every test worker sets the same one, so one worker's
 * start never locks out another's open pool. The server is a throwaway one (or the CI's).
 */
const TEST_APP_ROLE_PASSWORD = 'carecircle-app-test-password';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const MIGRATIONS_DIR = path.resolve(__dirname, '../../database/src/migrations');

/**
 * A database migrated once per test server and version of the migrations, which each suite's
 * database copies (CREATE DATABASE … TEMPLATE): the file copy takes a fraction of running every
 * migration again, and the suites still run on exactly what `npm run db:migrate` builds. Named by
 * a hash of the migration files, so an edited migration makes a new one; an advisory lock lets one
 * worker build it while the others wait.
 */
async function migratedTemplate(admin: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) hash.update(file).update(readFileSync(path.join(MIGRATIONS_DIR, file)));
  const name = `carecircle_template_${hash.digest('hex').slice(0, 16)}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      // Built under another name and renamed when complete, so a half-migrated template is never copied.
      const building = `${name}_building`;
      await dropDatabase(admin, building);
      await ensureDatabase(admin, building);
      await migrate(withDatabase(admin, building));
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
    await client.end();
  }
  return name;
}

/** The real API on a fresh, migrated database of its own, listening on a free port. */
export async function createTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = `carecircle_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl(), database, await migratedTemplate(adminUrl()));
  const url = withDatabase(adminUrl(), database);
  // As deployed: migrations as the owner, the app as carecircle_app, so every suite runs with least privilege.
  await ensureAppRoleLogin(adminUrl(), TEST_APP_ROLE_PASSWORD);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const queries = new QueryCounter();
  const app = await createApp(config, appRoleUrl(url, TEST_APP_ROLE_PASSWORD), { quiet: true, queryCounter: queries });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    config,
    queries,
    ownerUrl: url,
    dataSource: app.get(DataSource),
    async gql(query, variables, token, requestId) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(requestId ? { 'x-request-id': requestId } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      await dropDatabase(adminUrl(), database);
    },
  };
}

/** The error code of the first GraphQL error, for `expect(codeOf(res)).toBe('NOT_FOUND')`. */
export function codeOf(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.['code'] as string | undefined;
}

/** The data of an answer that must have no GraphQL error (the test fails on one, showing it). */
export function dataOf<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data as T;
}
