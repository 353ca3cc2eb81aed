import type { DataSource } from 'typeorm';
import type { IsoDate } from '@carecircle/shared/domain';

/** The UTC instant of a wall-clock time on a day in a zone, computed by PostgreSQL (independently of the code under test). */
export async function instantAt(dataSource: DataSource, day: IsoDate, time: string, zone: string): Promise<Date> {
  const [row] = (await dataSource.query(`SELECT (($1::date + $2::time) AT TIME ZONE $3) AS at`, [day, time, zone])) as Array<{ at: Date }>;
  return row!.at;
}
