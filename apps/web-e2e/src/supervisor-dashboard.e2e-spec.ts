jest.setTimeout(120_000);

import { DEMO_LOGINS } from '@carecircle/api/demo-data';
import type { Page } from 'playwright-core';
import { blockingA11yViolations, collectConsoleErrors, type Browser, expectText, openBrowser, screenshot, signIn } from './support/browser';

const CHART_TITLES = [
  'Retention curves',
  'Check-in completion and use',
  'Craving and mood',
  'Caseload size and flags by counselor',
];

describe('a supervisor reviews the team dashboard and opens a counselor’s caseload', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });
  afterAll(() => browser.close());

  it('walks the whole journey in Chromium against the real app', async () => {
    const { page } = browser;
    const consoleErrors = collectConsoleErrors(page);

    // Email, password and the supervisor's two-factor code.
    await signIn(page, DEMO_LOGINS.supervisor);
    await page.getByRole('heading', { name: 'Team caseload' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team dashboard' }).waitFor();
    expect(page.url()).toContain('/dashboard');

    // Retention tiles, then every chart with at least one drawn path.
    await page.getByRole('heading', { name: 'Retention at 30, 60, 90 and 180 days' }).waitFor();
    await expectText(page.locator('.cc-dash-tile').first(), /\d+%|No one admitted/);
    for (const title of CHART_TITLES) {
      const figure = page.getByRole('figure', { name: title });
      await figure.waitFor();
      await figure.locator('.recharts-surface path').first().waitFor({ state: 'attached' });
    }
    await page
      .getByRole('table', {
        name: 'Numbers at risk: clients still in treatment and followed, by days since admission',
      })
      .waitFor();
    const counselorTable = page.getByRole('table', {
      name: 'Caseload per counselor',
    });
    await counselorTable.waitFor();
    expect(await counselorTable.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectText(counselorTable.locator('tfoot'), /Total/);

    // Group the retention curves by program: the program names appear in the legend.
    await page.getByLabel('Group by').selectOption({ label: 'Program' });
    await page.waitForURL(/groupBy=PROGRAM/);
    const legend = page.getByRole('figure', { name: 'Retention curves' }).locator('.cc-dash-legend');
    await expectText(legend, /Intensive Outpatient|Residential|Recovery Community/);
    await page
      .getByRole('link', { name: /^See clients in / })
      .first()
      .waitFor();
    await waitForIdle(page);

    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'supervisor-dashboard');

    // A bad range is explained and the charts keep the last good numbers.
    await page.getByLabel('From', { exact: true }).fill('2030-01-01');
    await page.getByRole('button', { name: 'Apply dates' }).click();
    await expectText(page.locator('.cc-dash-range__status'), /“From” must be on or before “To”/);
    expect(
      await page.getByRole('figure', { name: 'Retention curves' }).locator('.recharts-surface path').count(),
    ).toBeGreaterThan(0);

    // A counselor's row opens the caseload filtered to that counselor.
    await counselorTable.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/\?counselor=/);
    expect(new URL(page.url()).searchParams.get('counselor')).toBeTruthy();

    expect(consoleErrors).toEqual([]);
  });
});

/** Waits until no dashboard card is busy, so the screenshot and axe see the finished page. */
async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, {
    timeout: 15_000,
  });
}
