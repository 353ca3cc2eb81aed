jest.setTimeout(120_000);

import { DEMO_LOGINS } from '@carecircle/api/demo-data';
import type { Page } from 'playwright-core';
import { blockingA11yViolations, collectConsoleErrors, type Browser, expectText, openBrowser, screenshot, signIn } from './support/browser';

describe('a supervisor compares retention by support system from a landmark and opens the clients of one group', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });
  afterAll(() => browser.close());

  it('walks the whole journey in Chromium against the real app', async () => {
    const { page } = browser;
    const consoleErrors = collectConsoleErrors(page);

    await signIn(page, DEMO_LOGINS.supervisor);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team dashboard' }).click();
    await page.getByRole('heading', { level: 2, name: 'Support system' }).waitFor();

    // Curves from day 30 by supportive network: drawn, with numbers at risk from day 30 and a log-rank p-value.
    const figure = page.getByRole('figure', { name: 'Retention from day 30: Supportive people in the network' });
    await figure.waitFor();
    await figure.locator('.recharts-surface path.recharts-curve').first().waitFor({ state: 'attached' });
    const atRisk30 = page.getByRole('table', { name: /^Numbers at risk from day 30:/ });
    await atRisk30.waitFor();
    expect(await atRisk30.locator('thead th').allTextContents()).toEqual(['Group', '30 days', '60 days', '90 days', '180 days', 'Clients']);
    const rowsAt30 = await atRisk30.locator('tbody tr').allTextContents();
    expect(rowsAt30.length).toBeGreaterThanOrEqual(2);
    await expectText(page.getByTestId('support-log-rank'), /χ² = \d+\.\d\d with \d degrees? of freedom, p [=<] 0\.\d+/);
    await expectText(page.getByText(/^These figures show association/), /not cause/);
    // Below the curves, weekly check-in completion by the same groups.
    await page.getByRole('figure', { name: 'Weekly check-ins by supportive people in the network' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.cc-dash-support [aria-busy="true"]'));
    expect(await blockingA11yViolations(page, '.cc-dash-support')).toEqual([]);
    await screenshot(page, 'support-system');

    // A later landmark: the URL, the sentence under the chart and the numbers at risk all move to day 45.
    await page.getByLabel('Landmark day').fill('45');
    await page.waitForURL(/[?&]landmark=45\b/);
    await page.getByRole('figure', { name: 'Retention from day 45: Supportive people in the network' }).waitFor();
    await expectText(page.locator('.cc-dash-support__note').first(), /first 45 days, and the curves start on day 45/);
    const atRisk45 = page.getByRole('table', { name: /^Numbers at risk from day 45:/ });
    await atRisk45.waitFor();
    expect(await atRisk45.locator('thead th').first().textContent()).toBe('Group');
    expect(await atRisk45.locator('thead th').nth(1).textContent()).toBe('45 days');
    expect(await atRisk45.locator('tbody tr').allTextContents()).not.toEqual(rowsAt30);

    // On a phone the section fits the screen; the rest of the journey happens there.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole('figure', { name: 'Retention from day 45: Supportive people in the network' }).scrollIntoViewIfNeeded();
    expect(await sidewaysOverflow(page)).toEqual([]);

    // "See N clients" of the first group with anyone in it lists exactly N clients.
    const buttons = atRisk45.getByRole('button', { name: /^See [1-9]\d* clients? in / });
    const button = buttons.first();
    const name = (await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '';
    const [, count, group] = /^See (\d+) clients? in (.+)$/.exec(name.trim()) ?? [];
    expect(group).toBeTruthy();
    await button.click();
    const dialog = page.getByRole('dialog', { name: group });
    await dialog.waitFor();
    const rows = dialog.getByRole('grid').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Number(count));
    expect(await blockingA11yViolations(page)).toEqual([]);

    // A name opens that client's record.
    const link = rows.first().getByRole('link');
    const clientName = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.waitForURL(/\/clients\/[^/?#]+$/);
    await page.getByRole('heading', { level: 1, name: clientName }).waitFor();

    expect(consoleErrors).toEqual([]);
  });
});

/** What makes the page wider than the screen, once the charts have had time to resize: nothing, or the culprits. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  const fits = () => document.documentElement.scrollWidth <= window.innerWidth;
  if (await page.waitForFunction(fits, undefined, { timeout: 5_000 }).then(() => true, () => false)) return [];
  return page.evaluate(() => {
    const clipped = (e: Element) => {
      for (let p = e.parentElement; p; p = p.parentElement) if (/auto|scroll|hidden/.test(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
      .slice(-8)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)} right=${Math.round(e.getBoundingClientRect().right)}`);
  });
}
