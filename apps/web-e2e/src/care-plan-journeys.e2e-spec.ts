jest.setTimeout(120_000);

import { DEMO_LOGINS } from '@carecircle/api/demo-data';
import type { Page } from 'playwright-core';
import { appUrl, blockingA11yViolations, type Browser, expectText, graphqlInPage, openBrowser, screenshot, signIn } from './support/browser';

const INTERVENTION = 'Weekly CBT session on thought records';

/** Shared between the two journeys: the client whose plan the counselor submits in (a). */
const submitted: { clientName: string | null } = { clientName: null };


interface ClientRow {
  id: string;
  firstName: string;
  lastName: string;
  carePlanStatus: string | null;
}

/** The caller's active clients, straight from the API with the session the app stored. */
async function activeClients(page: Page): Promise<ClientRow[]> {
  const data = await graphqlInPage<{ clients: { items: ClientRow[] } }>(
    page,
    'query { clients(filter: { statuses: [ACTIVE] }, limit: 100) { items { id firstName lastName carePlanStatus } } }',
  );
  return data.clients.items;
}

describe('care plans: a counselor revises a plan and a supervisor signs it off', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser.close());

  it('(a) a counselor starts a new version, adds a CBT intervention, saves and submits it for review', async () => {
    const { page } = browser;
    await signIn(page, DEMO_LOGINS.counselors[0]);

    // A client with a signed plan and no open revision; the last one, to stay clear of other journeys.
    const candidates = (await activeClients(page)).filter((c) => c.carePlanStatus === 'ACTIVE');
    expect(candidates.length).toBeGreaterThan(0);
    const client = candidates[candidates.length - 1];
    const clientName = `${client.firstName} ${client.lastName}`;

    await page.goto(appUrl(`/clients/${client.id}/care-plan`));
    await page.getByRole('heading', { name: `Care plan — ${clientName}` }).waitFor();
    await expectText(page.locator('.cc-plan-summary'), /Active/);
    expect(await blockingA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start new version' }).click();
    await page.getByRole('button', { name: 'Save draft' }).waitFor();
    await expectText(page.locator('.cc-plan-summary'), /Draft/);

    const firstObjective = page.getByRole('group', { name: 'Objective 1', exact: true }).first();
    await firstObjective.getByRole('button', { name: 'Add intervention to objective 1' }).click();
    const added = firstObjective.getByRole('group', { name: /^Intervention \d+$/ }).last();
    await added.getByLabel('What staff will do').fill(INTERVENTION);
    await added.getByLabel('How often').fill('weekly, 50 minutes');
    await added.getByLabel('Modality').selectOption({ label: 'Cognitive behavioral therapy (CBT)' });
    await expectText(page.locator('.cc-editor__save-state'), /Unsaved changes/);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await expectText(page.locator('.cc-editor__notice'), /Draft saved/);
    await expectText(page.locator('.cc-editor__save-state'), /All changes saved/);
    expect(await added.getByLabel('What staff will do').inputValue()).toBe(INTERVENTION);
    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'care-plan-editor');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expectText(page.locator('.cc-care-plan__confirmation'), /submitted for review/);
    await expectText(page.locator('.cc-plan-summary'), /Pending review/);
    await expectText(page.locator('.cc-plan'), new RegExp(INTERVENTION));
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'care-plan-submitted');
    submitted.clientName = clientName;
  });

  it('(b) the supervisor reviews the submitted plan, sees the added intervention and signs it off', async () => {
    const clientName = submitted.clientName;
    if (!clientName) throw new Error('journey (a) did not submit a plan');
    const { page } = browser;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, DEMO_LOGINS.supervisor);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign-off queue' }).click();
    await page.getByRole('heading', { name: 'Sign-off queue', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(clientName) });
    await row.waitFor();
    expect(await blockingA11yViolations(page)).toEqual([]);

    await row.getByRole('link', { name: `Review ${clientName}'s plan` }).click();
    await page.getByRole('heading', { name: new RegExp(`^Review: ${clientName}, version \\d+$`) }).waitFor();
    const changes = page.getByRole('region', { name: /^Changes since version \d+$/ });
    await expectText(changes, new RegExp(`Added[\\s\\S]*Intervention: ${INTERVENTION}`));

    await page.getByLabel('Comment').fill('Good addition: thought records fit the goal. Signed.');
    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sign-off-review');

    await page.getByRole('button', { name: 'Sign off' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Signed off' }), new RegExp(`Signed off ${clientName}'s care plan`));
    await page.getByRole('heading', { name: /^Review:/ }).waitFor({ state: 'detached' });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await page.getByRole('row', { name: new RegExp(clientName) }).count()) > 0) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await page.getByRole('row', { name: new RegExp(clientName) }).count()).toBe(0);
    expect(await blockingA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sign-off-queue');
  });
});
