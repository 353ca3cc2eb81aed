// Who viewed this record and the accounting of disclosures in the browser: a counselor opens a record; the supervisor sees it.
jest.setTimeout(300_000);

import { readFileSync } from 'node:fs';
import { DEMO_LOGINS } from '@carecircle/api/demo-data';
import { appUrl, graphqlInPage, openBrowser, signIn, type Browser } from './support/browser';

const CASELOAD = 'query { clients(limit: 20) { items { id firstName lastName status } } }';
const ME = 'query { me { id displayName } }';

interface Caseload {
  clients: { items: Array<{ id: string; firstName: string; lastName: string; status: string }> };
}

describe('privacy reports', () => {
  const browsers: Browser[] = [];
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
  });

  it("the supervisor sees a counselor's look at a record, downloads it as CSV and opens the accounting of disclosures", async () => {
    // Avery opens a client on their caseload.
    const avery = await openBrowser();
    browsers.push(avery);
    avery.page.setDefaultTimeout(60_000);
    await signIn(avery.page, DEMO_LOGINS.counselors[0]);
    const { me } = await graphqlInPage<{ me: { id: string; displayName: string } }>(avery.page, ME);
    const caseload = await graphqlInPage<Caseload>(avery.page, CASELOAD);
    const client = caseload.clients.items.find((c) => c.status !== 'DISCHARGED') ?? caseload.clients.items[0]!;
    const name = `${client.firstName} ${client.lastName}`;
    const openedAt = Date.now();
    await avery.page.goto(appUrl(`/clients/${client.id}`));
    await avery.page.getByRole('heading', { level: 1, name: new RegExp(client.lastName) }).waitFor();
    // A counselor has no "Who viewed this record"; the accounting of disclosures is theirs too.
    await avery.page.getByRole('region', { name: 'Accounting of disclosures' }).waitFor();
    expect(await avery.page.getByRole('region', { name: 'Who viewed this record' }).count()).toBe(0);

    // The supervisor, on a phone, opens the same record and its access log, narrowed to Avery.
    const supervisor = await openBrowser({ width: 375, height: 800 });
    browsers.push(supervisor);
    const { page } = supervisor;
    page.setDefaultTimeout(60_000);
    // With two-factor sign-in: signIn takes a code no other sign-in of this run has used (a code works once).
    await signIn(page, DEMO_LOGINS.supervisor);
    await page.goto(appUrl(`/clients/${client.id}`));
    const log = page.getByRole('region', { name: 'Who viewed this record' });
    await log.getByRole('grid', { name: `Who viewed ${name}’s record` }).waitFor();
    await log.getByLabel('Person').selectOption({ label: me.displayName });
    const from = new Date(openedAt - 60_000).toISOString().slice(0, 10);
    const averyRead = log.getByRole('row').filter({ hasText: me.displayName }).filter({ hasText: 'Viewed client record' }).first();
    await averyRead.waitFor();
    expect(await averyRead.textContent()).toContain('Counselor');

    // The CSV holds the same read, fetched page by page.
    const [download] = await Promise.all([page.waitForEvent('download'), log.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^who-viewed-.+\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header).toBe('When,Who,Role,Action,Record,Record id,Fields,Client address,User agent,Outcome,Reason');
    const reads = lines.filter((line) => line.includes(`,Counselor,READ,Client,${client.id},`));
    expect(reads.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.split(',')[1] === me.displayName)).toBe(true);
    expect(reads.some((line) => line.slice(0, 10) >= from)).toBe(true);

    // The accounting of disclosures is on the record too, with its print and CSV.
    const disclosures = page.getByRole('region', { name: 'Accounting of disclosures' });
    await disclosures.getByText(/42 CFR 2\.24/).waitFor();
    await disclosures.getByRole('button', { name: 'Print' }).waitFor();
    expect(await disclosures.getByRole('button', { name: 'Download CSV' }).count()).toBe(1);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
  });
});
