/**
 * `npm run bench`: CareCircle at the size of a large program, against the best SQL for the same answers.
 *
 * 1. Starts its own embedded PostgreSQL in a temp folder, migrates it as the owner and loads the
 *    large organization (tools/bench/large-organization.ts: 10,000 clients, ~150 staff, 1,000,000
 *    check-ins…) with set-based SQL, printing the load time.
 * 2. Starts the API as production runs it — a separate `node -r ./tools/register.cjs
 *    apps/api/src/main.ts` with NODE_ENV=production, DATABASE_URL as the app role carecircle_app,
 *    MIGRATION_DATABASE_URL as the owner and a strong AUTH_TOKEN_SECRET — and signs in as the
 *    counselor with the largest caseload and as the supervisor of the largest team (with a TOTP code;
 *    the bench enrols the supervisor's two-factor secret itself).
 * 3. Sends the documents the web sends (printed from the generated documents in
 *    libs/web/data-access, with the web's own default filter, sort and date range): the caseload,
 *    counselor and supervisor, pages of 10, 40 and 100, and the dashboard's retention (with its
 *    Kaplan–Meier curves), weekly check-in trends, caseload summary and "Support system" curves (one
 *    request per comparison, at the default landmark, day 30). After a warm-up it checks
 *    each answer equals its SQL floor's (same clients in the same order, same totals), then times
 *    app and floor INTERLEAVED, request by request, so the machine's noise hits both alike.
 * 4. Counts the SQL statements and audit rows of one caseload request (PostgreSQL's own statement
 *    log, so it is the production process's real traffic), runs autocannon on the counselor's page of
 *    100 at 10 and 50 connections (then 50 again, to see memory growth), reads the API's resident
 *    memory from /proc after each load run, and prints one table.
 * It stops everything it started (API process, PostgreSQL, temp folders), also on failure or Ctrl-C.
 *
 * SQL floors: tools/bench/sql-floors.ts, the best hand-written SQL for each answer.
 *
 * Settings (environment):
 *   BENCH_CLIENTS=10000        clients in the organization (check-ins and the rest scale with it)
 *   BENCH_CHECK_INS=1000000    check-ins (default: 100 per client)
 *   BENCH_RUNS=30              timed requests per measure (each also runs its floor once)
 *   BENCH_LOAD_SECONDS=15      length of each autocannon run
 *   BENCH_WEB=1                also time the built web (needs `npm run build:web`) in headless chromium
 *   BENCH_WEB_LOADS=7          page loads the web's first page is timed over (each printed, and the median)
 *   BENCH_LOG_LEVEL=info       the API's LOG_LEVEL (production default: info)
 *   BENCH_VERBOSE=1            print the SQL statements of the counted caseload requests
 * Load runs shorter than ~10 s say little at 50 connections: requests still in flight at the end are
 * neither counted as answered nor as errors (autocannon times a request out after 10 s).
 *   e.g. a quick run: BENCH_CLIENTS=1000 BENCH_RUNS=10 BENCH_LOAD_SECONDS=3 npm run bench
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { Client, Pool } from 'pg';
import {
  CaseloadClientsDocument,
  DashboardCaseloadSummaryDocument,
  DashboardCheckInTrendsDocument,
  DashboardRetentionDocument,
  SupportSystemRetentionDocument,
} from '../../libs/web/data-access/src/gql/graphql';
import {
  LANDMARK_DAYS_DEFAULT,
  SMALL_GROUP_MIN_CLIENTS,
  SUPPORT_SYSTEM_DIMENSIONS,
  SUPPORT_SYSTEM_GROUPS,
  logRankTest,
  type SupportSystemDimension,
} from '../../libs/shared/domain/src/support-system';
import { readCaseloadUrlFilters, toClientFilter } from '../../libs/web/caseload/src/caseload-url-filters';
import { readCaseloadSort, toClientSort } from '../../libs/web/caseload/src/caseload-sort';
import { readDashboardParams } from '../../libs/web/dashboards/src/date-range';
import { currentTwoFactorCode, encryptTwoFactorSecret, newTwoFactorSecret, twoFactorKey } from '../../libs/api/auth/src/two-factor-secret';
import { freePort } from '../../libs/api/testing/src/free-port';
import { envNumber, percentile, startBenchDatabase, strongSecret, type BenchDatabase } from './bench-support';
import { sizesFromEnv } from './bench-generate';
import { generateLargeOrganization, type LargeOrganization } from './large-organization';
import { describeLoads, initialJavaScriptKb, launchChromium, timePageLoads } from './web-measures';
import {
  caseloadPageFloor,
  caseloadSummaryFloor,
  checkInTrendsFloor,
  kaplanMeierFloor,
  retentionFloor,
  supportRetentionFloor,
  type FloorInput,
  type SqlFloor,
} from './sql-floors';

// autocannon ships no types: the part of its API used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches?: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

const RUNS = envNumber('BENCH_RUNS', 30);
const LOAD_SECONDS = envNumber('BENCH_LOAD_SECONDS', 15);
const WEB_LOADS = envNumber('BENCH_WEB_LOADS', 7);
const ROOT = path.resolve(__dirname, '../..');

// ---------------------------------------------------------------------------------------------
// Everything started is stopped, in reverse order, whatever happens.
const cleanups: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => console.error('clean-up:', error));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping what the bench started…`);
    void cleanUp().then(() => process.exit(130));
  });
}

const say = (line: string) => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------------
// The API process, as production runs it.

interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** Resident memory now and its peak so far, in MB (from /proc/<pid>/status). */
  memory(): { rssMb: number; peakMb: number };
}

