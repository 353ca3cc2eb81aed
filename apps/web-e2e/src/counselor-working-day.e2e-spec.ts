// One long journey through the app as it runs: admitting, then every write a counselor does on a record.
jest.setTimeout(900_000);

import { DEMO_LOGINS } from '@carecircle/api/demo-data';
import { DISCHARGE_REASON_LABELS, DischargeReason, describeLevelOfCare, LevelOfCare } from '@carecircle/shared/domain';
import type { Locator, Page } from 'playwright-core';
import { appUrl, blockingA11yViolations, openBrowser, screenshot, signIn, type Browser } from './support/browser';

/** A calendar date `days` before today in the browser's (= this machine's) time zone, as `YYYY-MM-DD`. */
function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A `YYYY-MM-DD` date as the record prints it in en-US ("Mar 3, 2026"). */
function shown(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}

/** Letters only, different on every run, so the new client is never taken for a duplicate of an earlier run's. */
function runSuffix(): string {
  return Date.now()
    .toString()
    .slice(-7)
    .split('')
    .map((digit) => String.fromCharCode(97 + Number(digit)))
    .join('');
}

/** axe's serious and critical findings, labelled with where they were found so a failure says which view. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await blockingA11yViolations(page);
  expect({ where, violations }).toEqual({ where, violations: [] });
}

/** The page does not scroll sideways (the 375 px check). */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect({
    where,
    fits: widths.scrollWidth <= widths.innerWidth,
    ...widths,
  }).toEqual({ where, fits: true, ...widths });
}

/** Every section finished loading (their skeletons and refetches set aria-busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

/** Presses the button that opens a dialog and waits for the dialog, named by its title. */
async function openDialog(page: Page, opener: Locator, title: string): Promise<Locator> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

