import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { StaffRole } from '@carecircle/shared/domain';
import { dropDatabase, ensureDatabase } from '@carecircle/api/database';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoOrganization } from '@carecircle/api/demo-data';
import { loadConfig } from '@carecircle/api/platform';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { BACKUP_FORMAT, backupFileName, listBackups, readBackupHeader } from './backup-file';
import { BackupStatusService, OPERATOR_BACKUP_NOTE } from './backup-status.service';
import { backupBeforeMigrating, startDailyBackups } from './automatic-backups';
import { knownMigrations, publicTables, quoteIdent, runMigrations } from './database-tables';
import { RestoreRefused, restoreBackup } from './restore-backup';
import { writeBackup } from './write-backup';

const STATUS = `{ databaseBackupStatus { automatic folder lastBackupAt lastBackupBytes backupCount operatorNote } }`;

function adminUrl(): string {
  return process.env['CARECIRCLE_TEST_ADMIN_URL']!;
}

function urlOf(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** A throwaway database on the test server; dropped in afterAll. */
const throwaway: string[] = [];
async function freshDatabase(): Promise<string> {
  const name = `carecircle_backup_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl(), name);
  throwaway.push(name);
  return urlOf(name);
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Per table: row count and an md5 over every row's JSON, in a fixed order, so any changed value shows. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (client) => {
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const table of await publicTables(client)) {
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(row_to_json(t)::text, E'\\n' ORDER BY row_to_json(t)::text)) AS md5 FROM ${quoteIdent(table)} t`,
      );
      result[table] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 ?? 'empty' };
    }
    return result;
  });
}

function tempFolder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'carecircle-backups-'));
}

