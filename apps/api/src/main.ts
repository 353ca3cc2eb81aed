import 'reflect-metadata';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { startupWarnings, type AppConfig } from '@carecircle/api/platform';
import {
  ConfigError,
  checkDatabaseReachable,
  checkPortFree,
  explainStartupFailure,
  firstPendingMigration,
  loadConfig,
  toIsoDateToday,
  type StartupStage,
} from './bootstrap-support';
import { createApp, createDataSource, migrate, openDatabase } from '@carecircle/api/app';
import { backupBeforeMigrating, startDailyBackups } from '@carecircle/api/backups';
import { DEMO_LOGINS, DEMO_PASSWORD, databaseHasData, seedDemoOrganization } from '@carecircle/api/demo-data';
import { SetupService } from '@carecircle/api/setup';
import { ownerConnectionWarning } from '@carecircle/api/database';

const WEB_DIST = path.resolve(__dirname, '../../web/dist');

// Memory: under load V8 let the old generation grow to several times what is live (RSS 430–580 MB
// after the bench's load runs, ~100 MB live). Growing it by a quarter of what survived each full
// collection held RSS near 300 MB at the same throughput (issue 13). Set here, not on the command
// line, so every way of starting the API (npm start, Docker, the bench, the browser journeys) has it.
setFlagsFromString('--heap-growing-percent=25');

/** How far the start got, so a failure is told in the words that fit it (see explainStartupFailure). */
const progress: { stage: StartupStage; config?: AppConfig; failedMigration?: string } = { stage: 'database' };

async function main(): Promise<void> {
  const config = loadConfig();
  progress.config = config;
  const say = (line: string) => process.stdout.write(`[carecircle] ${line}\n`);
  for (const warning of startupWarnings(config)) say(warning);

  say(config.databaseUrl ? 'Using the database at DATABASE_URL.' : `Starting embedded PostgreSQL in ${config.embeddedPostgres.dataDir}…`);
  if (config.databaseUrl) await checkDatabaseReachable(config.databaseUrl);
  const database = await openDatabase(config);
  let stopping = false;
  const stopDatabase = async () => {
    if (database.embedded) say('Stopping embedded PostgreSQL…');
    await database.stop();
  };

  try {
    progress.stage = 'backup';
    if (database.embedded) {
      const backup = await backupBeforeMigrating(database.url, config.backupDir);
      if (backup) say(`Backed up the database before migrating: ${backup.file}`);
    }
    progress.stage = 'migrations';
    const ran = await migrate(database.url);
    say(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date.');
    // Least privilege: the app should connect as carecircle_app, not as the owner that could rewrite the audit trail.
    const ownerWarning = database.embedded ? null : await ownerConnectionWarning(database.appUrl);
    if (ownerWarning) say(ownerWarning);
    progress.stage = 'seed';
    if (config.seedDemoData) {
      const dataSource = await createDataSource(database.url).initialize();
      try {
        if (!(await databaseHasData(dataSource))) {
          await seedDemoOrganization(dataSource, { today: toIsoDateToday(), authTokenSecret: config.auth.tokenSecret, onProgress: (m) => say(`seed: ${m}`) });
        }
      } finally {
        await dataSource.destroy();
      }
    }
  } catch (error) {
    if (progress.stage === 'migrations') progress.failedMigration = await firstPendingMigration(database.url);
    await stopDatabase();
    throw error;
  }

  progress.stage = 'serve';
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    await checkPortFree(config.port, config.host);
    app = await createApp(config, database.appUrl, { webDistDir: WEB_DIST });
    await app.listen(config.port, config.host);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  // The embedded database is backed up once a day while running; DATABASE_URL's backups are the operator's (pg_dump).
  const dailyBackups = database.embedded ? startDailyBackups(database.appUrl, config.backupDir, say) : null;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received, shutting down…`);
    await dailyBackups?.stop();
    await app.close();
    await stopDatabase();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const url = `http://localhost:${config.port}`;
  say(`CareCircle is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/health)`);
  if (await app.get(SetupService).needsSetup()) say(`No organization yet: open ${url}/setup to create it.`);
  // Never in production, whatever the settings say (loadConfig refuses demo data there too).
  if (config.seedDemoData && config.env !== 'production') {
    say(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
    say(`  supervisor    ${DEMO_LOGINS.supervisor}`);
    for (const email of DEMO_LOGINS.counselors) say(`  counselor     ${email}`);
    for (const email of DEMO_LOGINS.peerWorkers) say(`  peer support  ${email}`);
    say(`  admin         ${DEMO_LOGINS.admin}`);
  }
  say('Press Ctrl-C to stop (the database stops with it).');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || !progress.config) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  } else {
    process.stderr.write(`${explainStartupFailure(error, progress.stage, progress.config, progress.failedMigration)}\n`);
    // The sentence is for whoever starts the app; the trace only for whoever asks for it.
    if (['debug', 'trace'].includes(progress.config.logLevel) && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
});