/** Saves a dialog and waits until it closes, which it does only after the server accepted the save. */
async function save(dialog: Locator, submitLabel: string): Promise<void> {
  await dialog.getByRole('button', { name: submitLabel, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The value shown for a term in a description list. */
function fact(scope: Locator, term: string): Locator {
  return scope.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

const suffix = runSuffix();
const FIRST = 'Marlowe';
const LAST = `Journey-${suffix}`;
const FULL_NAME = `${FIRST} ${LAST}`;
const MEMBER = `Rosa Journey-${suffix}`;
const ADMITTED_ON = isoDaysAgo(40);
const RECOVERY_FROM = isoDaysAgo(44);
const PHQ9_ON = isoDaysAgo(6);
const BAM_ON = isoDaysAgo(5);
const SESSION_ON = isoDaysAgo(3);
const CHECK_IN_ON = isoDaysAgo(2);
const STEP_DOWN_ON = isoDaysAgo(20);
const DISCHARGED_ON = isoDaysAgo(1);
const READMITTED_ON = isoDaysAgo(0);
const IOP = describeLevelOfCare(LevelOfCare.INTENSIVE_OUTPATIENT_2_1);
const OUTPATIENT = describeLevelOfCare(LevelOfCare.OUTPATIENT_1);
const STEP_DOWN_REASON = 'Reassessment: three stable weeks, steps down to weekly outpatient';

/** PHQ-9 answers by item: seven "Several days", item 8 and item 9 "Not at all" → 7, Mild, no safety alert. */
const PHQ9_ANSWERS: Record<string, string> = {
  '1': 'Several days',
  '2': 'Several days',
  '3': 'Several days',
  '4': 'Several days',
  '5': 'Several days',
  '6': 'Several days',
  '7': 'Several days',
  '8': 'Not at all',
  '9': 'Not at all',
};

/**
 * BAM answers by item: day counts typed, the others chosen. Scored (VA manual): use = items 4,5,6 →
 * 0+0+1 = 1; risk = items 1,2,3,8,11,15 → 2+2+3+1+0+1 = 9; protective = items 9,10,12,13,14,16 → 3+4+2+4+4+4 = 21.
 */
const BAM_DAYS: Record<string, string> = {
  '2': '5',
  '3': '10',
  '4': '0',
  '5': '0',
  '6': '2',
  '7A': '0',
  '7B': '0',
  '7C': '0',
  '7D': '0',
  '7E': '0',
  '7F': '0',
  '7G': '2',
  '10': '20',
  '11': '0',
  '13': '16',
  '16': '30',
};
const BAM_CHOICES: Record<string, string> = {
  '1': 'Good',
  '8': 'Slightly',
  '9': 'Considerably',
  '12': 'Moderately',
  '14': 'Yes',
  '15': 'Slightly',
  '17': 'Considerably',
};

describe("a counselor's working day, all in the browser", () => {
  let desktop: Browser;
  let phone: Browser;
  let clientId = '';

  beforeAll(async () => {
    desktop = await openBrowser({ width: 1280, height: 900 });
    desktop.page.setDefaultTimeout(60_000);
  });
  afterAll(async () => {
    await desktop?.close();
    await phone?.close();
  });

  it('admits a client and records a diagnosis, measures, network, consent, family session, check-in, level change, discharge and readmission', async () => {
    const { page } = desktop;

    // 1. Admit through the navigation link.
    await signIn(page, DEMO_LOGINS.counselors[0]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admit a client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Admit a client' }).waitFor();
    await page.getByLabel('First name').fill(FIRST);
    await page.getByLabel('Last name').fill(LAST);
    await page.getByLabel('Date of birth').fill('1988-07-14');
    const program = page.getByLabel('Program', { exact: true });
    await program.selectOption({ index: 1 });
    const programName = ((await program.locator('option:checked').textContent()) ?? '').trim();
    expect(programName).not.toBe('');
    const level = page.getByLabel('Level of care (ASAM)');
    await level.selectOption({ label: IOP });
    await page.getByLabel('Admission date').fill(ADMITTED_ON);
    await page.getByLabel('Recovery start date (optional)').fill(RECOVERY_FROM);
    await page.getByLabel('Check-in schedule').selectOption({ label: 'Several times a week' });
    expect(await level.inputValue()).toBe(LevelOfCare.INTENSIVE_OUTPATIENT_2_1);
    await expectAccessible(page, 'admit page, 1280');
    await screenshot(page, 'counselor-day-admit');
    await page.getByRole('button', { name: 'Admit client' }).click();

    await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    clientId = /\/clients\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    await page.getByRole('heading', { level: 1, name: FULL_NAME }).waitFor();
    const overview = page.getByRole('region', { name: 'Overview' });
    await overview.waitFor();
    expect(await page.locator('.cc-record__program').innerText()).toContain(`${programName}`);
    expect(await page.locator('.cc-record__program').innerText()).toContain(IOP);
    expect((await fact(overview, 'Admitted').innerText()).trim()).toBe(shown(ADMITTED_ON));
    expect(await fact(overview, 'Days since recovery start').innerText()).toContain(`since ${shown(RECOVERY_FROM)}`);
    const checkIns = page.getByRole('region', { name: 'Check-ins' });
    expect((await fact(checkIns, 'Schedule').innerText()).trim()).toBe('Several times a week');
    await settled(page);
    await expectAccessible(page, 'new record, 1280');

    // 2. A diagnosis from the ICD-10-CM picker.
    const diagnoses = page.getByRole('region', { name: 'Diagnoses' });
    let dialog = await openDialog(page, diagnoses.getByRole('button', { name: 'Record a diagnosis' }), 'Record a diagnosis');
    await dialog.getByRole('combobox', { name: 'ICD-10-CM code' }).fill('F10.2');
    await page.getByRole('option', { name: /^F10\.20\b/ }).click();
    expect(await dialog.getByRole('combobox', { name: 'ICD-10-CM code' }).inputValue()).toBe('F10.20');
    expect(await dialog.getByLabel('Description', { exact: true }).inputValue()).toBe('Alcohol dependence, uncomplicated');
    await expectAccessible(page, 'Record a diagnosis dialog');
    await screenshot(page, 'counselor-day-diagnosis-dialog');
    await save(dialog, 'Record diagnosis');
    const diagnosisRow = diagnoses.getByRole('listitem').filter({ hasText: 'F10.20' });
    await diagnosisRow.waitFor();
    expect(await diagnosisRow.innerText()).toContain('Alcohol dependence, uncomplicated');
    expect(await diagnosisRow.innerText()).toContain('Active');

    // 3. A PHQ-9, item by item, then a BAM.
    const measures = page.getByRole('region', { name: 'Measures' });
    dialog = await openDialog(page, measures.getByRole('button', { name: 'Administer a measure' }), 'Administer a measure');
    expect(await dialog.getByLabel('Measure', { exact: true }).inputValue()).toBe('PHQ_9');
    await dialog.getByLabel('Date given').fill(PHQ9_ON);
    for (const [item, answer] of Object.entries(PHQ9_ANSWERS)) {
      await dialog.locator(`li[data-item="${item}"]`).getByRole('radio', { name: answer, exact: true }).check();
    }
    await expectAccessible(page, 'Administer a measure dialog (PHQ-9)');
    await screenshot(page, 'counselor-day-phq9-dialog');
    await save(dialog, 'Save and score');
    await measures
      .getByRole('heading', {
        level: 3,
        name: `PHQ-9 saved for ${shown(PHQ9_ON)}`,
      })
      .waitFor();
    expect(await measures.locator('.cc-measure-result__score').innerText()).toMatch(/^Score\s*7\s*—\s*Mild$/);
    expect(await page.getByRole('alert').filter({ hasText: 'safety follow-up' }).count()).toBe(0);
    await measures.getByText(/Latest PHQ-9:\s*7\s*—\s*Mild/).waitFor();

    dialog = await openDialog(page, measures.getByRole('button', { name: 'Administer a measure' }), 'Administer a measure');
    await dialog.getByLabel('Measure', { exact: true }).selectOption('BAM');
    await dialog.locator('li[data-item="7G"]').waitFor();
    await dialog.getByLabel('Date given').fill(BAM_ON);
    for (const [item, days] of Object.entries(BAM_DAYS)) {
      await dialog.locator(`li[data-item="${item}"]`).getByRole('spinbutton').fill(days);
    }
    for (const [item, answer] of Object.entries(BAM_CHOICES)) {
      await dialog.locator(`li[data-item="${item}"]`).getByRole('radio', { name: answer, exact: true }).check();
    }
    await expectAccessible(page, 'Administer a measure dialog (BAM)');
    await screenshot(page, 'counselor-day-bam-dialog');
    await save(dialog, 'Save and score');
    await measures
      .getByRole('heading', {
        level: 3,
        name: `BAM saved for ${shown(BAM_ON)}`,
      })
      .waitFor();
    expect(await measures.locator('.cc-measure-result__score').innerText()).toMatch(
      /^Use\s*1\s*·\s*Risk factors\s*9\s*·\s*Protective factors\s*21\s*—\s*concern:/,
    );

    // 4. A support-network member, a consent naming them, a family session they attended.
    const network = page.getByRole('region', { name: 'Support network' });
    dialog = await openDialog(page, network.getByRole('button', { name: 'Add to network' }), 'Add to the support network');
    await dialog.getByLabel('Name', { exact: true }).fill(MEMBER);
    await dialog.getByLabel('Relationship').selectOption({ label: 'Parent' });
    await dialog.getByRole('radio', { name: /^Supportive:/ }).check();
    await dialog.getByRole('checkbox', { name: /^Involved in treatment/ }).check();
    await dialog.getByLabel('Phone (optional)').fill('555-0142');
    await expectAccessible(page, 'Add to the support network dialog');
    await screenshot(page, 'counselor-day-network-member-dialog');
    await save(dialog, 'Add to network');
    const memberRow = network.getByRole('row', { name: new RegExp(MEMBER) });
    await memberRow.waitFor();
    expect(await memberRow.innerText()).toMatch(/Parent[\s\S]*Supportive[\s\S]*Yes/);

    const consents = page.getByRole('region', { name: 'Consents' });
    dialog = await openDialog(page, consents.getByRole('button', { name: 'Record a consent' }), 'Record a consent');
    await dialog.getByRole('radio', { name: 'A member of the support network' }).check();
    await dialog.getByLabel('Member named').selectOption({ label: `${MEMBER} (parent)` });
    await dialog.getByRole('checkbox', { name: 'Attendance', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Care plan', exact: true }).check();
    await dialog.getByLabel('Purpose of the disclosure').fill('Family involvement in treatment planning');
    await dialog.getByLabel('Expires on').fill(isoDaysAgo(-180));
    await expectAccessible(page, 'Record a consent dialog');
    await screenshot(page, 'counselor-day-consent-dialog');
    await save(dialog, 'Record consent');
    const consent = consents.getByRole('listitem').filter({ hasText: MEMBER });
    await consent.waitFor();
    const consentText = await consent.innerText();
    expect(consentText).toContain('Active');
    expect(consentText).toContain('Covers: Attendance, Care plan');
    expect(consentText).toContain('Purpose: Family involvement in treatment planning');

    const family = page.getByRole('region', { name: 'Family engagement' });
    dialog = await openDialog(page, family.getByRole('button', { name: 'Log engagement' }), 'Log family engagement');
    await dialog.getByLabel('Kind of engagement').selectOption({ label: 'Family therapy session' });
    await dialog.getByLabel('Date', { exact: true }).fill(SESSION_ON);
    await dialog.getByRole('checkbox', { name: `${MEMBER} (parent)` }).check();
    await dialog.getByLabel('Note (optional)').fill('Relapse-prevention plan shared with the family.');
    await expectAccessible(page, 'Log family engagement dialog');
    await screenshot(page, 'counselor-day-family-session-dialog');
    await save(dialog, 'Log engagement');
    const session = family.getByRole('listitem').filter({ hasText: 'Family therapy session' });
    await session.waitFor();
    const sessionText = await session.innerText();
    expect(sessionText).toContain(shown(SESSION_ON));
    expect(sessionText).toContain(`With ${MEMBER} (parent)`);
    expect((await fact(family, 'Most recent').innerText()).trim()).toBe(shown(SESSION_ON));

    // 5. A check-in the counselor took by phone.
    dialog = await openDialog(page, checkIns.getByRole('button', { name: 'Record a check-in' }), 'Record a check-in');
    await dialog.getByRole('group', { name: 'How was it taken?' }).getByRole('radio', { name: 'Phone' }).check();
    await dialog.getByLabel('When').fill(`${CHECK_IN_ON}T10:30`);
    await dialog.getByLabel(/^Craving/).fill('3');
    await dialog.getByLabel(/^Confidence in staying in recovery/).fill('8');
    await dialog.getByRole('group', { name: /^Mood/ }).getByRole('radio', { name: /^4 · / }).check();
    await dialog
      .getByRole('group', {
        name: 'Any substance use since the last check-in?',
      })
      .getByRole('radio', { name: 'No' })
      .check();
    await dialog
      .getByRole('group', {
        name: 'Went to a mutual-aid meeting since the last check-in?',
      })
      .getByRole('radio', { name: 'Yes' })
      .check();
    const meetingKind = dialog.getByLabel('Kind of meeting');
    await meetingKind.selectOption({ index: 1 });
    const meetingName = ((await meetingKind.locator('option:checked').textContent()) ?? '').trim();
    await expectAccessible(page, 'Record a check-in dialog');
    await screenshot(page, 'counselor-day-check-in-dialog');
    await save(dialog, 'Save check-in');
    const checkIn = checkIns.getByRole('listitem').filter({ hasText: /Entered by .+ \(counselor\)/ });
    await checkIn.waitFor();
    const checkInText = await checkIn.innerText();
    expect(checkInText).toContain('Phone');
    expect(checkInText).toMatch(/Craving 3\/10 · Mood 4\/5 \(good\) · Confidence 8\/10 · No use · Meeting: /);
    expect(checkInText).toContain(`Meeting: ${meetingName}`);
    expect(checkInText).toContain(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(`${CHECK_IN_ON}T10:30`)));

    // 6. A step down in level of care, a discharge, a readmission.
    const actions = page.getByRole('region', {
      name: 'Episode of care actions',
    });
    dialog = await openDialog(page, actions.getByRole('button', { name: 'Change level of care' }), 'Change level of care');
    await dialog.getByLabel('New level of care (ASAM)').selectOption({ label: OUTPATIENT });
    await dialog.getByLabel('Effective date').fill(STEP_DOWN_ON);
    await dialog.getByLabel('Reason').fill(STEP_DOWN_REASON);
    await expectAccessible(page, 'Change level of care dialog');
    await screenshot(page, 'counselor-day-level-of-care-dialog');
    await save(dialog, 'Change level of care');
    const history = overview.getByRole('list').filter({ hasText: STEP_DOWN_REASON });
    await history.waitFor();
    const step = history.getByRole('listitem').filter({ hasText: STEP_DOWN_REASON });
    expect(await step.innerText()).toContain(`${IOP} → ${OUTPATIENT}`);
    expect(await step.innerText()).toContain(shown(STEP_DOWN_ON));
    expect(
      await history
        .getByRole('listitem')
        .filter({ hasText: `Admitted at ${IOP}` })
        .count(),
    ).toBe(1);
    await page.locator('.cc-record__program', { hasText: OUTPATIENT }).waitFor();

    dialog = await openDialog(page, actions.getByRole('button', { name: 'Discharge', exact: true }), `Discharge ${FIRST}`);
    await dialog
      .getByRole('radio', {
        name: DISCHARGE_REASON_LABELS[DischargeReason.TREATMENT_COMPLETED],
      })
      .check();
    await dialog.getByLabel('Discharge date').fill(DISCHARGED_ON);
    await expectAccessible(page, 'Discharge dialog');
    await screenshot(page, 'counselor-day-discharge-dialog');
    await save(dialog, 'Discharge');
    await actions.getByText(`Discharged ${shown(DISCHARGED_ON)} · Treatment completed`).waitFor();
    const episodes = page.getByRole('region', { name: 'Episodes of care' });
    const firstEpisode = episodes.getByRole('article', {
      name: new RegExp(`^Episode 1 · ${programName}`),
    });
    await fact(firstEpisode, 'Discharge reason').filter({ hasText: 'Treatment completed' }).waitFor();
    expect((await fact(firstEpisode, 'Discharged').innerText()).trim()).toBe(shown(DISCHARGED_ON));

    dialog = await openDialog(page, actions.getByRole('button', { name: 'Readmit' }), `Readmit ${FIRST}`);
    await dialog.getByLabel('Program', { exact: true }).waitFor();
    await dialog.getByLabel('Level of care (ASAM)').selectOption({ label: IOP });
    await dialog.getByLabel('Admission date').fill(READMITTED_ON);
    await expectAccessible(page, 'Readmit dialog');
    await screenshot(page, 'counselor-day-readmit-dialog');
    await save(dialog, 'Readmit');
    const episodeTitles = episodes.getByRole('heading', {
      level: 3,
      name: /^Episode \d/,
    });
    await episodes
      .getByRole('heading', {
        level: 3,
        name: new RegExp(`^Episode 2 \\(current\\) · ${programName}`),
      })
      .waitFor();
    expect(await episodeTitles.allInnerTexts()).toEqual([`Episode 2 (current) · ${programName}`, `Episode 1 · ${programName}`]);
    const secondEpisode = episodes.getByRole('article', { name: /^Episode 2/ });
    expect((await fact(secondEpisode, 'Admitted').innerText()).trim()).toBe(shown(READMITTED_ON));
    expect((await fact(secondEpisode, 'Level of care').innerText()).trim()).toBe(IOP);
    expect((await fact(firstEpisode, 'Discharge reason').innerText()).trim()).toBe('Treatment completed');
    await actions.getByRole('button', { name: 'Discharge', exact: true }).waitFor();
    // What was recorded in the first episode is still on the record.
    expect(await diagnoses.getByRole('listitem').filter({ hasText: 'F10.20' }).count()).toBe(1);
    expect(await network.getByRole('row', { name: new RegExp(MEMBER) }).count()).toBe(1);
    await settled(page);
    await expectAccessible(page, 'record after readmission, 1280');
    await screenshot(page, 'counselor-day-record-readmitted');
  });

  it('keeps the admit page, the record and a dialog usable and accessible at 375 px', async () => {
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    phone = await openBrowser({ width: 375, height: 800 });
    const { page } = phone;
    page.setDefaultTimeout(60_000);
    await signIn(page, DEMO_LOGINS.counselors[0]);

    await page.goto(appUrl('/clients/new'));
    await page.getByRole('heading', { level: 1, name: 'Admit a client' }).waitFor();
    await page.getByLabel('First name').waitFor();
    await expectAccessible(page, 'admit page, 375');
    await expectNoSidewaysScroll(page, 'admit page, 375');
    await screenshot(page, 'counselor-day-admit-375');

    await page.goto(appUrl(`/clients/${clientId}`));
    await page.getByRole('heading', { level: 1, name: FULL_NAME }).waitFor();
    await page
      .getByRole('region', { name: 'Episodes of care' })
      .getByRole('heading', { level: 3, name: /^Episode 2 \(current\)/ })
      .waitFor();
    await settled(page);
    await expectAccessible(page, 'record, 375');
    await expectNoSidewaysScroll(page, 'record, 375');
    await screenshot(page, 'counselor-day-record-375');

    const checkIns = page.getByRole('region', { name: 'Check-ins' });
    const dialog = await openDialog(page, checkIns.getByRole('button', { name: 'Record a check-in' }), 'Record a check-in');
    await expectAccessible(page, 'Record a check-in dialog, 375');
    await expectNoSidewaysScroll(page, 'Record a check-in dialog, 375');
    await screenshot(page, 'counselor-day-check-in-dialog-375');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
