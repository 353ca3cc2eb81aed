import 'reflect-metadata';
import { loadConfig, runCli } from '../bootstrap-support';
import { migrate, openDatabase } from '@carecircle/api/app';

runCli('db:migrate', async () => {
  const database = await openDatabase(loadConfig());
  try {
    const ran = await migrate(database.url);
    process.stdout.write(ran.length ? `Applied: ${ran.join(', ')}\n` : 'Schema is up to date.\n');
  } finally {
    await database.stop();
  }
});
