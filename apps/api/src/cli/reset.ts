import 'reflect-metadata';
import { loadConfig, runCli } from '../bootstrap-support';
import { createDataSource, openDatabase } from '@carecircle/api/app';

/** Drops every table of the local database; the next start migrates and seeds again. */
runCli('db:reset', async () => {
  const config = loadConfig();
  if (config.env === 'production') throw new Error('refusing to reset a production database');
  const database = await openDatabase(config);
  try {
    const dataSource = await createDataSource(database.url).initialize();
    await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await dataSource.destroy();
    process.stdout.write('Database emptied. `npm start` or `npm run db:seed` will rebuild it.\n');
  } finally {
    await database.stop();
  }
});
