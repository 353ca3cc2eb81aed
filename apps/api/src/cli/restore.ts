import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { loadConfig, runCli } from '../bootstrap-support';
import { openDatabase } from '@carecircle/api/app';
import { formatBytes, planRestore, restoreBackup } from '@carecircle/api/backups';

/**
 * `npm run db:restore -- FILE` restores a backup into an empty database after the person types
 * RESTORE; a script (no terminal) confirms with `--yes`.
 */
runCli('db:restore', async () => {
  const args = process.argv.slice(2);
  const confirmed = args.includes('--yes');
  const [file, ...more] = args.filter((arg) => arg !== '--yes');
  if (!file || more.length > 0) throw new Error('Name one backup file: npm run db:restore -- FILE (add --yes to skip the question).');
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (!confirmed && !interactive) {
    throw new Error(
      `Refusing to restore without confirmation: there is no terminal to ask on, so run npm run db:restore -- --yes ${file}.`,
    );
  }

  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const plan = await planRestore(database.url, file);
    const tables = Object.keys(plan.header.tables).length;
    process.stdout.write(
      `Backup ${plan.file} (${formatBytes(plan.bytes)}), taken ${plan.header.createdAt}: ${plan.rows} rows in ${tables} tables.\n`,
    );
    if (plan.laterMigrations.length > 0) {
      process.stdout.write(
        `It predates ${plan.laterMigrations.length} migration(s) of this version; they run after the rows are loaded.\n`,
      );
    }
    if (!confirmed) {
      const target = database.embedded ? `the embedded database in ${config.embeddedPostgres.dataDir}` : 'the database at DATABASE_URL';
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await prompt.question(`Type RESTORE to replace the contents of ${target} with this backup: `);
      prompt.close();
      if (answer.trim() !== 'RESTORE') throw new Error('Restore cancelled: nothing was changed.');
    }
    const restored = await restoreBackup(database.url, file, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`Restored ${restored.rows} rows in ${tables} tables from ${restored.file} (${formatBytes(restored.bytes)}).\n`);
  } finally {
    await database.stop();
  }
});
