import { stat } from 'node:fs/promises';
import { Client } from 'pg';
import { backupLines, readBackupHeader, type BackupHeader, type BackupSection } from './backup-file';
import { appliedMigrations, knownMigrations, publicTables, quoteIdent, runMigrations, tablesWithRows } from './database-tables';

/** Rows per INSERT, and a cap on the JSON sent at once, so a table of long notes still goes in small pieces. */
const INSERT_ROWS = 500;
const INSERT_BYTES = 4 * 1024 * 1024;

/** A restore that was refused before anything changed; the message says why and what to do. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

export interface RestorePlan {
  file: string;
  bytes: number;
  header: BackupHeader;
  rows: number;
  /** Migrations of this code the backup predates; they run after the rows are loaded. */
  laterMigrations: string[];
}

export interface RestoreResult extends RestorePlan {
  /** The migrations that ran after loading, bringing an older backup up to this code's schema. */
  migratedAfterLoad: string[];
}

/**
 * Reads the backup's header and checks it against this code and the target database, changing
 * nothing: refused (RestoreRefused) when the file is not a backup, was taken by a newer CareCircle,
 * or the database already holds data.
 */
export async function planRestore(url: string, file: string): Promise<RestorePlan> {
  let header: BackupHeader;
  try {
    header = await readBackupHeader(file);
  } catch (error) {
    throw new RestoreRefused((error as Error).message);
  }
  const known = knownMigrations();
  const unknown = header.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `This backup was taken by a newer version of CareCircle (its schema has ${unknown.join(', ')}, which this code does not know): ` +
        'restore it with that version or a later one.',
    );
  }
  const client = new Client({ connectionString: url, application_name: 'carecircle-restore' });
  await client.connect();
  try {
    const filled = await tablesWithRows(client);
    if (filled.length > 0) {
      throw new RestoreRefused(
        `The database already holds data (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}): a backup is restored only into an empty ` +
          'database, so empty it first (for the embedded one, take a backup, then `npm run db:reset`).',
      );
    }
  } finally {
    await client.end();
  }
  const rows = Object.values(header.tables).reduce((sum, n) => sum + n, 0);
  return { file, bytes: (await stat(file)).size, header, rows, laterMigrations: known.filter((name) => !header.migrations.includes(name)) };
}

/**
 * Restores `file` into the empty database at `url`:
 * 1. brings the schema to the one the backup was taken at, by running only the migrations it had;
 * 2. loads every table in one transaction with `session_replication_role = replica`, which skips
 *    foreign-key checks (tables load in any order) and the triggers that lock signed progress notes
 *    or fill defaults, since the rows are already as they were; this needs a superuser, which the
 *    embedded database's user is;
 * 3. sets identity and serial sequences past the loaded ids, checks every table's row count against
 *    the header, and commits only if all match;
 * 4. runs the migrations written after the backup, as an upgrade would.
 */
export async function restoreBackup(url: string, file: string, log: (line: string) => void = () => undefined): Promise<RestoreResult> {
  const plan = await planRestore(url, file);
  const { header } = plan;

  await prepareSchema(url, header.migrations, log);

  const client = new Client({ connectionString: url, application_name: 'carecircle-restore' });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
    } catch (error) {
      throw new Error(
        `Restoring needs a PostgreSQL superuser (to load rows without re-running triggers): ${(error as Error).message}. ` +
          'For a database at DATABASE_URL, use pg_dump and pg_restore.',
      );
    }
    const tables = await publicTables(client);
    const missing = Object.keys(header.tables).filter((table) => !tables.includes(table));
    if (missing.length > 0) throw new Error(`the migrated schema has no table ${missing.join(', ')} that the backup holds`);
    // The migrations just recorded themselves; the backup's own record of them replaces those rows.
    await client.query(`TRUNCATE ${Object.keys(header.tables).map(quoteIdent).join(', ')}`);

    log(`Loading ${plan.rows} rows into ${Object.keys(header.tables).length} tables…`);
    await loadRows(client, file, header);
    await resetSequences(client, tables);
    for (const [table, expected] of Object.entries(header.tables)) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${quoteIdent(table)}`);
      const actual = Number(rows[0]?.count ?? 0);
      if (actual !== expected)
        throw new Error(`table ${table} has ${actual} rows after loading, the backup says ${expected}; nothing was restored`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  const migratedAfterLoad = await runMigrations(url);
  if (migratedAfterLoad.length > 0) log(`Brought the restored data up to this version's schema: ${migratedAfterLoad.join(', ')}`);
  return { ...plan, migratedAfterLoad };
}

