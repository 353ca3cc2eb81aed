import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { generate } from 'otplib';
import { DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRET } from '@carecircle/api/demo-data';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../screenshots');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Debian's chromium, headless, with a fresh profile and no background traffic. `timeZone` sets
 * the browser's own zone (the machine's by default), for journeys where it differs from the
 * organization's.
 */
export async function openBrowser(viewport = { width: 1280, height: 900 }, timeZone?: string): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'carecircle-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'en-US',
    ...(timeZone ? { timezoneId: timeZone } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function appUrl(pathname = '/'): string {
  const base = process.env['CARECIRCLE_E2E_URL'];
  if (!base) throw new Error('CARECIRCLE_E2E_URL is unset: run browser tests through jest (its global setup starts the app)');
  return `${base}${pathname}`;
}

/**
 * A full-page picture for people reviewing a change. Skipped under CI (nobody sees it there, and ~40
 * full-page PNGs cost the suite about half a minute) unless SCREENSHOTS=1.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  if (process.env['CI'] && process.env['SCREENSHOTS'] !== '1') return file;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Accessibility violations that block someone: axe's serious and critical findings, in the part of
 * the page `within` selects or else in the whole page. With a modal
 * dialog open, only the dialog is analysed: the page behind it is inert and was checked on its own,
 * and a whole record page costs axe several seconds on this machine where its dialog costs one.
 */
export async function blockingA11yViolations(page: Page, within?: string): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself. The default opens a blank tab for every analysis
  // to merge per-frame results (for cross-origin iframes, which CareCircle has none of): on this
  // machine that tab cost more than the analysis.
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true);
  const modal = '[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"], .react-aria-ModalOverlay [role="dialog"]';
  if (within) axe.include(within);
  else if ((await page.locator(modal).count()) > 0) axe.include(modal);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Signs in through the real form and waits for the app shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, twoFactorSecret = DEMO_TWO_FACTOR_SECRET): Promise<void> {
  await page.goto(appUrl('/login'));
  await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  const codeField = page.getByLabel(/Authentication code/);
  await nav.or(codeField).first().waitFor();
  // Two-factor sign-in (the demo supervisor and administrator): a code the server has not seen yet.
  for (let attempt = 0; (await codeField.isVisible()) && attempt < 3; attempt++) {
    await codeField.fill(await unusedCode(twoFactorSecret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await nav.or(page.getByRole('alert')).first().waitFor();
  }
  await nav.waitFor();
}

/** The last time step signed in with, per key: a code works once, so the next sign-in takes a later one. */
const lastStepUsed = new Map<string, number>();

/** A current code not used yet from this process (waits for the next 30 s step when both near ones are used). */
export async function unusedCode(secret: string): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, (lastStepUsed.get(secret) ?? 0) + 1);
    if (step <= now + 1) {
      lastStepUsed.set(secret, step);
      return generate({ secret, epoch: step * 30 });
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * 30_000 - Date.now() + 50));
  }
}

/** A GraphQL answer as the API sent it, errors included. */
export interface GraphqlAnswer {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A GraphQL request from inside the page with the session the app holds (its cookie), answering refusals too. */
export async function graphqlAnswerInPage(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer> {
  return page.evaluate(
    async ({ query, variables }) => {
      // The session is the app's httpOnly cookie, which the browser sends with this same-origin request.
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlAnswer;
    },
    { query, variables },
  );
}

/**
 * Asks the API a question with the session the app stored, from inside the page: for picking test
 * data (e.g. a client with an active plan) without going through screens the journey is not about.
 */
export async function graphqlInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await graphqlAnswerInPage(page, query, variables);
  if (body.errors || !body.data) throw new Error(`GraphQL from the page failed: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Waits (up to 15 s) for the first element of `locator` to show text matching `pattern`; fails with the last text seen. */
export async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  await locator.first().waitFor();
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.first().textContent()) ?? '';
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(text).toMatch(pattern);
}

/** The browser console's errors from now on, collected as they come, for a journey to assert none at its end. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
