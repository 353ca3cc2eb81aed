import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrations } from '@carecircle/api/database';

/** TypeORM's record of applied migrations; it is backed up and restored like any other table. */
export const MIGRATIONS_TABLE = 'migrations';

/** `"name"`, for table and column names read from the catalog. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Every table of the public schema (partitions are read through their parent), by name. */
export async function publicTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

/** The migrations applied to the database, in the order they ran; empty when it has never been migrated. */
export async function appliedMigrations(client: Client): Promise<string[]> {
  const tables = await publicTables(client);
  if (!tables.includes(MIGRATIONS_TABLE)) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${quoteIdent(MIGRATIONS_TABLE)} ORDER BY id`);
  return rows.map((r) => r.name);
}

/** The names of the migrations this version of the code knows, in the order they run. */
export function knownMigrations(): string[] {
  return migrations.map((migration) => new migration().name ?? migration.name);
}

/**
 * Runs the code's migrations whose names are in `only` (all of them when omitted) and returns the
 * names that ran. A restore uses it to bring an empty database to the schema a backup was taken
 * at, then, after the rows are in, to the schema of this code.
 */
export async function runMigrations(url: string, only?: readonly string[]): Promise<string[]> {
  const selected = only ? migrations.filter((migration) => only.includes(new migration().name ?? migration.name)) : migrations;
  // No entities: running migrations needs none, and this lib sits below the app that lists them.
  const dataSource = new DataSource(dataSourceOptions(url, [], { migrations: selected }));
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Tables of the public schema that hold at least one row, leaving out the record of migrations. */
export async function tablesWithRows(client: Client): Promise<string[]> {
  const filled: string[] = [];
  for (const table of await publicTables(client)) {
    if (table === MIGRATIONS_TABLE) continue;
    const { rows } = await client.query<{ filled: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS filled`);
    if (rows[0]?.filled) filled.push(table);
  }
  return filled;
}
