jest.setTimeout(600_000);

import { appendFileSync } from 'node:fs';
import { DEMO_LOGINS } from '@carecircle/api/demo-data';
import type { Page } from 'playwright-core';
import { appUrl, blockingA11yViolations, graphqlInPage, openBrowser, signIn, type Browser } from './support/browser';

/**
 * Every page each role can open, at a desk (1280 px) and on a phone (375 px): axe finds no serious or
 * critical violation, and on the phone nothing makes the page scroll sideways. Problems are collected
 * per role and reported together, so one run lists everything that needs fixing.
 *
 * axe is most of this sweep's time (3–14 s a page on this machine), so on the phone it runs only where
 * the phone gets other markup than the desk (`phoneLayout`: pages that switch to cards or another
 * layout through useIsPhone, the first page with the header and its menu); CSS-only changes are covered by the desk run
 * plus the sideways-scroll and header checks, which run on every page at both widths.
 */

const WIDTHS = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** Where measured widths go when MEASURE_FILE is set (for before/after comparisons in a review). */
const MEASURE_FILE = process.env['MEASURE_FILE'];

interface PageCheck {
  label: string;
  path: string;
  /** The phone gets other markup here (useMediaQuery: cards instead of a table, another layout), so axe runs at both widths. */
  phoneLayout?: boolean;
}

interface PickedClient {
  id: string;
  daysInTreatment: number;
  lastCheckInAt: string | null;
}

/** A client with recent check-ins and the longest stay among those the signed-in person may see: a record with data. */
async function pickClientWithData(page: Page): Promise<string> {
  const result = await graphqlInPage<{ clients: { items: PickedClient[] } }>(
    page,
    '{ clients(limit: 50, filter: {statuses: [ACTIVE]}) { items { id daysInTreatment lastCheckInAt } } }',
  );
  const recent = Date.now() - 21 * 86_400_000;
  const items = [...result.clients.items].sort((a, b) => b.daysInTreatment - a.daysInTreatment);
  const best = items.find((c) => c.lastCheckInAt && Date.parse(c.lastCheckInAt) > recent) ?? items[0];
  if (!best) throw new Error('The signed-in person sees no active client');
  return best.id;
}

async function firstPlanAwaitingSignOff(page: Page): Promise<string | null> {
  const result = await graphqlInPage<{ carePlansAwaitingSignOff: Array<{ id: string }> }>(
    page,
    '{ carePlansAwaitingSignOff(limit: 1) { id } }',
  );
  return result.carePlansAwaitingSignOff[0]?.id ?? null;
}

/** Waits for the page's heading and for its sections to finish loading (no busy region, no skeleton). */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .cc-skeleton').length === 0, undefined, { timeout: 20_000 })
    .catch(() => undefined); // a section that never settles is still checked as it stands
}

interface Measure {
  scrollWidth: number;
  innerWidth: number;
  headerHeight: number;
  widestTable: number;
}

function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    headerHeight: Math.round(document.querySelector('header')?.getBoundingClientRect().height ?? 0),
    widestTable: Math.max(0, ...[...document.querySelectorAll('table')].map((t) => Math.round(t.scrollWidth))),
  }));
}

