import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { migrations } from './migrations';
import { SafeTypeormLogger } from './safe-typeorm-logger';

/** Every CareCircle connection: migrations only, never `synchronize`. */
export function dataSourceOptions(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Never TypeORM's default loggers: they print failed queries with their parameters (client data).
    logger: new SafeTypeormLogger(),
    applicationName: 'carecircle',
    uuidExtension: 'pgcrypto',
    extra: { max: 10 },
    ...extra,
  } as DataSourceOptions;
}
