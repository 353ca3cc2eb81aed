/**
 * Prints figures from the demo data the way a supervisor would ask for them: 90-day retention for
 * the last 12 months of admissions, the "Support system" comparisons at the landmark (day 30: clients
 * per group, still in care at day 90 on the Kaplan–Meier curve, the log-rank p-value), and the number
 * of SQL statements the caseload page (100 clients with care team and risk flags) costs. A report,
 * not a test.
 *
 *   npm run report:demo-metrics
 */
import 'reflect-metadata';
import { addDays } from 'date-fns';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LANDMARK_DAYS_DEFAULT, SUPPORT_SYSTEM_DIMENSIONS, SUPPORT_SYSTEM_DIMENSION_LABELS, toIsoDate } from '@carecircle/shared/domain';
import { createApp, createDataSource, migrate } from '@carecircle/api/app';
import { QueryCounter, ensureDatabase, startEmbeddedPostgres } from '@carecircle/api/database';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRET, seedDemoOrganization } from '@carecircle/api/demo-data';
import { currentTwoFactorCode } from '../../libs/api/auth/src/two-factor-secret';
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
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    // The demo supervisor's two-factor key is encrypted with the secret the app reads it with.
    await seedDemoOrganization(ds, { today, authTokenSecret: config.auth.tokenSecret });
    await ds.destroy();

    const counter = new QueryCounter();
    const app = await createApp(config, url, { quiet: true, queryCounter: counter });
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
    const login = async (email: string, oneTimeCode?: string) =>
      (await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: DEMO_PASSWORD, ...(oneTimeCode ? { oneTimeCode } : {}) } })).login
        .token as string;

    // Supervisors sign in with two-factor: the demo's published key gives the code.
    const supervisor = await login(DEMO_LOGINS.supervisor, await currentTwoFactorCode(DEMO_TWO_FACTOR_SECRET));
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

    console.log(`Support system at the landmark (day ${LANDMARK_DAYS_DEFAULT}), same admissions, all episodes:`);
    for (const dimension of SUPPORT_SYSTEM_DIMENSIONS) {
      const report = (
        await gql(
          `query($input: MetricsRangeInput!) { retention(input: $input) {
             rates { group days eligible retained }
             logRank { chiSquare degreesOfFreedom pValue }
             curves { group clients tooSmallToRead steps { days survival } } } }`,
          { input: { from, to: today, dimension, landmarkDays: LANDMARK_DAYS_DEFAULT } },
          supervisor,
        )
      ).retention;
      const p = report.logRank ? `log-rank p = ${report.logRank.pValue.toFixed(3)} (χ² ${report.logRank.chiSquare.toFixed(2)}, ${report.logRank.degreesOfFreedom} df)` : 'no log-rank test';
      console.log(`  ${SUPPORT_SYSTEM_DIMENSION_LABELS[dimension]}: ${p}`);
      for (const curve of report.curves as Array<{ group: string; clients: number; tooSmallToRead: boolean; steps: Array<{ days: number; survival: number }> }>) {
        // Still in care at day 90 on the curve (1 at the landmark), and the retention rate at 90 days among those who reached it.
        const at90 = curve.steps.filter((st) => st.days <= 90).at(-1)?.survival ?? 1;
        const rate = (report.rates as Array<{ group: string; days: number; eligible: number; retained: number }>).find((r) => r.group === curve.group && r.days === 90);
        const rateText = rate && rate.eligible > 0 ? `${((100 * rate.retained) / rate.eligible).toFixed(0)}% (${rate.retained} of ${rate.eligible})` : 'n/a';
        console.log(
          `    ${curve.group.padEnd(34)} ${String(curve.clients).padStart(3)} at the landmark${curve.tooSmallToRead ? ' (too small to read)' : ''}; ` +
            `still in care at day 90 (curve) ${(100 * at90).toFixed(0)}%; in treatment at 90 days ${rateText}`,
        );
      }
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
