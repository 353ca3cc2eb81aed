/**
 * Performance budget (a measurement, not a test): builds the web app, prints the initial
 * JavaScript gzipped (what index.html loads: budget 200 KB), then starts the app with the demo data and measures how
 * long the counselor's caseload takes to become usable in headless Chromium (budget 1 s), and what JavaScript that
 * first signed-in screen loaded (the shell and the caseload come after the first load; printed, no budget).
 *
 *   npm run perf
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, startDemoServer } from './demo-server';
import { describeLoads, gzippedKb, initialJavaScriptKb, launchChromium, timePageLoads } from './web-measures';

const JS_BUDGET_KB = 200;
const USABLE_BUDGET_MS = 1000;
const DIST = path.join(ROOT, 'apps/web/dist');

async function main(): Promise<void> {
  console.log('Building the web app…');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const js = initialJavaScriptKb(DIST);
  for (const f of js.files) console.log(`  ${f.file.padEnd(48)} ${f.kb.toFixed(1)} KB gz`);
  console.log(`initial JavaScript: ${js.kb.toFixed(1)} KB gzipped (budget ${JS_BUDGET_KB} KB) ${js.kb <= JS_BUDGET_KB ? 'OK' : 'OVER BUDGET'}`);

  console.log('Starting the app with the demo data…');
  const server = await startDemoServer();
  console.log(`start-up to healthy (embedded PostgreSQL, migrations, seed): ${(server.startupMs / 1000).toFixed(1)} s`);
  const { page, dispose } = await launchChromium();
  try {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('counselor.avery@harborlight.example');
    await page.getByLabel('Password').fill('CareCircle-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('table tbody tr').first().waitFor();
    // A cold page load of the caseload with the session in place: navigation start → first row visible.
    const samples = await timePageLoads(page, `${server.url}/`, page.locator('table tbody tr a, table tbody tr').first(), 5, async (load) => {
      if (load > 0) return;
      // Every script this document loaded (cached or not), lazy chunks included: the first signed-in screen's JavaScript.
      const scripts = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((name) => name.endsWith('.js')),
      );
      const kb = [...new Set(scripts)].reduce((sum, script) => sum + gzippedKb(DIST, script), 0);
      console.log(`first signed-in screen (shell + caseload): ${kb.toFixed(1)} KB of JavaScript gzipped in ${new Set(scripts).size} files`);
    });
    const { text, median } = describeLoads(samples);
    console.log(`caseload usable (navigation → first client row), ${text} (budget ${USABLE_BUDGET_MS} ms) ${median <= USABLE_BUDGET_MS ? 'OK' : 'OVER BUDGET'}`);
  } finally {
    await dispose();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
