/**
 * Prints figures from the demo data the way a supervisor would ask for them: 90-day retention for
 * the last 12 months of admissions, and the number of SQL statements the caseload page (100
 * clients with care team and risk flags) costs. A report, not a test.
 *
 *   npm run report:demo-metrics
 */
import 'reflect-metadata';
import { addDays } from 'date-fns';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toIsoDate } from '@carecircle/shared/domain';
import { createApp, createDataSource, migrate } from '@carecircle/api/app';
import { QueryCounter, ensureDatabase, startEmbeddedPostgres } from '@carecircle/api/database';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoOrganization } from '@carecircle/api/demo-data';
import { loadConfig } from '@carecircle/api/platform';
import { freePort } from './demo-server';

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'carecircle-report-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false });
  try {
    await ensureDatabase(pg.adminUrl(), 'carecircle');
    const url = pg.adminUrl('carecircle');
    await migrate(url);
    const ds = await createDataSource(url).initialize();
    const today = toIsoDate(new Date());
    await seedDemoOrganization(ds, { today });
    await ds.destroy();

    const counter = new QueryCounter();
    const app = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), url, { quiet: true, queryCounter: counter });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!;
    };
    const login = async (email: string) =>
      (await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: DEMO_PASSWORD } })).login.token as string;

    const supervisor = await login(DEMO_LOGINS.supervisor);
    const from = toIsoDate(addDays(new Date(), -365));
    const retention = await gql(
      `query($input: MetricsRangeInput!) { retention(input: $input) { rates { group days eligible retained rate } } }`,
      { input: { from, to: today, dimension: 'ALL' } },
      supervisor,
    );
    console.log(`Demo data, admissions ${from} … ${today}, supervisor's team:`);
    for (const r of retention.retention.rates) {
      console.log(`  retention at ${String(r.days).padStart(3)} days: ${r.rate === null ? 'n/a' : `${(r.rate * 100).toFixed(1)}%`} (${r.retained} of ${r.eligible})`);
    }

    const counselor = await login(DEMO_LOGINS.counselors[0]);
    const PAGE = `{ clients(limit: 100, filter: { statuses: [ACTIVE, ON_HOLD] }) { total items { id daysInTreatment program { name }
      careTeam { role staff { displayName } } riskFlags { code severity reason } highestRiskSeverity } } }`;
    counter.reset();
    const page = await gql(PAGE, {}, counselor);
    console.log(`Caseload page for ${DEMO_LOGINS.counselors[0]}: ${page.clients.items.length} clients with care team and risk flags = ${counter.total} SQL statements`);
    const supervisorPage = PAGE;
    counter.reset();
    const team = await gql(supervisorPage, {}, supervisor);
    console.log(`Team caseload page for ${DEMO_LOGINS.supervisor}: ${team.clients.items.length} clients = ${counter.total} SQL statements`);
    await app.close();
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