describe('database backups', () => {
  let t: TestApp;
  let sourceUrl: string;
  const folder = tempFolder();

  beforeAll(async () => {
    t = await createTestApp({ BACKUP_DIR: folder });
    sourceUrl = (t.dataSource.options as { url: string }).url;
    await seedDemoOrganization(t.dataSource, { today: '2026-11-24' });
    // Text that tests the file's line and character handling: line breaks, quotes, backslashes and
    // characters beyond the Basic Multilingual Plane, which gzip may split between two chunks.
    await t.dataSource.query(`UPDATE check_in SET note = $1 WHERE id = (SELECT id FROM check_in ORDER BY id LIMIT 1)`, [
      'Line one\nline "two" \\ tab\there — ünïcödé 🙂🙂',
    ]);
    // Audit rows from real requests, so the identity column audit_event.id has values to continue from.
    const token = await loginAs((q, v) => t.gql(q, v), DEMO_LOGINS.admin, DEMO_PASSWORD);
    await t.gql(STATUS, {}, token);
  }, 180_000);

  afterAll(async () => {
    await t.close();
    for (const name of throwaway) await dropDatabase(adminUrl(), name);
    // Stopping PostgreSQL and dropping the restored copies takes seconds, longer on a busy machine.
  }, 120_000);

  it('backs up, and restores into an empty database every row of every table, unchanged', async () => {
    const before = await fingerprint(sourceUrl);
    const signed = before['progress_note'];
    expect(signed?.rows).toBeGreaterThan(0);
    const { rows: signedNotes } = await withClient(sourceUrl, (c) =>
      c.query(`SELECT count(*)::int AS n FROM progress_note WHERE status = 'SIGNED'`),
    );
    expect(signedNotes[0].n).toBeGreaterThan(0);

    const backup = await writeBackup(sourceUrl, folder);
    expect(path.basename(backup.file)).toMatch(/^carecircle-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.backup\.gz$/);
    const header = await readBackupHeader(backup.file);
    expect(header.format).toBe(BACKUP_FORMAT);
    expect(header.migrations).toEqual(knownMigrations());
    expect(Object.keys(header.tables).sort()).toEqual(Object.keys(before).sort());
    for (const [table, { rows }] of Object.entries(before)) expect([table, header.tables[table]]).toEqual([table, rows]);
    expect(backup.rows).toBe(Object.values(before).reduce((sum, { rows }) => sum + rows, 0));

    // "Wiped": a brand-new database with no schema at all.
    const target = await freshDatabase();
    const restored = await restoreBackup(target, backup.file);
    expect(restored.migratedAfterLoad).toEqual([]);
    expect(await fingerprint(target)).toEqual(before);

    await withClient(target, async (client) => {
      // The identity column continues after the restored ids instead of colliding with them.
      const { rows: max } = await client.query(`SELECT max(id)::bigint AS id FROM audit_event`);
      const { rows: fresh } = await client.query(
        `INSERT INTO audit_event (organization_id, actor_id, actor_role, action, entity_type, entity_id, request_id)
         SELECT organization_id, actor_id, actor_role, 'READ', 'DatabaseBackup', 'status', 'after-restore' FROM audit_event LIMIT 1 RETURNING id`,
      );
      expect(BigInt(fresh[0].id)).toBeGreaterThan(BigInt(max[0].id));
      // The signed-note lock is in force again once the restore is over.
      await expect(client.query(`UPDATE progress_note SET session_date = session_date - 1 WHERE status = 'SIGNED'`)).rejects.toThrow(
        /is signed/,
      );
    });
  }, 120_000);

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    const backup = await writeBackup(sourceUrl, tempFolder());
    const before = await fingerprint(sourceUrl);
    const refusal = restoreBackup(sourceUrl, backup.file);
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefused);
    await expect(refusal).rejects.toThrow(/already holds data \(audit_chain_head, audit_event, .*\): a backup is restored only into an empty database/);
    expect(await fingerprint(sourceUrl)).toEqual(before);
  }, 60_000);

  it('restores a backup taken at an older schema and brings it up to date; a start-up backs up before migrating it', async () => {
    const known = knownMigrations();
    const older = known.slice(0, known.indexOf('RunningTheProgram1764700000000'));
    const source = await freshDatabase();
    await runMigrations(source, older);
    const organizationId = '6f1c6a8e-0000-4000-8000-000000000001';
    const staffId = '6f1c6a8e-0000-4000-8000-000000000002';
    const programId = '6f1c6a8e-0000-4000-8000-000000000003';
    await withClient(source, async (client) => {
      await client.query(`INSERT INTO organization (id, name) VALUES ($1, 'Older Org')`, [organizationId]);
      await client.query(
        `INSERT INTO program (id, organization_id, name, default_level_of_care) VALUES ($1, $2, 'Day program', 'OUTPATIENT_1')`,
        [programId, organizationId],
      );
      await client.query(
        `INSERT INTO staff_user (id, organization_id, role, email, display_name, password_hash, active) VALUES ($1, $2, 'COUNSELOR', 'older@test.example', 'Older Counselor', 'x', true)`,
        [staffId, organizationId],
      );
    });

    // What `npm start` does before running the pending migration.
    const startFolder = tempFolder();
    const before = await backupBeforeMigrating(source, startFolder);
    expect(before).not.toBeNull();
    expect(before!.header.migrations).toEqual(older);
    expect(await backupBeforeMigrating(await freshDatabase(), startFolder)).toBeNull(); // a fresh database: nothing to save

    // The target was already migrated in full by a fresh start: its empty schema gives way to the backup's.
    const target = await freshDatabase();
    await runMigrations(target);
    const restored = await restoreBackup(target, before!.file);
    expect(restored.laterMigrations).toEqual(known.slice(older.length));
    expect(restored.migratedAfterLoad).toEqual(known.slice(older.length));
    await withClient(target, async (client) => {
      const { rows: migrations } = await client.query(`SELECT name FROM migrations ORDER BY id`);
      expect(migrations.map((m) => m.name)).toEqual(known);
      const { rows: orgs } = await client.query(`SELECT name, time_zone FROM organization`);
      expect(orgs).toEqual([{ name: 'Older Org', time_zone: 'UTC' }]);
      // The later migration's backfill ran over the restored rows.
      const { rows: staffed } = await client.query(`SELECT staff_user_id, program_id FROM staff_program`);
      expect(staffed).toEqual([{ staff_user_id: staffId, program_id: programId }]);
    });
    // An up-to-date database needs no backup at start-up.
    expect(await backupBeforeMigrating(target, startFolder)).toBeNull();
  }, 120_000);

  it('refuses a backup from a newer version of CareCircle and a file that is not a backup', async () => {
    const dir = tempFolder();
    const future = path.join(dir, 'future.backup.gz');
    const header = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: '99',
      migrations: [...knownMigrations(), 'FromTheFuture9999999999999'],
      tables: {},
    };
    writeFileSync(future, gzipSync(`${JSON.stringify(header)}\n`));
    const target = await freshDatabase();
    await expect(restoreBackup(target, future)).rejects.toThrow(/taken by a newer version of CareCircle .*FromTheFuture9999999999999/);
    const notABackup = path.join(dir, 'notes.txt');
    writeFileSync(notABackup, 'hello');
    await expect(restoreBackup(target, notABackup)).rejects.toThrow(/is not a CareCircle backup/);
    // Refused before touching the database: it is still without tables.
    expect(await withClient(target, publicTables)).toEqual([]);
  }, 60_000);

  it('keeps the newest 14 backups and leaves other files alone', async () => {
    const dir = tempFolder();
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 15; i += 1) writeFileSync(path.join(dir, backupFileName(new Date(start + i * 86_400_000))), 'old');
    writeFileSync(path.join(dir, 'README.txt'), 'not a backup');
    const backup = await writeBackup(sourceUrl, dir, { now: new Date(Date.UTC(2026, 5, 1)) });
    const kept = await listBackups(dir);
    expect(kept).toHaveLength(14);
    expect(kept.at(-1)!.file).toBe(backup.file);
    expect(kept[0]!.takenAt.toISOString()).toBe(new Date(start + 2 * 86_400_000).toISOString());
    expect(backup.pruned.map((f) => path.basename(f))).toEqual([0, 1].map((i) => backupFileName(new Date(start + i * 86_400_000))));
    expect(readdirSync(dir)).toContain('README.txt');
  }, 60_000);

  it('takes a daily backup while running only when the newest is a day old', async () => {
    const dir = tempFolder();
    let now = new Date(Date.UTC(2026, 10, 24, 9));
    const start = () => startDailyBackups(sourceUrl, dir, () => undefined, { now: () => now });
    await start().stop(); // none yet: one is taken at once
    expect(await listBackups(dir)).toHaveLength(1);
    now = new Date(Date.UTC(2026, 10, 25, 8));
    await start().stop(); // 23 hours later: still fresh
    expect(await listBackups(dir)).toHaveLength(1);
    now = new Date(Date.UTC(2026, 10, 25, 9, 1));
    await start().stop();
    expect((await listBackups(dir)).map((b) => b.takenAt.toISOString())).toEqual(['2026-11-24T09:00:00.000Z', '2026-11-25T09:01:00.000Z']);
  }, 60_000);

  describe('databaseBackupStatus', () => {
    it("shows an administrator the newest backup's time and size, and is audited", async () => {
      const token = await loginAs((q, v) => t.gql(q, v), DEMO_LOGINS.admin, DEMO_PASSWORD);
      const newest = (await listBackups(folder)).at(-1)!;
      const res = await t.gql<{ databaseBackupStatus: Record<string, unknown> }>(STATUS, {}, token, 'backup-status-read');
      expect(res.errors).toBeUndefined();
      expect(res.data!.databaseBackupStatus).toEqual({
        automatic: true,
        folder: path.resolve(folder),
        lastBackupAt: newest.takenAt.toISOString(),
        lastBackupBytes: newest.bytes,
        backupCount: (await listBackups(folder)).length,
        operatorNote: null,
      });
      const audit = await t.dataSource.query(
        `SELECT action, entity_type, entity_id FROM audit_event WHERE request_id = 'backup-status-read'`,
      );
      expect(audit).toEqual([{ action: 'READ', entity_type: 'DatabaseBackup', entity_id: 'status' }]);
    });

    it('is forbidden to a counselor', async () => {
      const factory = new Factory(t.dataSource);
      const { organization } = await factory.organization();
      const counselor = await factory.staff(organization.id, StaffRole.COUNSELOR);
      const token = await loginAs((q, v) => t.gql(q, v), counselor.email);
      const res = await t.gql(STATUS, {}, token);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    });

    it("says backups are the operator's job when the database is at DATABASE_URL", async () => {
      const dir = tempFolder();
      const status = await new BackupStatusService(
        loadConfig({ DATABASE_URL: 'postgres://db.example/carecircle', BACKUP_DIR: dir }),
      ).status();
      expect(status).toEqual({
        automatic: false,
        folder: dir,
        lastBackupAt: null,
        lastBackupBytes: null,
        backupCount: 0,
        operatorNote: OPERATOR_BACKUP_NOTE,
      });
    });
  });
});
