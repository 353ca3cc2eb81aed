import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// A relative path: jest loads global setup with plain Node resolution, without the path aliases.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../database/src/embedded-postgres';
import { freePort } from './free-port';

declare global {
  var __CARECIRCLE_TEST_DB__: { server?: EmbeddedDatabase; dataDir?: string } | undefined;
}


/**
 * One real PostgreSQL server for the run; each test file makes its own database on it. With
 * DATABASE_URL set, that server is used instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    process.env['CARECIRCLE_TEST_ADMIN_URL'] = process.env['DATABASE_URL'];
    return;
  }
  const parent = mkdtempSync(path.join(os.tmpdir(), 'carecircle-test-'));
  // As root, postgres runs as its own OS user, which must be able to reach the data directory.
  chmodSync(parent, 0o755);
  const dataDir = path.join(parent, 'pg');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  globalThis.__CARECIRCLE_TEST_DB__ = { server, dataDir };
  process.env['CARECIRCLE_TEST_ADMIN_URL'] = server.adminUrl();
}
