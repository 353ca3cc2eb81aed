/**
 * Performance budget (a measurement, not a test): builds the web app, prints the initial
 * JavaScript gzipped (what index.html loads: budget 200 KB), then starts the app with the demo data and measures how
 * long the counselor's caseload takes to become usable in headless Chromium (budget 1 s), and what JavaScript that
 * first signed-in screen loaded (the shell and the caseload come after the first load; printed, no budget).
 *
 *   npm run perf
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT, startDemoServer } from './demo-server';

const JS_BUDGET_KB = 200;
const USABLE_BUDGET_MS = 1000;
const DIST = path.join(ROOT, 'apps/web/dist');

/** Gzipped size of a built file, by its URL path (`/assets/…`). */
function gzippedKb(ref: string): number {
  return gzipSync(readFileSync(path.join(DIST, ref.replace(/^\//, ''))), { level: 9 }).length / 1024;
}

function initialJavaScriptKb(): { kb: number; files: Array<{ file: string; kb: number }> } {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // What the browser fetches before first render: the entry script, every modulepreload, and (should a build
  // ever leave a preload out) every chunk those import statically. Lazy chunks (`import()`) are not counted.
  const refs = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  for (let ref = refs.pop(); ref !== undefined; ref = refs.pop()) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const code = readFileSync(path.join(DIST, ref.replace(/^\//, '')), 'utf8');
    for (const [, chunk = ''] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) refs.push(path.posix.join(path.posix.dirname(ref), chunk));
  }
  const files = [...seen].map((file) => ({ file, kb: gzippedKb(file) }));
  return { kb: files.reduce((sum, f) => sum + f.kb, 0), files };
}

async function main(): Promise<void> {
  console.log('Building the web app…');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const js = initialJavaScriptKb();
  for (const f of js.files) console.log(`  ${f.file.padEnd(48)} ${f.kb.toFixed(1)} KB gz`);
  console.log(`initial JavaScript: ${js.kb.toFixed(1)} KB gzipped (budget ${JS_BUDGET_KB} KB) ${js.kb <= JS_BUDGET_KB ? 'OK' : 'OVER BUDGET'}`);

  console.log('Starting the app with the demo data…');
  const server = await startDemoServer();
  console.log(`start-up to healthy (embedded PostgreSQL, migrations, seed): ${(server.startupMs / 1000).toFixed(1)} s`);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'carecircle-perf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('counselor.avery@harborlight.example');
    await page.getByLabel('Password').fill('CareCircle-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('table tbody tr').first().waitFor();
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      // A cold page load of the caseload with the session in place: navigation start → first row visible.
      const started = Date.now();
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      await page.locator('table tbody tr a, table tbody tr').first().waitFor({ state: 'visible' });
      samples.push(Date.now() - started);
      if (run === 0) {
        // Every script this document loaded (cached or not), lazy chunks included: the first signed-in screen's JavaScript.
        const scripts = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((name) => name.endsWith('.js')),
        );
        const kb = [...new Set(scripts)].reduce((sum, script) => sum + gzippedKb(script), 0);
        console.log(`first signed-in screen (shell + caseload): ${kb.toFixed(1)} KB of JavaScript gzipped in ${new Set(scripts).size} files`);
      }
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)]!;
    console.log(`caseload usable (navigation → first client row), 5 loads: ${samples.join(', ')} ms; median ${median} ms (budget ${USABLE_BUDGET_MS} ms) ${median <= USABLE_BUDGET_MS ? 'OK' : 'OVER BUDGET'}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
