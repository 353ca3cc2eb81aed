import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig, toIsoDateToday } from './bootstrap-support';
import { createApp, createDataSource, migrate, openDatabase } from '@carecircle/api/app';
import { DEMO_LOGINS, DEMO_PASSWORD, databaseHasData, seedDemoOrganization } from '@carecircle/api/demo-data';

const WEB_DIST = path.resolve(__dirname, '../../web/dist');

async function main(): Promise<void> {
  const config = loadConfig();
  const say = (line: string) => process.stdout.write(`[carecircle] ${line}\n`);

  say(config.databaseUrl ? 'Using the database at DATABASE_URL.' : `Starting embedded PostgreSQL in ${config.embeddedPostgres.dataDir}…`);
  const database = await openDatabase(config);
  let stopping = false;
  const stopDatabase = async () => {
    if (database.embedded) say('Stopping embedded PostgreSQL…');
    await database.stop();
  };

  try {
    const ran = await migrate(database.url);
    say(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date.');
    if (config.seedDemoData) {
      const dataSource = await createDataSource(database.url).initialize();
      try {
        if (!(await databaseHasData(dataSource))) {
          await seedDemoOrganization(dataSource, { today: toIsoDateToday(), onProgress: (m) => say(`seed: ${m}`) });
        }
      } finally {
        await dataSource.destroy();
      }
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp(config, database.url, { webDistDir: WEB_DIST });
    await app.listen(config.port, config.host);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received, shutting down…`);
    await app.close();
    await stopDatabase();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const url = `http://localhost:${config.port}`;
  say(`CareCircle is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/health)`);
  if (config.seedDemoData) {
    say(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
    say(`  supervisor    ${DEMO_LOGINS.supervisor}`);
    for (const email of DEMO_LOGINS.counselors) say(`  counselor     ${email}`);
    for (const email of DEMO_LOGINS.peerWorkers) say(`  peer support  ${email}`);
    say(`  admin         ${DEMO_LOGINS.admin}`);
  }
  say('Press Ctrl-C to stop (the database stops with it).');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`CareCircle failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
