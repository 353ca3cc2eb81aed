/**
 * Finding 1 of issue 12, measured: the server's memory before and after the 250-alias document.
 * Starts CareCircle with the demo organization (its own embedded PostgreSQL), signs in as the demo
 * supervisor, sends the document 20 times and prints each answer's status, code and time, then the
 * server's resident memory. Prints figures; asserts nothing (not a test).
 *
 *   npm run bench:query-limits
 *   RUNS=50 ALIASES=250 npm run bench:query-limits
 */
import { readFileSync } from 'node:fs';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRET } from '../libs/api/demo-data/src/demo-logins';
import { currentTwoFactorCode } from '../libs/api/auth/src/two-factor-secret';
import { aliasedClientPages } from '../libs/api/app/src/costly-documents';
import { startCareCircle } from '../apps/web-e2e/src/support/app-server';

const RUNS = Number(process.env['RUNS'] ?? 20);
const ALIASES = Number(process.env['ALIASES'] ?? 250);

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

interface Answer {
  data?: { login?: { token?: string } } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function gql(url: string, query: string, variables?: Record<string, unknown>, token?: string) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - started, bytes: text.length, body: JSON.parse(text) as Answer };
}

async function signIn(url: string): Promise<string> {
  const login = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
  const input = { email: DEMO_LOGINS.supervisor, password: DEMO_PASSWORD };
  let res = await gql(url, login, { input });
  // Supervisors sign in with a second factor once two-factor sign-in is required for them.
  if (!res.body.data?.login?.token) res = await gql(url, login, { input: { ...input, oneTimeCode: await currentTwoFactorCode(DEMO_TWO_FACTOR_SECRET) } });
  const token = res.body.data?.login?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(res.body.errors)}`);
  return token;
}

async function main(): Promise<void> {
  const app = await startCareCircle({ seedDemoData: true });
  try {
    const token = await signIn(app.url);
    const document = aliasedClientPages(ALIASES);
    // One ordinary request first, so the figures compare a warmed server.
    await gql(app.url, '{ clients(limit: 100) { total items { id } } }', {}, token);
    const before = rssMb(app.pid);
    console.log(`document: ${ALIASES} aliased clients(limit: 100) pages with the full client fragment, ${(document.length / 1024).toFixed(1)} KB`);
    console.log(`server RSS before: ${before.toFixed(1)} MB`);
    for (let i = 1; i <= RUNS; i++) {
      const res = await gql(app.url, document, {}, token);
      const error = res.body.errors?.[0];
      console.log(
        `#${String(i).padStart(2)} HTTP ${res.status} ${String(error?.extensions?.['code'] ?? 'no error')} reason=${String(error?.extensions?.['reason'] ?? '-')} ` +
          `limit=${String(error?.extensions?.['limit'] ?? '-')} ${res.ms.toFixed(1)} ms, ${res.bytes} bytes`,
      );
    }
    const health = performance.now();
    await fetch(`${app.url}/health`);
    console.log(`/health right after: ${(performance.now() - health).toFixed(1)} ms`);
    const after = rssMb(app.pid);
    console.log(`server RSS after: ${after.toFixed(1)} MB (${after - before >= 0 ? '+' : ''}${(after - before).toFixed(1)} MB)`);
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
