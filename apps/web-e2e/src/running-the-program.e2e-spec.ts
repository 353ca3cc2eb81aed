import type { Page } from 'playwright-core';
import { blockingA11yViolations, openBrowser, screenshot, unusedCode, type Browser } from './support/browser';
import { startCareCircle, type RunningCareCircle } from './support/app-server';

/**
 * A program starts on CareCircle with nothing but the browser: an empty database without demo
 * data, the setup page, a program, three colleagues invited and signed in through their links, a
 * client admitted, a peer worker assigned, the client moved to another counselor, a threshold
 * changed after its preview, and a counselor deactivated whose open session then stops working.
 * All names are synthetic.
 */
describe('running a program from an empty database, in the browser', () => {
  jest.setTimeout(300_000);

  let app: RunningCareCircle;
  const browsers: Browser[] = [];
  const PASSWORD = 'tide pools at low water';
  const ORG = 'Lantern Bay Recovery Collective';
  const PROGRAM = 'Lantern Bay Outpatient';
  const people = {
    admin: { name: 'Sol Amari', email: 'sol.amari@lanternbay.example' },
    supervisor: { name: 'Ines Varga', email: 'ines.varga@lanternbay.example', role: 'Clinical supervisor' },
    firstCounselor: { name: 'Theo Marsh', email: 'theo.marsh@lanternbay.example', role: 'Counselor' },
    secondCounselor: { name: 'Mira Osei', email: 'mira.osei@lanternbay.example', role: 'Counselor' },
    peer: { name: 'Rafe Lindqvist', email: 'rafe.lindqvist@lanternbay.example', role: 'Peer support worker' },
  };
  const CLIENT = { first: 'Wren', last: 'Calloway' };

  const at = (path: string) => `${app.url}${path}`;

  /**
   * Everyone's browser is on Kiritimati time (UTC+14) while the organization keeps Chicago's
   * (UTC-6): for twenty hours of every day the browser's calendar is a day ahead, so a form that
   * offered the browser's "today" would propose a day the server calls the future.
   */
  async function newPage(): Promise<Page> {
    const browser = await openBrowser(undefined, 'Pacific/Kiritimati');
    browsers.push(browser);
    return browser.page;
  }

  async function expectAccessible(page: Page, where: string): Promise<void> {
    expect({ where, violations: await blockingA11yViolations(page) }).toEqual({ where, violations: [] });
  }

  /** Fills the sign-in form; the caller checks what follows. */
  async function attemptSignIn(page: Page, email: string): Promise<void> {
    await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Invites a colleague from the staff page and returns the one-time setup link the admin is shown. */
  async function invite(page: Page, person: { name: string; email: string; role: string }, supervisor?: string): Promise<string> {
    await page.getByRole('button', { name: 'Invite a staff member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a staff member' });
    await dialog.getByLabel('Name').fill(person.name);
    await dialog.getByLabel('Email').fill(person.email);
    await dialog.getByLabel('Role').selectOption({ label: person.role });
    if (supervisor) await dialog.getByLabel('Supervisor').selectOption({ label: supervisor });
    await dialog.getByRole('checkbox', { name: PROGRAM }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    const link = page.getByRole('textbox', { name: 'Setup link' });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/account-setup\/[A-Za-z0-9_-]{20,}$/);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('row').filter({ hasText: person.email }).waitFor();
    return url;
  }

  /** The invited person opens their link in their own browser, sets a password and is signed in. */
  async function acceptInvitation(link: string): Promise<Page> {
    const page = await newPage();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, app.url));
    await page.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    const setUpTwoFactor = page.getByRole('heading', { level: 1, name: 'Set up two-factor sign-in' });
    await page.getByRole('navigation', { name: 'Main' }).or(setUpTwoFactor).first().waitFor();
    // Supervisors must use two-factor sign-in: they are sent to set it up first.
    if (await setUpTwoFactor.isVisible()) await enrolTwoFactor(page);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return page;
  }

  /** The two-factor setup page: the key as text (as for an app that cannot scan), its code, then the recovery codes. */
  async function enrolTwoFactor(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1, name: 'Set up two-factor sign-in' }).waitFor();
    const keyText = await page.getByText(/Can't scan\? Enter this key:/).textContent();
    const secret = (keyText ?? '').replace(/^.*Enter this key:/, '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible(page, 'two-factor setup');
    await page.getByLabel(/Authentication code/).fill(await unusedCode(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    await page.getByRole('button', { name: 'I have saved these codes' }).click();
  }

  beforeAll(async () => {
    app = await startCareCircle({ seedDemoData: false });
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await app?.stop();
  });

  it('sets up the organization, staffs it, admits and reassigns a client, tunes a threshold and deactivates a counselor', async () => {
    // 1. First run: the setup page, once.
    const admin = await newPage();
    await admin.goto(at('/login'));
    await admin.getByRole('link', { name: 'Set up CareCircle' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Set up CareCircle' }).waitFor();
    await admin.getByLabel('Organization name').fill(ORG);
    await admin.getByLabel('Time zone').selectOption('America/Chicago');
    await admin.getByLabel('Your name').fill(people.admin.name);
    await admin.getByLabel('Email').fill(people.admin.email);
    await admin.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await admin.getByLabel('Confirm password').fill(PASSWORD);
    await expectAccessible(admin, 'setup page');
    await screenshot(admin, 'first-run-setup');
    await admin.getByRole('button', { name: 'Create organization' }).click();
    // Administrators must use two-factor sign-in: the first one sets it up before anything else.
    await enrolTwoFactor(admin);
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();

    // The setup page is gone for good.
    const stranger = await newPage();
    await stranger.goto(at('/setup'));
    await stranger.getByText('CareCircle is already set up.').waitFor();

    // 2. A program.
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
    await admin.getByRole('button', { name: 'Create a program' }).click();
    const programDialog = admin.getByRole('dialog', { name: 'Create a program' });
    await programDialog.getByLabel('Name', { exact: true }).fill(PROGRAM);
    await programDialog.getByLabel('Default level of care').selectOption({ index: 1 });
    await programDialog.getByRole('button', { name: 'Create program' }).click();
    await admin.getByRole('button', { name: `Edit ${PROGRAM}` }).waitFor();
    await expectAccessible(admin, 'programs page');

    // 3. Colleagues, each through a one-time link.
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    const supervisorLink = await invite(admin, people.supervisor);
    const firstCounselorLink = await invite(admin, people.firstCounselor, people.supervisor.name);
    const secondCounselorLink = await invite(admin, people.secondCounselor, people.supervisor.name);
    const peerLink = await invite(admin, people.peer, people.supervisor.name);
    await expectAccessible(admin, 'staff page');

    const supervisor = await acceptInvitation(supervisorLink);
    const firstCounselor = await acceptInvitation(firstCounselorLink);
    const secondCounselor = await acceptInvitation(secondCounselorLink);
    const peer = await acceptInvitation(peerLink);
    void secondCounselor;
    void peer;

    // 4. The first counselor admits a client onto their caseload.
    await firstCounselor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admit a client' }).click();
    await firstCounselor.getByRole('heading', { level: 1, name: 'Admit a client' }).waitFor();
    await firstCounselor.getByLabel('First name').fill(CLIENT.first);
    await firstCounselor.getByLabel('Last name').fill(CLIENT.last);
    await firstCounselor.getByLabel('Date of birth').fill('1991-03-02');
    await firstCounselor.getByLabel('Program', { exact: true }).selectOption({ label: PROGRAM });
    await firstCounselor.getByRole('button', { name: 'Admit client' }).click();
    await firstCounselor.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    const clientPath = new URL(firstCounselor.url()).pathname;

    // 5. The supervisor assigns the peer worker, then moves the client to the second counselor.
    await supervisor.goto(at(clientPath));
    const careTeam = supervisor.getByRole('region', { name: 'Care team' });
    await careTeam.waitFor();
    await careTeam.getByRole('button', { name: /Assign peer worker|Change peer worker/ }).click();
    let dialog = supervisor.getByRole('dialog');
    await dialog.getByLabel('Peer worker').selectOption({ label: people.peer.name });
    await dialog.getByRole('button', { name: 'Save assignment' }).click();
    await careTeam.getByText(people.peer.name).first().waitFor();

    await careTeam.getByRole('button', { name: 'Change counselor' }).click();
    dialog = supervisor.getByRole('dialog');
    await dialog.getByLabel('Counselor').selectOption({ label: people.secondCounselor.name });
    await dialog.getByRole('button', { name: 'Save assignment' }).click();
    const history = careTeam.getByRole('grid', { name: 'Care team history' });
    // The handover is on the record: the first counselor's assignment ended, the second's began.
    const historyRow = (...texts: string[]) => texts.reduce((rows, text) => rows.filter({ hasText: text }), history.getByRole('row'));
    await historyRow(people.firstCounselor.name, 'Counselor').filter({ hasNotText: 'Now' }).waitFor();
    await historyRow(people.secondCounselor.name, 'Counselor', 'Now').waitFor();
    await historyRow(people.peer.name, 'Peer worker', 'Now').waitFor();
    await screenshot(supervisor, 'care-team-history');

    // The first counselor no longer has the client.
    await firstCounselor.goto(at(clientPath));
    await firstCounselor.getByRole('heading', { name: 'This client is not on your caseload or does not exist' }).waitFor();

    // 6. A threshold, after its preview.
    await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team caseloads' }).click();
    await supervisor.getByRole('heading', { level: 1, name: 'Team caseloads' }).waitFor();
    await supervisor.getByRole('link', { name: `Move caseload of ${people.secondCounselor.name}` }).waitFor();
    await expectAccessible(supervisor, 'team caseloads page');
    await screenshot(supervisor, 'team-caseloads');
    await supervisor.getByRole('link', { name: new RegExp(`Risk thresholds.*${PROGRAM}|${PROGRAM}`) }).first().click();
    await supervisor.getByRole('heading', { level: 1, name: `Risk thresholds — ${PROGRAM}` }).waitFor();
    await supervisor.getByLabel('Days without a check-in before a flag').fill('10');
    await supervisor.getByRole('button', { name: 'Preview change' }).click();
    await supervisor.getByText(/This change would flag \d+ more \/ \d+ fewer client/).waitFor();
    await expectAccessible(supervisor, 'risk thresholds page');
    await screenshot(supervisor, 'risk-thresholds-preview');
    await supervisor.getByRole('button', { name: 'Save thresholds' }).click();
    await supervisor.getByText('Thresholds saved.').waitFor();

    // 7. The admin deactivates the first counselor; their open session stops working.
    await admin.getByRole('button', { name: `Manage ${people.firstCounselor.name}` }).click();
    await admin.getByRole('button', { name: `Deactivate ${people.firstCounselor.name}` }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Deactivate' }).click();
    await admin.getByRole('row').filter({ hasText: people.firstCounselor.name }).filter({ hasText: 'Deactivated' }).waitFor();
    await screenshot(admin, 'admin-staff');

    await firstCounselor.goto(at('/'));
    await firstCounselor.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
    await firstCounselor.getByText('Your session has ended. Please sign in again.').waitFor();
    await attemptSignIn(firstCounselor, people.firstCounselor.email);
    await firstCounselor.getByRole('alert').getByText('That email and password do not match an active CareCircle account.').waitFor();
  });
});
