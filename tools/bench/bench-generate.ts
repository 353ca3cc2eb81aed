/**
 * Loads the large organization into a throwaway database and prints the load time per step, the
 * row counts and a fingerprint of the data; with BENCH_TWICE=1 it loads a second database and
 * checks the two fingerprints are equal (the generator is deterministic).
 *
 *   node -r ./tools/register.cjs tools/bench/bench-generate.ts
 *   BENCH_CLIENTS=1000 BENCH_CHECK_INS=100000 BENCH_TWICE=1 node -r ./tools/register.cjs tools/bench/bench-generate.ts
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureDatabase } from '@carecircle/api/database';
import { envNumber, startBenchDatabase } from './bench-support';
import { generateLargeOrganization, type LargeOrganizationOptions } from './large-organization';

export function sizesFromEnv(): LargeOrganizationOptions {
  const clients = envNumber('BENCH_CLIENTS', 10_000);
  const scale = clients / 10_000;
  return {
    clients,
    checkIns: envNumber('BENCH_CHECK_INS', Math.round(1_000_000 * scale)),
    peerContacts: Math.round(100_000 * scale),
    measures: Math.round(50_000 * scale),
    progressNotes: Math.round(30_000 * scale),
    familyEvents: Math.round(5_000 * scale),
  };
}

/** md5 over every loaded table's rows in id order: equal fingerprints, equal data. */
export async function fingerprint(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['staff_user', 'client', 'episode_of_care', 'care_team_assignment', 'care_plan', 'diagnosis', 'support_network_member', 'consent',
      'family_engagement_event', 'check_in', 'peer_contact', 'measure_administration', 'progress_note'];
    const parts: string[] = [];
    for (const table of tables) {
      // created_at/updated_at of rows written with now() differ between runs; the rest must not.
      const { rows } = await client.query<{ h: string }>(
        `SELECT md5(string_agg((to_jsonb(t) - 'created_at' - 'updated_at' - 'signed_at' - 'password_hash')::text, ',' ORDER BY t.id)) AS h FROM ${table} t`,
      );
      parts.push(`${table}:${rows[0]!.h}`);
    }
    return parts.join(' ');
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const db = await startBenchDatabase();
  const stop = () => db.stop().catch(() => undefined);
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const options = { ...sizesFromEnv(), log: (line: string) => console.log(`  ${line}`) };
    const org = await generateLargeOrganization(db.ownerUrl, options);
    console.log('rows:', org.counts);
    const first = await fingerprint(db.ownerUrl);
    console.log('fingerprint:', first);
    if (process.env['BENCH_TWICE'] === '1') {
      await ensureDatabase(db.adminUrl, 'carecircle_bench_twice');
      const secondUrl = db.ownerUrl.replace(/\/carecircle_bench$/, '/carecircle_bench_twice');
      const ds = new DataSource(dataSourceOptions(secondUrl, []));
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      await ds.destroy();
      await generateLargeOrganization(secondUrl, { ...options, today: org.today, log: () => undefined });
      const second = await fingerprint(secondUrl);
      console.log(second === first ? 'deterministic: the second load is identical' : `NOT deterministic:\n  ${first}\n  ${second}`);
      if (second !== first) process.exitCode = 1;
    }
  } finally {
    await stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
