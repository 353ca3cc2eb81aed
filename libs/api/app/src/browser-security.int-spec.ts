import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { dropDatabase, ensureDatabase } from '@carecircle/api/database';
import { loadConfig } from '@carecircle/api/platform';
import { createApp } from './create-app';
import { migrate } from './open-database';

function adminUrl(): string {
  const url = process.env['CARECIRCLE_TEST_ADMIN_URL'];
  if (!url) throw new Error('CARECIRCLE_TEST_ADMIN_URL is unset: run API tests through jest (its global setup starts PostgreSQL)');
  return url;
}

/** The API serving a (tiny, synthetic) built web app, configured as production. */
describe('browser security headers and source maps', () => {
  const database = `carecircle_test_${randomBytes(6).toString('hex')}`;
  const webDist = mkdtempSync(path.join(tmpdir(), 'carecircle-web-dist-'));
  let app: NestExpressApplication;
  let baseUrl: string;

  beforeAll(async () => {
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
    writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log("app");\n//# sourceMappingURL=app.js.map\n');
    writeFileSync(path.join(webDist, 'assets', 'app.js.map'), '{"version":3,"sources":["src/secret-source.ts"],"mappings":""}');
    writeFileSync(path.join(webDist, 'assets', 'chart-3f9a1c.js'), `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ week: ${i} }`).join(', ')}];\n`);
    await ensureDatabase(adminUrl(), database);
    const url = new URL(adminUrl());
    url.pathname = `/${database}`;
    await migrate(url.toString());
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), env: 'production' as const };
    app = await createApp(config, url.toString(), { quiet: true, webDistDir: webDist });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await dropDatabase(adminUrl(), database);
    rmSync(webDist, { recursive: true, force: true });
  });

  const graphqlPost = (headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ setupStatus { needsSetup } }' }) });

  it.each([
    ['the app shell', () => fetch(`${baseUrl}/`)],
    ['a client-side route', () => fetch(`${baseUrl}/clients/123`)],
    ['a static file', () => fetch(`${baseUrl}/assets/app.js`)],
    ['the GraphQL API', () => graphqlPost()],
  ])('sends the security headers with %s', async (_what, request) => {
    const res = await request();
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'self'",
      'connect-src': "'self'",
    });
    // No inline or evaluated scripts: an injected <script> or onclick= does not run.
    expect(directives['script-src']).not.toMatch(/unsafe/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // Plain HTTP, not through a TLS proxy: HSTS would mean nothing here.
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it("serves the app's files gzipped, its hashed assets for a year, and the shell and the API's answers as they are", async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const asset = await fetch(`${baseUrl}/assets/chart-3f9a1c.js`, { headers: gzip });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toContain('{ week: 399 }');
    // The shell names the current assets: asked for again every time.
    const shell = await fetch(`${baseUrl}/clients/123`, { headers: gzip });
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    const answer = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...gzip },
      body: JSON.stringify({ query: `{ ${Array.from({ length: 20 }, (_, i) => `status${i}: setupStatus { needsSetup __typename }`).join(' ')} }` }),
    });
    expect(answer.status).toBe(200);
    // Large enough that compression would apply (over 1 KB) were it not for the API's own answers.
    expect((await answer.text()).length).toBeGreaterThan(1024);
    expect(answer.headers.get('content-encoding')).toBeNull();
  });

  it('sends HSTS when a proxy on this machine (trusted by default) says the request came over TLS', async () => {
    const overTls = await graphqlPost({ 'x-forwarded-proto': 'https' });
    expect(overTls.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    const page = await fetch(`${baseUrl}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(page.headers.get('strict-transport-security')).not.toBeNull();
  });

  it('does not serve source maps in production', async () => {
    const map = await fetch(`${baseUrl}/assets/app.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret-source');
    // Not answered by the app shell either (a 200 HTML page would hide the refusal).
    expect(map.headers.get('content-type')).not.toMatch(/html/);
    const script = await fetch(`${baseUrl}/assets/app.js`);
    expect(script.status).toBe(200);
  });
});
