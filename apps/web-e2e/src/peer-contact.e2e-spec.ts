jest.setTimeout(120_000);

import { DEMO_LOGINS, DEMO_PASSWORD } from '@carecircle/api/demo-data';
import type { Locator, Page } from 'playwright-core';
import { appUrl, blockingA11yViolations, type Browser, expectText, openBrowser, screenshot } from './support/browser';

const PHONE = { width: 375, height: 812 };

describe('a peer support worker logs a contact on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(PHONE);
  });
  afterAll(() => browser.close());

  it('lands on Today, logs a contact with transportation help and finds it on the client record', async () => {
    const { page } = browser;
    await page.goto(appUrl('/'));
    await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
    await page.getByLabel('Email').fill(DEMO_LOGINS.peerWorkers[0]);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Home for a peer support worker is their day.
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'My clients' }).waitFor();
    await page.locator('[aria-busy="false"]').first().waitFor();
    expect(await blockingA11yViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'peer-today');

    // The main navigation stays reachable on a phone, behind the header's Menu button.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Today' }).waitFor();
    await nav.getByRole('link', { name: 'My clients' }).waitFor();
    await nav.getByRole('link', { name: 'Log a contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log a contact' }).waitFor();

    const clientSelect = page.getByRole('combobox', { name: 'Client' });
    await clientSelect.waitFor();
    const firstClient = clientSelect.locator('option').nth(1);
    const clientId = await firstClient.getAttribute('value');
    const optionLabel = (await firstClient.textContent()) ?? '';
    expect(clientId).toBeTruthy();
    await clientSelect.selectOption(clientId as string);
    // The visible label is the touch target; the native checkbox inside it is visually hidden.
    await page.locator('label', { hasText: 'Transportation' }).click();
    expect(await page.getByRole('checkbox', { name: 'Transportation' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Log contact' }).click();

    const confirmation = page.getByRole('status').filter({ hasText: /Contact with .+ logged/ });
    await confirmation.waitFor();
    const name = optionLabel.replace(/\s*\(.*\)$/, '');
    await expectText(confirmation, new RegExp(`Contact with ${name} logged`));
    await confirmation.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await blockingA11yViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectTouchTargets(page.getByRole('button', { name: 'Log contact' }));
    await expectTouchTargets(page.getByRole('radio', { name: 'Phone' }).locator('xpath=ancestor::label'));
    await screenshot(page, 'peer-log-contact');

    await confirmation.getByRole('link', { name: `View ${name}'s record` }).click();
    await page.waitForURL(`**/clients/${clientId}`);
    const peerContacts = page.getByRole('region', { name: 'Peer contacts' });
    await peerContacts.waitFor();
    await expectText(peerContacts, /Transportation/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

/** How far the page is wider than the phone's screen (0 or less: no sideways scrolling). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function expectTouchTargets(locator: Locator): Promise<void> {
  const box = await locator.first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}
