import { createReadStream } from 'node:fs';
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';

/** The first line of every backup file names this format; a restore refuses any other. */
export const BACKUP_FORMAT = 'carecircle-backup/1';

/** How many backups the folder keeps; older ones are deleted after each successful backup. */
export const BACKUPS_KEPT = 14;

/** The first line of a backup: what it holds, so a restore can check it before touching the database. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  /** When the snapshot was taken (ISO 8601, UTC). */
  createdAt: string;
  /** The server the rows came from, for the record (`SHOW server_version`). */
  serverVersion: string;
  /** Names of the migrations applied to the database, in the order they ran. */
  migrations: string[];
  /** Every table of the public schema and its row count in the snapshot. */
  tables: Record<string, number>;
}

/**
 * After the header, each table is one section line `{"table": name, "rows": n}` followed by exactly
 * n lines, each one row as PostgreSQL's `row_to_json` wrote it.
 */
export interface BackupSection {
  table: string;
  rows: number;
}

const FILE_PATTERN = /^carecircle-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.backup\.gz$/;

/** `carecircle-2026-11-29T21-50-52-123Z.backup.gz`: UTC, sortable by name, valid on every file system. */
export function backupFileName(takenAt: Date): string {
  return `carecircle-${takenAt.toISOString().replace(/:/g, '-').replace('.', '-')}.backup.gz`;
}

/** When the backup named `fileName` was taken, or null for a file that is not a CareCircle backup. */
export function backupTakenAt(fileName: string): Date | null {
  const match = FILE_PATTERN.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface BackupFileInfo {
  file: string;
  takenAt: Date;
  bytes: number;
}

/** The backups in `folder`, oldest first. Other files (and unfinished `.partial` files) are not backups. */
export async function listBackups(folder: string): Promise<BackupFileInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupFileInfo[] = [];
  for (const name of names.sort()) {
    const takenAt = backupTakenAt(name);
    if (!takenAt) continue;
    const file = path.join(folder, name);
    backups.push({ file, takenAt, bytes: (await stat(file)).size });
  }
  return backups;
}

/** Deletes all but the newest `keep` backups of `folder`; returns the files deleted. */
export async function pruneBackups(folder: string, keep = BACKUPS_KEPT): Promise<string[]> {
  const backups = await listBackups(folder);
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const { file } of old) await unlink(file);
  return old.map((b) => b.file);
}

/**
 * The lines of a gzipped backup, read as the consumer asks for them: the stream is pulled chunk by
 * chunk, so a large backup is never held in memory.
 */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = source.pipe(createGunzip());
  // pipe() passes on neither errors nor an early stop: both streams are closed here, and a missing file is reported.
  source.on('error', (error) => gunzip.destroy(error));
  // A string decoder, so a character split between two chunks is joined again.
  gunzip.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      const text = rest + (chunk as string);
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) yield line;
    }
    if (rest) yield rest;
  } finally {
    gunzip.destroy();
    source.destroy();
  }
}

/** The header of a backup file, checked: a file that is not a CareCircle backup is refused with a clear sentence. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  let first: string | undefined;
  try {
    for await (const line of backupLines(file)) {
      first = line;
      break;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`There is no file ${file}.`);
    throw new Error(`${file} is not a CareCircle backup (it is not a readable gzip file: ${(error as Error).message}).`);
  }
  let header: Partial<BackupHeader> | undefined;
  try {
    header = first ? (JSON.parse(first) as Partial<BackupHeader>) : undefined;
  } catch {
    header = undefined;
  }
  if (
    !header ||
    header.format !== BACKUP_FORMAT ||
    !Array.isArray(header.migrations) ||
    typeof header.tables !== 'object' ||
    !header.tables
  ) {
    throw new Error(`${file} is not a CareCircle backup (its first line does not say format ${BACKUP_FORMAT}).`);
  }
  return header as BackupHeader;
}

export { formatBytes } from '@carecircle/shared/domain';