/**
 * Makes the (empty) database's schema the backup's: migrations it had, none it did not. A database
 * migrated further than the backup (the usual case: a fresh start ran every migration) has its
 * empty schema dropped first, since a migration's effect cannot be undone reliably.
 */
async function prepareSchema(url: string, backupMigrations: readonly string[], log: (line: string) => void): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'carecircle-restore' });
  await client.connect();
  try {
    const applied = await appliedMigrations(client);
    const isPrefix = applied.every((name, i) => backupMigrations[i] === name);
    const tables = await publicTables(client);
    if (!isPrefix || (applied.length === 0 && tables.length > 0)) {
      // planRestore found no rows in any table, so this drops only empty structure.
      log('Dropping the empty schema, whose migrations differ from the backup’s…');
      await client.query('DROP SCHEMA public CASCADE');
      await client.query('CREATE SCHEMA public');
    }
  } finally {
    await client.end();
  }
  await runMigrations(url, backupMigrations);
  const check = new Client({ connectionString: url, application_name: 'carecircle-restore' });
  await check.connect();
  try {
    const applied = await appliedMigrations(check);
    if (applied.join('\n') !== backupMigrations.join('\n')) {
      throw new Error(`the schema could not be brought to the backup's migrations (it has ${applied.join(', ') || 'none'})`);
    }
  } finally {
    await check.end();
  }
}

/** Streams the file's sections into their tables, a batch at a time. */
async function loadRows(client: Client, file: string, header: BackupHeader): Promise<void> {
  let section: (BackupSection & { seen: number; insert: string }) | null = null;
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (!section || batch.length === 0) return;
    await client.query(section.insert, [`[${batch.join(',')}]`]);
    batch = [];
    batchBytes = 0;
  };
  let lineNumber = 0;
  for await (const line of backupLines(file)) {
    lineNumber += 1;
    if (lineNumber === 1) continue; // the header, read already
    if (section && section.seen < section.rows) {
      batch.push(line);
      batchBytes += line.length;
      section.seen += 1;
      if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) await flush();
      continue;
    }
    await flush();
    if (line === '') continue;
    const next = JSON.parse(line) as BackupSection;
    if (typeof next.table !== 'string' || !(next.table in header.tables))
      throw new Error(`line ${lineNumber} of the backup names no table of its header`);
    section = { ...next, seen: 0, insert: await insertStatement(client, next.table) };
  }
  await flush();
  if (section && section.seen < section.rows) throw new Error(`the backup ends inside table ${section.table}: the file is incomplete`);
}

/**
 * `INSERT … SELECT … FROM json_populate_recordset(NULL::table, $1)`: PostgreSQL turns each JSON row
 * back into the table's own types. Generated columns are left to compute themselves; identity
 * values are kept (OVERRIDING SYSTEM VALUE).
 */
async function insertStatement(client: Client, table: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [quoteIdent(table)],
  );
  const columns = rows.map((r) => quoteIdent(r.name)).join(', ');
  return `INSERT INTO ${quoteIdent(table)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`;
}

/** Identity and serial columns continue after the largest id loaded (audit_event.id, migrations.id). */
async function resetSequences(client: Client, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    const { rows } = await client.query<{ column: string; sequence: string }>(
      `SELECT a.attname AS column, pg_get_serial_sequence($1, a.attname) AS sequence
         FROM pg_attribute a
        WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence($1, a.attname) IS NOT NULL`,
      [quoteIdent(table)],
    );
    for (const { column, sequence } of rows) {
      await client.query(`SELECT setval($1, COALESCE(MAX(${quoteIdent(column)}), 0) + 1, false) FROM ${quoteIdent(table)}`, [sequence]);
    }
  }
}
