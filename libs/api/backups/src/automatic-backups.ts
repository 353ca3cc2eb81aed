import { Client } from 'pg';
import { formatBytes, listBackups } from './backup-file';
import { appliedMigrations, knownMigrations, publicTables } from './database-tables';
import { writeBackup, type BackupResult } from './write-backup';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the running app looks at the newest backup's age; a day's backup is at most this late. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Before pending migrations run at start-up (embedded database only): a backup of the database as
 * it is, so a bad upgrade can be undone. Nothing to do for a fresh database or one already up to
 * date. Returns the backup taken, or null.
 */
export async function backupBeforeMigrating(url: string, folder: string): Promise<BackupResult | null> {
  const client = new Client({ connectionString: url, application_name: 'carecircle-backup' });
  await client.connect();
  let pending: boolean;
  try {
    if ((await publicTables(client)).length === 0) return null;
    const applied = await appliedMigrations(client);
    pending = knownMigrations().some((name) => !applied.includes(name));
  } finally {
    await client.end();
  }
  if (!pending) return null;
  try {
    return await writeBackup(url, folder);
  } catch (error) {
    throw new Error(
      `The backup before migrating failed, so the migrations did not run (${(error as Error).message}); ` +
        'make BACKUP_DIR writable and with room, then start again.',
    );
  }
}

export interface DailyBackups {
  /** Stops the timer and waits for a backup under way, so the database can stop after it. */
  stop(): Promise<void>;
}

/**
 * Once a day while the app runs (embedded database only): every hour, and once at start, it takes
 * a backup when the newest in `folder` is a day old or there is none. The timer is unref'd, so it
 * never keeps the process alive; a failed backup is logged and tried again at the next check.
 */
export function startDailyBackups(
  url: string,
  folder: string,
  log: (line: string) => void,
  options: { checkEveryMs?: number; now?: () => Date } = {},
): DailyBackups {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  let stopped = false;
  const check = () => {
    if (running || stopped) return;
    running = (async () => {
      const newest = (await listBackups(folder)).at(-1);
      if (newest && now().getTime() - newest.takenAt.getTime() < DAY_MS) return;
      const backup = await writeBackup(url, folder, { now: now() });
      log(`Daily backup written: ${backup.file} (${formatBytes(backup.bytes)}, ${backup.rows} rows).`);
    })()
      .catch((error: unknown) => log(`The daily backup failed and will be tried again within the hour: ${(error as Error).message}`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(check, options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref();
  check();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
