/**
 * What `npm run bench` (BENCH_WEB=1: the supervisor's caseload at scale) and `npm run perf` (the counselor's, demo data)
 * measure of the built web the same way: the initial JavaScript, and page loads in headless Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** Gzipped size of a built file of `dist`, by its URL path (`/assets/…`). */
export function gzippedKb(dist: string, ref: string): number {
  return gzipSync(readFileSync(path.join(dist, ref.replace(/^\//, ''))), { level: 9 }).length / 1024;
}

/**
 * What the browser fetches before first render: the entry script, every modulepreload, and (should a build ever leave
 * a preload out) every chunk those import statically. Lazy chunks (`import()`) are not counted.
 */
export function initialJavaScriptKb(dist: string): { kb: number; files: Array<{ file: string; kb: number }> } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  for (let ref = refs.pop(); ref !== undefined; ref = refs.pop()) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const code = readFileSync(path.join(dist, ref.replace(/^\//, '')), 'utf8');
    for (const [, chunk = ''] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) refs.push(path.posix.join(path.posix.dirname(ref), chunk));
  }
  const files = [...seen].map((file) => ({ file, kb: gzippedKb(dist, file) }));
  return { kb: files.reduce((sum, f) => sum + f.kb, 0), files };
}

/** Headless Chromium with a throwaway profile (so nothing is cached from an earlier run); `dispose` closes it and removes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; page: Page; dispose: () => Promise<void> }> {
  // Loaded here, not with the module: the bench imports this file whether or not it times the web.
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'carecircle-web-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    dispose: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Loads `url` `loads` times in `page` (signed in already) and times each load from the start of the navigation to
 * `firstRow` visible. One load says little on a shared machine; `describeLoads` gives every sample and the median.
 * `afterLoad` runs after each timed load, outside its time.
 */
export async function timePageLoads(
  page: Page,
  url: string,
  firstRow: Locator,
  loads: number,
  afterLoad?: (load: number) => Promise<void>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let load = 0; load < loads; load++) {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await firstRow.waitFor({ state: 'visible', timeout: 60_000 });
    samples.push(Date.now() - started);
    await afterLoad?.(load);
  }
  return samples;
}

/** "7 loads: 912, 847, 990, … ms; median 870 ms": the samples in the order they were taken, and their median. */
export function describeLoads(samples: readonly number[]): { text: string; median: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return { text: `${samples.length} loads: ${samples.join(', ')} ms; median ${median} ms`, median };
}
