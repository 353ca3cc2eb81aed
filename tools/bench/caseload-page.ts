/**
 * A caseload page of N clients, as a counselor loads it: SQL statements, audit INSERT statements
 * and audit rows per request, and response time over repeated requests. Prints its figures; asserts
 * nothing (timings belong here, not in tests).
 *
 *   npm run bench:caseload-page            # 100 clients, 40 timed requests
 *   CLIENTS=10 RUNS=100 npm run bench:caseload-page
 */
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CareTeamRole } from '@carecircle/shared/domain';
import { startEmbeddedPostgres } from '@carecircle/api/database';
import { Factory, createTestApp, loginAs } from '@carecircle/api/testing';
import { freePort } from '../../libs/api/testing/src/free-port';

const CLIENTS = Number(process.env['CLIENTS'] ?? 100);
const RUNS = Number(process.env['RUNS'] ?? 40);

// The caseload screen's per-client fields, as the web asks for them.
const PAGE = `query($limit: Int) {
  clients(limit: $limit) {
    total
    items { id firstName lastName status levelOfCare daysInTreatment program { name } careTeam { role staff { displayName } }
            lastCheckInAt checkInSchedule carePlanStatus highestRiskSeverity riskFlags { code severity reason } lastPeerContactOn dualDiagnosis }
  }
}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'carecircle-bench-'));
  chmodSync(parent, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), port: await freePort(), persistent: false });
  process.env['CARECIRCLE_TEST_ADMIN_URL'] = server.adminUrl();
  const t = await createTestApp();
  try {
    const f = new Factory(t.dataSource);
    const { organization, program, counselor, peer } = await f.team();
    for (let i = 0; i < CLIENTS; i++) {
      const client = await f.client(organization.id, program.id);
      await f.assign(client, counselor, CareTeamRole.COUNSELOR);
      if (i % 3 === 0) await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
      if (i % 4 === 0) await f.diagnosis(client, counselor, 'F10.20');
    }
    const token = await loginAs(t.gql, counselor.email);
    const page = () => t.gql(PAGE, { limit: CLIENTS }, token);
    const warm = await page();
    if (warm.errors) throw new Error(JSON.stringify(warm.errors));

    t.queries.reset();
    const before = Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);
    await page();
    const statements = t.queries.statements.length;
    const auditInserts = t.queries.statements.filter((q) => /INSERT INTO "?audit_event"?/.test(q)).length;
    const after = Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = process.hrtime.bigint();
      await page();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`caseload page of ${CLIENTS} clients (counselor), ${RUNS} timed requests after one warm-up:`);
    console.log(`  SQL statements per request: ${statements} (audit INSERT statements: ${auditInserts}, audit rows: ${after - before})`);
    console.log(`  response time p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  } finally {
    await t.close();
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
