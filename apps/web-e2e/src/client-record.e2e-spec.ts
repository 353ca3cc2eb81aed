jest.setTimeout(120_000);

import { DEMO_LOGINS, DEMO_PASSWORD } from '@carecircle/api/demo-data';
import type { Page } from 'playwright-core';
import { appUrl, collectConsoleErrors, blockingA11yViolations, graphqlInPage, openBrowser, screenshot, type Browser } from './support/browser';

const SECTION_HEADINGS = [
  'Overview',
  'Care plan',
  'Diagnoses',
  'Consents',
  'Support network',
  'Check-ins',
  'Measures',
  'Family engagement',
  'Peer contacts',
];

/**
 * An active client on the signed-in counselor's caseload, asked from the API in the page's own
 * session. Prefers someone with check-ins in the last weeks and the longest stay, so the record
 * (and the README screenshot) has charts to show; falls back to the caseload's first row link.
 */
async function pickClientId(page: Page): Promise<string> {
  const result = await graphqlInPage<{ clients: { items: Array<{ id: string; daysInTreatment: number; lastCheckInAt: string | null }> } }>(
    page,
    '{ clients(limit: 50, filter: {statuses: [ACTIVE]}) { items { id daysInTreatment lastCheckInAt } } }',
  );
  const items = result.clients.items;
  const recent = Date.now() - 21 * 86_400_000;
  const withCheckIns = items.filter((c) => c.lastCheckInAt && Date.parse(c.lastCheckInAt) > recent);
  const best = (withCheckIns.length > 0 ? withCheckIns : items).sort((a, b) => b.daysInTreatment - a.daysInTreatment)[0];
  if (best) return best.id;
  const href = (await page.locator('table tbody tr a[href*="/clients/"]').first().getAttribute('href')) ?? '';
  const id = /\/clients\/([^/?#]+)/.exec(href)?.[1];
  if (!id) throw new Error(`No active client found for the counselor: ${JSON.stringify(result)}`);
  return id;
}

describe('a counselor opens a client record', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1440, height: 1000 });
  });
  afterAll(() => browser.close());

  it('shows every section, the ecomap and both charts, accessibly', async () => {
    const { page } = browser;
    const consoleErrors = collectConsoleErrors(page);

    await page.goto(appUrl('/'));
    await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
    await page.getByLabel('Email').fill(DEMO_LOGINS.counselors[0]);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();

    const clientId = await pickClientId(page);
    await page.goto(appUrl(`/clients/${clientId}`));

    const name = page.getByRole('heading', { level: 1 });
    await name.waitFor();
    for (const heading of SECTION_HEADINGS) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    expect(await page.title()).toBe(`${(await name.textContent())?.trim()} · CareCircle`);

    // The ecomap and its legend, when the client has a network; otherwise the empty state says what to do.
    const network = page.getByRole('region', { name: 'Support network' });
    // The member list is a React Aria table, which is a keyboard grid.
    if ((await network.getByRole('grid').count()) > 0) {
      await network.getByRole('list', { name: 'Ecomap legend' }).waitFor();
      // A picture for readers, a group of member buttons for those who may edit the network; the summary names both.
      await network.getByLabel(/^Support network of .+: \d+ (person|people) — \d+ supportive, \d+ neutral, \d+ risk\.$/).waitFor();
    } else {
      await network.getByText(/No one in the support network yet/).waitFor();
    }

    // Both chart kinds have their titles; wait for the section skeletons to finish.
    await page
      .getByRole('heading', {
        level: 3,
        name: 'Craving and mood, last 90 days',
      })
      .waitFor();
    await page.getByRole('heading', { level: 3, name: 'PHQ-9 depression over time' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'GAD-7 anxiety over time' }).waitFor();
    await page
      .getByRole('heading', {
        level: 3,
        name: 'BARC-10 recovery capital over time',
      })
      .waitFor();
    await page.getByRole('region', { name: 'Peer contacts' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);

    expect(await page.getByRole('link', { name: 'Open care plan' }).getAttribute('href')).toBe(`/clients/${clientId}/care-plan`);
    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'client-record');

    // Narrow phone width: still usable, no sideways scrolling of the page.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('heading', { level: 2, name: 'Support network' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'client-record-375');

    // An unknown id gets the friendly not-found state with a way back.
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto(appUrl('/clients/00000000-0000-4000-8000-000000000000'));
    await page
      .getByRole('heading', {
        name: 'This client is not on your caseload or does not exist',
      })
      .waitFor();
    await page
      .getByRole('link', { name: /Back to caseload/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();

    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