async function checkPages(page: Page, role: string, width: (typeof WIDTHS)[number], pages: readonly PageCheck[]): Promise<string[]> {
  const problems: string[] = [];
  for (const check of pages) {
    await page.goto(appUrl(check.path));
    await settle(page);
    const where = `${role} · ${check.label} · ${width.width} px`;
    // The first page also shows the phone's header, closed, on every role's screen.
    if (width.name === 'desk' || check.phoneLayout || check === pages[0]) {
      for (const violation of await blockingA11yViolations(page)) problems.push(`${where}: ${violation}`);
    }
    const measured = await measure(page);
    if (MEASURE_FILE) appendFileSync(MEASURE_FILE, `${JSON.stringify({ role, page: check.label, width: width.width, ...measured })}\n`);
    if (width.name === 'phone' && check === pages[0]) {
      // The header's menu, opened: its links and Sign out pass axe too, and it closes again.
      const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Menu' });
      await menu.click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      for (const violation of await blockingA11yViolations(page)) problems.push(`${where} (menu open): ${violation}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'hidden' });
    }
    if (width.name === 'phone') {
      if (measured.scrollWidth > measured.innerWidth) {
        problems.push(`${where}: the page scrolls sideways (${measured.scrollWidth} px wide in a ${measured.innerWidth} px screen)`);
      }
      if (measured.headerHeight > 64) problems.push(`${where}: the header is ${measured.headerHeight} px tall (at most 64 px on a phone)`);
    }
  }
  return problems;
}

interface RoleCase {
  role: string;
  email: string;
  pages(page: Page): Promise<PageCheck[]>;
}

const ROLES: RoleCase[] = [
  {
    role: 'counselor',
    email: DEMO_LOGINS.counselors[0],
    async pages(page) {
      const clientId = await pickClientWithData(page);
      return [
        { label: 'caseload', path: '/', phoneLayout: true },
        { label: 'caseload with discharged clients', path: '/?status=all', phoneLayout: true },
        { label: 'admit a client', path: '/clients/new' },
        { label: 'dashboard', path: '/dashboard', phoneLayout: true },
        { label: 'client record', path: `/clients/${clientId}`, phoneLayout: true },
        { label: 'care plan', path: `/clients/${clientId}/care-plan` },
      ];
    },
  },
  {
    role: 'supervisor',
    email: DEMO_LOGINS.supervisor,
    async pages(page) {
      const clientId = await pickClientWithData(page);
      const planId = await firstPlanAwaitingSignOff(page);
      const team = await graphqlInPage<{ programs: Array<{ id: string }>; caseloadBalance: { rows: Array<{ staff: { id: string }; clients: number }> } }>(
        page,
        '{ programs { id } caseloadBalance { rows { staff { id } clients } } }',
      );
      const carrier = team.caseloadBalance.rows.find((row) => row.clients > 0);
      return [
        { label: 'team caseload', path: '/', phoneLayout: true },
        { label: 'admit a client', path: '/clients/new' },
        { label: 'dashboard', path: '/dashboard', phoneLayout: true },
        { label: 'sign-off queue', path: '/sign-off', phoneLayout: true },
        ...(planId ? [{ label: 'sign-off review', path: `/sign-off/${planId}` }] : []),
        { label: 'client record', path: `/clients/${clientId}`, phoneLayout: true },
        { label: 'care plan', path: `/clients/${clientId}/care-plan` },
        { label: 'team caseloads', path: '/team' },
        ...(carrier ? [{ label: 'move a caseload', path: `/team/move/${carrier.staff.id}` }] : []),
        ...(team.programs[0] ? [{ label: 'risk thresholds', path: `/programs/${team.programs[0].id}/risk-thresholds` }] : []),
      ];
    },
  },
  {
    role: 'peer',
    email: DEMO_LOGINS.peerWorkers[0],
    async pages(page) {
      const clientId = await pickClientWithData(page);
      return [
        { label: 'today', path: '/' },
        { label: 'my clients', path: '/caseload', phoneLayout: true },
        { label: 'log a contact', path: '/log-contact' },
        { label: 'client record', path: `/clients/${clientId}`, phoneLayout: true },
        { label: 'care plan', path: `/clients/${clientId}/care-plan` },
      ];
    },
  },
  {
    role: 'admin',
    email: DEMO_LOGINS.admin,
    async pages() {
      return [
        { label: 'administration', path: '/' },
        { label: 'staff', path: '/admin/staff' },
        { label: 'programs', path: '/admin/programs' },
        { label: 'organization settings', path: '/admin/organization' },
      ];
    },
  },
];

describe('every page fits the screen and passes axe, for every role', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(WIDTHS[0]);
  });
  afterAll(() => browser.close());

  it('the sign-in page, at a desk and on a phone', async () => {
    const { page } = browser;
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width: width.width, height: width.height });
      await page.goto(appUrl('/login'));
      await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
      for (const violation of await blockingA11yViolations(page)) problems.push(`sign-in · ${width.width} px: ${violation}`);
      const { scrollWidth, innerWidth } = await measure(page);
      if (width.name === 'phone' && scrollWidth > innerWidth) problems.push(`sign-in · 375 px: ${scrollWidth} px wide`);
    }
    expect(problems).toEqual([]);
  });

  for (const roleCase of ROLES) {
    it(`${roleCase.role}: every page at ${WIDTHS.map((w) => `${w.width} px`).join(' and ')}`, async () => {
      const { page } = browser;
      await page.setViewportSize({ width: WIDTHS[0].width, height: WIDTHS[0].height });
      // Start signed out, whatever the case before left behind; one sign-in serves both widths.
      await page.goto(appUrl('/login'));
      await page.evaluate(() => sessionStorage.clear());
      await signIn(page, roleCase.email);
      const pages = await roleCase.pages(page);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width: width.width, height: width.height });
        problems.push(...(await checkPages(page, roleCase.role, width, pages)));
      }
      expect(problems).toEqual([]);
    });
  }
});
