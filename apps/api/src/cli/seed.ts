import 'reflect-metadata';
import { loadConfig, runCli, toIsoDateToday } from '../bootstrap-support';
import { createDataSource, migrate, openDatabase } from '@carecircle/api/app';
import { databaseHasData, seedDemoOrganization } from '@carecircle/api/demo-data';

runCli('db:seed', async () => {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrate(database.url);
    const dataSource = await createDataSource(database.url).initialize();
    try {
      if (await databaseHasData(dataSource)) {
        process.stdout.write('The database already holds data; the demo seed only fills an empty database (see npm run db:reset).\n');
        return;
      }
      const summary = await seedDemoOrganization(dataSource, {
        today: toIsoDateToday(),
        // The demo supervisor's and admin's two-factor keys are encrypted with the secret the app will read them with.
        authTokenSecret: config.auth.tokenSecret,
        onProgress: (message) => process.stdout.write(`seed: ${message}\n`),
      });
      process.stdout.write(`Seeded ${summary.clients} clients (${summary.active} in treatment, ${summary.discharged} discharged).\n`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
});
