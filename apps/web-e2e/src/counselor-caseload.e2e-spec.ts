jest.setTimeout(120_000);

import { DEMO_LOGINS, DEMO_PASSWORD } from '@carecircle/api/demo-data';
import { appUrl, blockingA11yViolations, type Browser, expectText, openBrowser, screenshot } from './support/browser';

describe('a counselor signs in, sees their caseload and signs out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser.close());

  it('walks the whole journey in Chromium against the real app', async () => {
    const { page } = browser;
    await page.goto(appUrl('/'));
    await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
    expect(await blockingA11yViolations(page)).toEqual([]);

    await page.getByLabel('Email').fill(DEMO_LOGINS.counselors[0]);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectText(page.getByRole('alert'), /do not match/);

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    // The program column is one a counselor opts into (Columns); the level of care is shown by default.
    await expectText(page.locator('table'), /ASAM \d/);
    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'counselor-caseload');

    // A risk flag says its severity in words, and its reason is reachable from the keyboard.
    const flag = page.locator('table button.cc-flag').first();
    await flag.waitFor();
    expect(await flag.textContent()).toMatch(/^(!!|!|i)?(Urgent|Warning|Info): \S/);
    // Tab reaches the table and moves through its header buttons, then row by row: a client's name, then their flags.
    await page.getByRole('searchbox', { name: 'Search clients' }).focus();
    let focusedFlag = false;
    for (let i = 0; i < 80 && !focusedFlag; i++) {
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active?.closest('[role="grid"]')) return 'outside';
        const cell = active.closest('td, th');
        return cell ? String((cell as HTMLTableCellElement).cellIndex) : 'row';
      });
      await page.keyboard.press(where === 'outside' ? 'Tab' : where === 'row' || where === '0' ? 'ArrowRight' : 'ArrowDown');
      focusedFlag = await page.evaluate(() => document.activeElement?.classList.contains('cc-flag') ?? false);
    }
    expect(focusedFlag).toBe(true);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    const reason = (await tooltip.textContent())?.trim() ?? '';
    expect(reason.length).toBeGreaterThan(5);
    const describedBy = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') ?? '');
    expect(describedBy).toContain(await tooltip.getAttribute('id'));
    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'counselor-caseload-flag-reason');

    // Sorting is the server's, across the whole caseload: by risk, the most severe first, and the link keeps it.
    await page.keyboard.press('Escape');
    const sortedPage = page.waitForResponse(
      (response) => response.url().endsWith('/graphql') && /"key":"RISK","direction":"DESC"/.test(response.request().postData() ?? ''),
    );
    await page.getByRole('columnheader', { name: /Risk flags/ }).click();
    await sortedPage;
    await page.getByRole('columnheader', { name: /Risk flags/ }).and(page.locator('[aria-sort="descending"]')).waitFor();
    await page.locator('.cc-caseload__results[aria-busy="false"]').waitFor();
    expect(new URL(page.url()).search).toContain('sort=risk&dir=desc');
    const severities = await highestSeverityPerRow(page);
    expect(severities.length).toBeGreaterThan(3);
    expect(severities[0]).toBeGreaterThan(0);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    await expectText(page.locator('.cc-caseload__range'), /^Showing 1–\d+ of \d+/);
    await page.reload();
    await page.locator('table tbody tr').first().waitFor();
    await page.locator('.cc-caseload__results[aria-busy="false"]').waitFor();
    expect(await page.getByRole('columnheader', { name: /Risk flags/ }).getAttribute('aria-sort')).toBe('descending');
    // Other journeys write to the same demo organization meanwhile (a check-in can clear a flag), so
    // what the reload must keep is the order, not these exact rows.
    const afterReload = await highestSeverityPerRow(page);
    expect(afterReload.length).toBeGreaterThan(3);
    expect(afterReload[0]).toBeGreaterThan(0);
    expect(afterReload).toEqual([...afterReload].sort((a, b) => b - a));
    expect(await blockingA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
    await expectText(page.locator('body'), /You have signed out/);
    // The old session is gone: going back to the caseload lands on sign-in again.
    await page.goto(appUrl('/'));
    await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
  });
});

/** Each row's most severe flag as a rank (Urgent 3, Warning 2, Info 1, none 0), in the order shown. */
async function highestSeverityPerRow(page: import('playwright-core').Page): Promise<number[]> {
  return page.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      // A row's flags are listed most severe first; the badge reads "Urgent: …", "Warning: …" or "Info: …".
      const label = /^(?:!!|!|i)?(Urgent|Warning|Info):/.exec(row.querySelector('button.cc-flag')?.textContent ?? '')?.[1];
      return label === 'Urgent' ? 3 : label === 'Warning' ? 2 : label === 'Info' ? 1 : 0;
    }),
  );
}