async function startApi(db: BenchDatabase, tokenSecret: string): Promise<ApiProcess> {
  const port = await freePort();
  // As `npm start` and the Dockerfile run it.
  const child: ChildProcess = spawn(process.execPath, ['-r', './tools/register.cjs', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? '/tmp',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: db.appUrl,
      MIGRATION_DATABASE_URL: db.ownerUrl,
      AUTH_TOKEN_SECRET: tokenSecret,
      // The bench runs longer than a default session; activity keeps it open, this keeps the token valid.
      AUTH_TOKEN_TTL_MINUTES: '600',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (!pid) throw new Error('the API process did not start');
  // Whatever ends the bench (even a crash), the API does not outlive it.
  process.once('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  );
  // The output must be read (a full pipe would stall the API); the last lines explain a failed start.
  const recent: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) recent.push(line.slice(0, 400));
    if (recent.length > 40) recent.splice(0, recent.length - 40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${recent.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`the API did not answer /health within 3 minutes:\n${recent.join('\n')}`);
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await sleep(500);
  }
  return {
    baseUrl,
    pid,
    memory() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function gqlClient(baseUrl: string) {
  return async <T>(document: string, variables: Record<string, unknown>, token?: string): Promise<{ ms: number; body: string; result: GqlResult<T> }> => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = await response.text();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { ms, body, result: JSON.parse(body) as GqlResult<T> };
  };
}

// ---------------------------------------------------------------------------------------------
// Floors: tools/bench/sql-floors.ts. A measure's floor counts only when its answer equals the app's.

type FloorFn = (input: FloorInput) => SqlFloor;
/** The support-system curves' floors, one per comparison (issue 14). */
type SupportFloorName = `supportRetentionFloor:${SupportSystemDimension}`;
type FloorName = 'caseloadPageFloor' | 'retentionFloor' | 'kaplanMeierFloor' | 'checkInTrendsFloor' | 'caseloadSummaryFloor' | SupportFloorName;
type FloorSet = { source: string } & Partial<Record<FloorName, FloorFn>>;

const SQL_FLOORS: FloorSet = {
  source: 'sql-floors',
  caseloadPageFloor,
  retentionFloor,
  kaplanMeierFloor,
  checkInTrendsFloor,
  caseloadSummaryFloor,
  ...Object.fromEntries(SUPPORT_SYSTEM_DIMENSIONS.map((dimension) => [`supportRetentionFloor:${dimension}`, (input: FloorInput) => supportRetentionFloor(dimension, input)])),
};

// ---------------------------------------------------------------------------------------------
// The measures.

interface Answer {
  /** What must be equal between app and floor (client ids in order, totals…), as JSON. */
  key: string;
}

type Timed = () => Promise<{ ms: number; answer: Answer }>;

interface Measure {
  name: string;
  app: Timed;
  /** Floors to try, in order; `floor` is the one whose answer equals the app's (or the first that ran). */
  candidates: Array<{ source: string; run: Timed }>;
  floor?: Timed;
  appTimes: number[];
  floorTimes: number[];
  check?: string;
}

type SurvivalStepRow = { days: number; atRisk: number; events: number; censored: number; survival: number };

interface CaseloadPage {
  clients: { total: number; items: Array<{ id: string }> };
}

async function main(): Promise<void> {
  const sizes = sizesFromEnv();
  say(`clients ${sizes.clients}, check-ins ${sizes.checkIns}, ${RUNS} timed requests per measure, load runs of ${LOAD_SECONDS} s`);

  // 1. Database and data.
  let t0 = Date.now();
  const db = await startBenchDatabase();
  cleanups.push(() => db.stop());
  process.once('exit', () => db.removeFilesSync());
  say(`PostgreSQL started and migrated in ${Date.now() - t0} ms`);
  const org: LargeOrganization = await generateLargeOrganization(db.ownerUrl, { ...sizes, log: (line) => say(`  load ${line}`) });
  say(`loaded in ${(org.timings['total']! / 1000).toFixed(1)} s (+ VACUUM ANALYZE ${((org.timings['analyze'] ?? 0) / 1000).toFixed(1)} s): ${JSON.stringify(org.counts)}`);

  const owner = new Client({ connectionString: db.ownerUrl });
  // A connection the server drops while stopping (Ctrl-C) must not crash the bench before it has cleaned up.
  owner.on('error', () => undefined);
  await owner.connect();
  cleanups.push(() => owner.end());
  const counselor = org.counselors[0]!;
  const supervisor = org.supervisors[0]!;
  const tokenSecret = strongSecret();
  const totpSecret = newTwoFactorSecret();
  await owner.query(
    `INSERT INTO staff_two_factor (staff_user_id, organization_id, secret_ciphertext, enabled_at) VALUES ($1, $2, $3, now())`,
    [supervisor.id, org.organizationId, encryptTwoFactorSecret(totpSecret, twoFactorKey(tokenSecret))],
  );

  // 2. The API.
  t0 = Date.now();
  const api = await startApi(db, tokenSecret);
  say(`API (pid ${api.pid}) answering in ${Date.now() - t0} ms; RSS ${api.memory().rssMb.toFixed(0)} MB`);
  const gql = gqlClient(api.baseUrl);
  const login = async (email: string, oneTimeCode?: string) => {
    const res = await gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email, password: org.password, ...(oneTimeCode ? { oneTimeCode } : {}) },
    });
    const token = res.result.data?.login.token;
    if (!token) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(res.result.errors)}`);
    return token;
  };
  const counselorToken = await login(counselor.email);
  const supervisorToken = await login(supervisor.email, await currentTwoFactorCode(totpSecret));
  say(`signed in as counselor ${counselor.email} and supervisor ${supervisor.email}`);

  // 3. The documents and variables the web sends.
  const caseloadDocument = print(CaseloadClientsDocument as unknown as DocumentNode);
  const noParams = new URLSearchParams();
  const caseloadFilter = toClientFilter(readCaseloadUrlFilters(noParams), { search: '', programId: null, withDiagnoses: true });
  const caseloadSort = toClientSort(readCaseloadSort(noParams));
  const caseloadVariables = (limit: number) => ({ filter: caseloadFilter, sort: caseloadSort, offset: 0, limit, withDiagnoses: true });
  const [y, m, d] = org.today.split('-').map(Number);
  const dashboard = readDashboardParams(noParams, new Date(y!, m! - 1, d!));
  const retentionDocument = print(DashboardRetentionDocument as unknown as DocumentNode);
  const trendsDocument = print(DashboardCheckInTrendsDocument as unknown as DocumentNode);
  const summaryDocument = print(DashboardCaseloadSummaryDocument as unknown as DocumentNode);
  const supportDocument = print(SupportSystemRetentionDocument as unknown as DocumentNode);
  const retentionInput = { from: dashboard.range.from, to: dashboard.range.to, dimension: 'ALL', episodes: dashboard.episodes };
  const trendsInput = { from: dashboard.range.from, to: dashboard.range.to, dimension: 'ALL' };

  const floorSets = [SQL_FLOORS];
  const floorPool = new Pool({ connectionString: db.appUrl, max: 2 });
  floorPool.on('error', () => undefined);
  cleanups.push(() => floorPool.end());
  const runFloor = async (fn: FloorFn, input: FloorInput) => {
    const statement = fn(input);
    const started = process.hrtime.bigint();
    const { rows } = await floorPool.query(statement.sql, statement.params);
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, rows: rows as Array<Record<string, unknown>> };
  };
  const floorContext = (viewer: 'COUNSELOR' | 'SUPERVISOR', limit = 100): FloorInput => ({
    organizationId: org.organizationId,
    staffId: viewer === 'COUNSELOR' ? counselor.id : supervisor.id,
    role: viewer,
    today: org.today,
    timeZone: org.timeZone,
    statuses: (caseloadFilter.statuses as string[] | null | undefined) ?? ['ACTIVE', 'ON_HOLD'],
    offset: 0,
    limit,
    from: dashboard.range.from,
    to: dashboard.range.to,
    landmarkDays: LANDMARK_DAYS_DEFAULT,
  });

  const measures: Measure[] = [];
  const appOk = <T>(name: string, res: { result: GqlResult<T> }): T => {
    if (res.result.errors?.length || !res.result.data) throw new Error(`${name}: ${JSON.stringify(res.result.errors).slice(0, 500)}`);
    return res.result.data;
  };
  for (const viewer of ['COUNSELOR', 'SUPERVISOR'] as const) {
    for (const limit of [10, 40, 100]) {
      const token = viewer === 'COUNSELOR' ? counselorToken : supervisorToken;
      const name = `${viewer.toLowerCase()} caseload, page of ${limit}`;
      measures.push({
        name,
        appTimes: [],
        floorTimes: [],
        candidates: floorSets.flatMap((set) => {
          const fn = set.caseloadPageFloor;
          if (!fn) return [];
          return [
            {
              source: set.source,
              run: async () => {
                const { ms, rows } = await runFloor(fn, floorContext(viewer, limit));
                return { ms, answer: { key: JSON.stringify({ total: Number(rows[0]?.['total'] ?? 0), ids: rows.map((r) => r['id']) }) } };
              },
            },
          ];
        }),
        app: async () => {
          const res = await gql<CaseloadPage>(caseloadDocument, caseloadVariables(limit), token);
          const page = appOk(name, res).clients;
          return { ms: res.ms, answer: { key: JSON.stringify({ total: page.total, ids: page.items.map((c) => c.id) }) } };
        },
      });
    }
  }
  // Dashboards, as the supervisor (the team's clients: the larger scope). The app's answer and the
  // floors' rows are both reduced to the same plain rows before they are compared.
  const dashboardMeasure = (
    name: string,
    document: string,
    variables: Record<string, unknown>,
    floorNames: FloorName[],
    fromApp: (data: Record<string, unknown>) => unknown,
    fromFloor: (parts: Array<Array<Record<string, unknown>>>) => unknown,
  ): Measure => ({
    name,
    appTimes: [],
    floorTimes: [],
    app: async () => {
      const res = await gql<Record<string, unknown>>(document, variables, supervisorToken);
      return { ms: res.ms, answer: { key: canonical(fromApp(appOk(name, res))) } };
    },
    candidates: floorSets.flatMap((set) => {
      const fns = floorNames.map((n) => set[n]);
      if (!fns.every((fn) => fn)) return [];
      return [
        {
          source: set.source,
          run: async () => {
            let ms = 0;
            const parts: Array<Array<Record<string, unknown>>> = [];
            for (const fn of fns) {
              const out = await runFloor(fn!, floorContext('SUPERVISOR'));
              ms += out.ms;
              parts.push(out.rows);
            }
            return { ms, answer: { key: canonical(fromFloor(parts)) } };
          },
        },
      ];
    }),
  });
  const pick = (keys: string[]) => (row: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
  const RATE_KEYS = ['group', 'days', 'eligible', 'retained'];
  const STEP_KEYS = ['group', 'days', 'atRisk', 'events', 'censored', 'survival'];
  const WEEK_KEYS = ['group', 'weekStart', 'clientsInCare', 'expected', 'received', 'completionRate', 'meanCraving', 'meanMood', 'shareReportingUse', 'shareAttendingMeetings'];
  const SUMMARY_KEYS = ['counselorId', 'counselorName', 'activeClients', 'urgentFlags', 'warningFlags', 'infoFlags', 'clientsWithUrgentFlags', 'plansOverdue',
    'plansAwaitingSignOff', 'familyEngagedLast30Days', 'clientsWithPeerWorker', 'peerContactedLast14Days'];
  type Rows = Array<Record<string, unknown>>;
  measures.push(
    dashboardMeasure(
      'retention + Kaplan–Meier, 12 months',
      retentionDocument,
      { input: retentionInput },
      ['retentionFloor', 'kaplanMeierFloor'],
      (data) => {
        const report = data['retention'] as { rates: Rows; curves: Array<{ group: string; steps: Rows }> };
        return { rates: report.rates.map(pick(RATE_KEYS)), steps: report.curves.flatMap((c) => c.steps.map((st) => pick(STEP_KEYS)({ ...st, group: c.group }))) };
      },
      ([rates, steps]) => ({ rates: rates!.map(pick(RATE_KEYS)), steps: steps!.map(pick(STEP_KEYS)) }),
    ),
  );
  measures.push(
    dashboardMeasure(
      'weekly check-in trends, 12 months',
      trendsDocument,
      { input: trendsInput },
      ['checkInTrendsFloor'],
      (data) => (data['checkInTrends'] as Array<{ group: string; weeks: Rows }>).flatMap((g) => g.weeks.map((w) => pick(WEEK_KEYS)({ ...w, group: g.group }))),
      ([weeks]) => weeks!.map(pick(WEEK_KEYS)),
    ),
  );
  // The "Support system" section: one request per comparison, at the web's default landmark. The answer
  // is every curve's steps and size, whether it is too small to read, and the log-rank test between
  // them (computed from the floor's steps by the shared function, in the section's group order).
  const supportAnswer = (dimension: SupportSystemDimension, landmarkDays: unknown, steps: Rows, logRank: unknown) => {
    const groups = [...new Set(steps.map((st) => String(st['group'])))];
    const curves = groups.map((group) => {
      const clients = Math.max(...steps.filter((st) => st['group'] === group).map((st) => Number(st['atRisk'])));
      return { group, clients, tooSmallToRead: clients < SMALL_GROUP_MIN_CLIENTS };
    });
    const sorted = [...steps].map(pick(STEP_KEYS)).sort((a, b) => String(a['group']).localeCompare(String(b['group'])) || Number(a['days']) - Number(b['days']));
    return { landmarkDays, curves: curves.sort((a, b) => a.group.localeCompare(b.group)), steps: sorted, logRank, order: SUPPORT_SYSTEM_GROUPS[dimension].filter((g) => groups.includes(g)) };
  };
  for (const dimension of SUPPORT_SYSTEM_DIMENSIONS) {
    measures.push(
      dashboardMeasure(
        `retention + KM by ${dimension}, landmark ${LANDMARK_DAYS_DEFAULT}`,
        supportDocument,
        { input: { ...retentionInput, dimension, landmarkDays: LANDMARK_DAYS_DEFAULT } },
        [`supportRetentionFloor:${dimension}`],
        (data) => {
          const report = data['retention'] as { landmarkDays: unknown; logRank: unknown; curves: Array<{ group: string; clients: number; tooSmallToRead: boolean; steps: Rows }> };
          const steps = report.curves.flatMap((c) => c.steps.map((st) => ({ ...st, group: c.group })));
          const answer = supportAnswer(dimension, report.landmarkDays, steps, report.logRank);
          // The app's own curve sizes and small-group marks must be what its steps say.
          const sizes = report.curves.map((c) => ({ group: c.group, clients: c.clients, tooSmallToRead: c.tooSmallToRead })).sort((a, b) => a.group.localeCompare(b.group));
          return { ...answer, curves: sizes, order: report.curves.map((c) => c.group) };
        },
        ([steps]) => {
          const order = SUPPORT_SYSTEM_GROUPS[dimension].filter((g) => steps!.some((st) => st['group'] === g));
          const byGroup = order.map((g) => steps!.filter((st) => st['group'] === g).map((st) => pick(STEP_KEYS)(st) as unknown as SurvivalStepRow));
          return supportAnswer(dimension, LANDMARK_DAYS_DEFAULT, steps!, logRankTest(byGroup));
        },
      ),
    );
  }
  measures.push(
    dashboardMeasure('caseload summary', summaryDocument, {}, ['caseloadSummaryFloor'], (data) => (data['caseloadSummary'] as Rows).map(pick(SUMMARY_KEYS)), ([rows]) =>
      rows!.map(pick(SUMMARY_KEYS)),
    ),
  );

  // Warm-up (the first read also refreshes the stored risk flags), then the answers are compared.
  t0 = Date.now();
  for (let i = 0; i < 3; i++) {
    for (const measure of measures) {
      await measure.app();
      for (const candidate of measure.candidates) await candidate.run().catch(() => undefined);
    }
  }
  say(`warm-up done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (const measure of measures) {
    const app = await measure.app();
    // The caseload rows name how many clients the page is taken from.
    const { total, curves } = JSON.parse(app.answer.key) as { total?: unknown; curves?: Array<{ group: string; clients: number }> };
    if (typeof total === 'number') measure.name = measure.name.replace(' caseload,', ` caseload (${total} open),`);
    // The support-system curves name their groups and sizes at the landmark, so an "equal" over empty curves shows.
    if (curves) say(`  ${measure.name}: ${curves.map((c) => `${c.group} ${c.clients}`).join(', ') || 'no episodes at the landmark'}`);
    const tried: string[] = [];
    for (const candidate of measure.candidates) {
      const floor = await candidate.run().catch((error: unknown) => {
        tried.push(`${candidate.source} failed: ${error instanceof Error ? error.message.slice(0, 120) : String(error)}`);
        return null;
      });
      if (!floor) continue;
      if (floor.answer.key === app.answer.key) {
        measure.floor = candidate.run;
        measure.check = `equal (${candidate.source})`;
        break;
      }
      tried.push(`${candidate.source} differs`);
      if (!measure.floor) {
        measure.floor = candidate.run;
        measure.check = `DIFFERENT (${candidate.source})`;
        say(`  ${measure.name}: answers differ — app ${app.answer.key.slice(0, 200)}… floor ${floor.answer.key.slice(0, 200)}…`);
      }
    }
    if (!measure.floor) measure.check = 'no floor';
    if (tried.length) say(`  ${measure.name}: ${tried.join('; ')}`);
  }

  // Timed, interleaved: app then floor, measure after measure, run after run.
  t0 = Date.now();
  for (let run = 0; run < RUNS; run++) {
    for (const measure of measures) {
      measure.appTimes.push((await measure.app()).ms);
      if (measure.floor) measure.floorTimes.push((await measure.floor()).ms);
    }
  }
  say(`timed runs done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // 4. Statements and audit rows of one caseload request, from PostgreSQL's statement log.
  const statementCounts: Array<{ name: string; statements: number; auditInserts: number; auditRows: number }> = [];
  await owner.query(`ALTER SYSTEM SET log_statement = 'all'`);
  await owner.query(`ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '`);
  await owner.query(`SELECT pg_reload_conf()`);
  await sleep(500);
  try {
    for (const measure of measures.filter((m) => /caseload( \(\d+ open\))?, page of (10|100)$/.test(m.name))) {
      const lines: string[] = [];
      const listener = (text: string) => lines.push(...text.split('\n'));
      const auditBefore = Number((await owner.query(`SELECT count(*) AS n FROM audit_event`)).rows[0].n);
      db.onServerLog.add(listener);
      await measure.app();
      await sleep(300);
      db.onServerLog.delete(listener);
      const auditAfter = Number((await owner.query(`SELECT count(*) AS n FROM audit_event`)).rows[0].n);
      const statements = lines
        .filter((line) => / carecircle_app .*LOG:\s+(statement|execute [^:]*):/.test(line))
        .map((line) => line.replace(/^.*LOG:\s+(statement|execute [^:]*):\s*/, ''))
        .filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION)\b/i.test(sql.trim()));
      if (process.env['BENCH_VERBOSE'] === '1') for (const sql of statements) say(`  ${measure.name}: ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      statementCounts.push({
        name: measure.name,
        statements: statements.length,
        auditInserts: statements.filter((sql) => /INSERT INTO "?audit_event"?/i.test(sql)).length,
        auditRows: auditAfter - auditBefore,
      });
    }
  } finally {
    await owner.query(`ALTER SYSTEM RESET log_statement`);
    await owner.query(`ALTER SYSTEM RESET log_line_prefix`);
    await owner.query(`SELECT pg_reload_conf()`);
  }

  // 5. Throughput on the counselor's page of 100, and the API's memory after each load run.
  const loadBody = JSON.stringify({ query: caseloadDocument, variables: caseloadVariables(100) });
  const expected = (await gql(caseloadDocument, caseloadVariables(100), counselorToken)).body;
  const loads: Array<{ connections: number; rps: number; p50: number; p99: number; errors: number; detail: string; rssMb: number; peakMb: number }> = [];
  for (const connections of [10, 50, 50]) {
    const loadStarted = Date.now();
    const result = await autocannon({
      url: `${api.baseUrl}/graphql`,
      method: 'POST',
      connections,
      duration: LOAD_SECONDS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${counselorToken}` },
      body: loadBody,
      // Any answer but the page itself (an error, a different page) counts as an error.
      expectBody: expected,
    });
    // Requests autocannon gave up on are still being served: one more request waits behind them, so
    // the next run (and the memory reading) starts from an idle server.
    const drainStarted = Date.now();
    await gql(caseloadDocument, caseloadVariables(100), counselorToken);
    const drainMs = Date.now() - drainStarted;
    const memory = api.memory();
    // Completed requests over the run's whole length (the per-second average misses the slow tail).
    const rps = result.requests.total / ((Date.now() - loadStarted) / 1000);
    // autocannon's `errors` already includes its timeouts (10 s without an answer).
    const errors = result.errors + result.non2xx + (result.mismatches ?? 0);
    const detail = `timeouts ${result.timeouts}, non-2xx ${result.non2xx}, other answer ${result.mismatches ?? 0}, connection ${result.errors - result.timeouts}`;
    loads.push({ connections, rps, detail, p50: result.latency.p50, p99: result.latency.p99, errors, ...memory });
    say(`load ${connections} connections: ${rps.toFixed(1)} req/s, ${errors} errors (${detail}), RSS ${memory.rssMb.toFixed(0)} MB, drained in ${drainMs} ms`);
  }

  // 6. Optional: the web target.
  let web: string[] = [];
  if (process.env['BENCH_WEB'] === '1') {
    web = await webTarget(api.baseUrl, supervisor.email, org.password, totpSecret).catch((error: unknown) => [
      `web: failed — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    ]);
  }

  // The table.
  const f = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
  const rows = measures.map((m) => {
    const [a50, a95] = [percentile(m.appTimes, 50), percentile(m.appTimes, 95)];
    const [f50, f95] = [percentile(m.floorTimes, 50), percentile(m.floorTimes, 95)];
    return [m.name, `${f(a50)} / ${f(a95)}`, m.floorTimes.length ? `${f(f50)} / ${f(f95)}` : '–', m.floorTimes.length ? `${(a50 / f50).toFixed(2)}×` : '–', m.check ?? ''];
  });
  console.log('');
  console.log(`CareCircle bench — ${org.counts['client']} clients (${sizes.checkIns} check-ins), counselor ${counselor.email}, supervisor ${supervisor.email}; ${RUNS} runs, ms`);
  console.log(markdownTable(['measure', 'app p50 / p95', 'floor p50 / p95', 'ratio (p50)', 'answers'], rows));
  console.log('');
  console.log(
    markdownTable(
      ['load on counselor page of 100', 'requests/s', 'latency p50 / p99 ms', 'errors', 'API RSS after (peak) MB'],
      loads.map((l, i) => [
        `${l.connections} connections, ${LOAD_SECONDS} s${i === 2 ? ' (again)' : ''}`,
        l.rps.toFixed(1),
        `${l.p50} / ${l.p99}`,
        String(l.errors),
        `${l.rssMb.toFixed(0)} (${l.peakMb.toFixed(0)})`,
      ]),
    ),
  );
  console.log(`memory growth across the two consecutive 50-connection runs: ${(loads[2]!.rssMb - loads[1]!.rssMb).toFixed(0)} MB`);
  console.log('');
  console.log(
    markdownTable(
      ['one caseload request', 'SQL statements', 'audit INSERT statements', 'audit rows'],
      statementCounts.map((s) => [s.name, String(s.statements), String(s.auditInserts), String(s.auditRows)]),
    ),
  );
  for (const line of web) console.log(line);
  console.log(`data: loaded in ${(org.timings['total']! / 1000).toFixed(1)} s (+ VACUUM ANALYZE ${((org.timings['analyze'] ?? 0) / 1000).toFixed(1)} s)`);
}

/** JSON with object keys sorted and numbers rounded to 6 places, so equal answers compare equal. */
function canonical(value: unknown): string {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, walk((v as Record<string, unknown>)[k])]),
      );
    }
    if (typeof v === 'number') return Math.round(v * 1e6) / 1e6;
    return v;
  };
  return JSON.stringify(walk(value));
}

function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * The supervisor opens the caseload sorted by risk in headless chromium: time to the first page over WEB_LOADS loads
 * (every sample and the median), and the initial JS.
 */
async function webTarget(baseUrl: string, email: string, password: string, totpSecret: string): Promise<string[]> {
  const dist = path.join(ROOT, 'apps/web/dist');
  if (!existsSync(path.join(dist, 'index.html'))) return ['web: apps/web/dist is missing — run `npm run build:web` first'];
  const lines: string[] = [];
  const js = initialJavaScriptKb(dist);
  lines.push(`web: initial JavaScript ${js.kb.toFixed(0)} KB gzipped (${js.files.length} files)`);
  const { page, dispose } = await launchChromium();
  cleanups.push(dispose);
  // Signs in through the form, as apps/web-e2e does; the code is the next time step's (the bench's own
  // sign-in used the current one, and a code works once; one step of drift is accepted).
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  const codeField = page.getByLabel(/Authentication code/);
  await nav.or(codeField).first().waitFor({ timeout: 30_000 });
  if (await codeField.isVisible()) {
    await codeField.fill(await currentTwoFactorCode(totpSecret, Math.floor(Date.now() / 1000) + 30));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await nav.waitFor({ timeout: 30_000 });
  // Riskiest first across the whole caseload: from navigation to the first client row on screen.
  const firstRow = page.locator('.cc-caseload__results').getByRole('row').nth(1);
  const samples = await timePageLoads(page, `${baseUrl}/caseload?sort=risk&dir=desc`, firstRow, WEB_LOADS);
  lines.push(`web: supervisor's caseload sorted by risk — first page on screen after navigation, ${describeLoads(samples).text}`);
  return lines;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
