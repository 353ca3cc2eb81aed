import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase } from '@carecircle/api/database';
// Not @carecircle/api/app's migrate(): importing the app into a test that never starts it leaves a handle open in the worker.
import { runMigrations } from '@carecircle/api/backups';
import { runCli, testAdminUrl, testDatabaseUrl } from './cli-test-support';

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Object.values((await client.query(sql)).rows[0] ?? {})[0];
  } finally {
    await client.end();
  }
}

describe('npm run db:backup and db:restore', () => {
  const databases = [`carecircle_cli_${randomBytes(5).toString('hex')}`, `carecircle_cli_${randomBytes(5).toString('hex')}`];
  const [source, target] = databases.map(testDatabaseUrl) as [string, string];
  const folder = mkdtempSync(path.join(os.tmpdir(), 'carecircle-cli-backups-'));

  beforeAll(async () => {
    for (const name of databases) await ensureDatabase(testAdminUrl(), name);
    await runMigrations(source);
    await scalar(source, `INSERT INTO organization (name) VALUES ('CLI Org') RETURNING id`);
  }, 60_000);

  afterAll(async () => {
    for (const name of databases) await dropDatabase(testAdminUrl(), name);
  });

  it('backs up, refuses to restore without confirmation when there is no terminal, and restores with --yes', async () => {
    const backup = await runCli('backup', [], { DATABASE_URL: source, BACKUP_DIR: folder });
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    const written = /Backup written: (\S+) \((\d+(\.\d)? (B|kB|MB)), (\d+) rows in (\d+) tables\)\./.exec(backup.stdout);
    expect(written).not.toBeNull();
    const file = written![1]!;
    expect(path.dirname(file)).toBe(path.resolve(folder));

    const unconfirmed = await runCli('restore', [file], { DATABASE_URL: target, BACKUP_DIR: folder });
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.stderr.trim()).toBe(
      `db:restore failed: Refusing to restore without confirmation: there is no terminal to ask on, so run npm run db:restore -- --yes ${file}.`,
    );
    expect(await scalar(target, `SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public'`)).toBe(0);

    const restored = await runCli('restore', ['--yes', file], { DATABASE_URL: target, BACKUP_DIR: folder });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(`Restored ${written![5]} rows in ${written![6]} tables from ${file}`);
    expect(await scalar(target, `SELECT name FROM organization`)).toBe('CLI Org');
  }, 240_000); // three CLI runs, each compiling the API on start
});
