import 'reflect-metadata';
import { loadConfig, runCli } from '../bootstrap-support';
import { openDatabase } from '@carecircle/api/app';
import { formatBytes, writeBackup } from '@carecircle/api/backups';

/** Writes a backup of the database into BACKUP_DIR (default .data/backups) and keeps the newest 14. */
runCli('db:backup', async () => {
  const config = loadConfig();
  // While CareCircle runs, its database is read in place (a consistent snapshot); otherwise it is started for the backup.
  const database = await openDatabase(config, undefined, { joinRunning: true });
  if (database.joinedRunning) process.stdout.write('CareCircle is running: backing up its database in place.\n');
  try {
    // Reading is all a backup does: the app role (SELECT on every table) is enough.
    const backup = await writeBackup(database.appUrl, config.backupDir);
    const tables = Object.keys(backup.header.tables).length;
    process.stdout.write(`Backup written: ${backup.file} (${formatBytes(backup.bytes)}, ${backup.rows} rows in ${tables} tables).\n`);
    if (backup.pruned.length > 0) process.stdout.write(`Deleted ${backup.pruned.length} older backup(s); the newest 14 are kept.\n`);
    if (!database.embedded) {
      process.stdout.write("With DATABASE_URL, regular backups are the operator's job (pg_dump); this file is CareCircle's own export.\n");
    }
  } finally {
    await database.stop();
  }
});
