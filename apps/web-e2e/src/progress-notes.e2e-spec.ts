// Progress notes in the browser, as the "Done when" tells it: a DAP note written, kept through a
// closed tab, signed, locked and added to; a SOAP note that needs co-signature, co-signed from the
// supervisor's queue; both notes under their objectives in the plan; axe on every note page at two widths.
jest.setTimeout(600_000);

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@carecircle/api/demo-data';
import type { Locator, Page } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  appUrl,
  blockingA11yViolations,
  graphqlAnswerInPage,
  graphqlInPage,
  openBrowser,
  screenshot,
  signIn,
  type Browser,
} from './support/browser';

const DESK = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

/** Today in the browser's (= this machine's, = the server's) time zone, as `YYYY-MM-DD`. */
function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * axe's serious and critical findings, labelled with where they were found so a failure says which view.
 * `within` (a CSS selector) limits the check to one part of a big page, e.g. one record section: the
 * accessibility journey already checks the whole record, and axe on all of it costs seconds per run.
 */
async function expectAccessible(page: Page, where: string, within?: string): Promise<void> {
  const violations = await blockingA11yViolations(page, within);
  expect({ where, violations }).toEqual({ where, violations: [] });
}

/** A `YYYY-MM-DD` date as the pages print it in en-US ("Nov 29, 2026"). */
function shown(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}

/** The page does not scroll sideways (what "works at 375 px" needs first). */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect({ where, fits: widths.scrollWidth <= widths.innerWidth, ...widths }).toEqual({ where, fits: true, ...widths });
}

/** Every section finished loading (their skeletons and refetches set aria-busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .cc-skeleton').length === 0);
}

/** axe at a desk and on a phone, on the page as it stands; back at desk width afterwards. */
async function expectAccessibleAtBothWidths(page: Page, where: string, within?: string): Promise<void> {
  await settled(page);
  await expectAccessible(page, `${where}, 1280`, within);
  await page.setViewportSize(PHONE);
  await settled(page);
  await expectAccessible(page, `${where}, 375`, within);
  await expectNoSidewaysScroll(page, `${where}, 375`);
  await page.setViewportSize(DESK);
}

/** One element's picture for the closing note; a failed picture never fails the journey. */
async function screenshotOf(locator: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await locator
    .screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}.png`),
      animations: 'disabled',
    })
    .catch((error: unknown) => console.warn(`screenshot ${name} not taken: ${String(error)}`));
}

/** The part of the page from one element's top to another's bottom (e.g. the client's name down to a section). */
async function screenshotFromTo(page: Page, from: Locator, to: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const top = await from.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const bottom = await to.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  await page
    .screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}.png`),
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top - 16), width, height: bottom - top + 32 },
    })
    .catch((error: unknown) => console.warn(`screenshot ${name} not taken: ${String(error)}`));
}

/**
 * The whole page in one picture with its sticky bar where a person sees it (after the form, not over
 * it, as a full-page capture of a short viewport would put it): the viewport made as tall as the page.
 */
async function wholePageScreenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: DESK.width, height });
  await screenshot(page, name).catch((error: unknown) => console.warn(`screenshot ${name} not taken: ${String(error)}`));
  await page.setViewportSize(DESK);
}

/** Polls `read` until `accept` holds (or 30 s pass) and returns the last value read, for the assertion to judge. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}


interface PlanObjective {
  id: string;
  description: string;
  interventions: Array<{ id: string; description: string }>;
}

interface PickedClient {
  id: string;
  name: string;
  objectives: PlanObjective[];
}

interface ClientWithPlan {
  id: string;
  firstName: string;
  lastName: string;
  carePlanStatus: string | null;
  currentCarePlan: { problems: Array<{ goals: Array<{ objectives: PlanObjective[] }> }> } | null;
}

/**
 * An active client of the signed-in counselor whose signed plan (no open revision) has at least
 * `minObjectives` objectives with distinct descriptions. Takes the first such client: the care-plan
 * journey revises the last one, and both may run at once against the same app.
 */
async function pickClientWithPlan(page: Page, minObjectives: number): Promise<PickedClient> {
  // The list first, then each candidate's plan: a hundred plan trees in one document is more than the API's cost limit allows.
  const data = await graphqlInPage<{ clients: { items: Array<Omit<ClientWithPlan, 'currentCarePlan'>> } }>(
    page,
    'query { clients(filter: { statuses: [ACTIVE] }, limit: 100) { items { id firstName lastName carePlanStatus } } }',
  );
  const candidates = data.clients.items.filter((c) => c.carePlanStatus === 'ACTIVE');
  for (const candidate of candidates.slice(0, -1)) {
    const { client } = await graphqlInPage<{ client: ClientWithPlan }>(
      page,
      `query($id: ID!) { client(id: $id) { id firstName lastName carePlanStatus
         currentCarePlan { problems { goals { objectives { id description interventions { id description } } } } } } }`,
      { id: candidate.id },
    );
    const all = (client.currentCarePlan?.problems ?? []).flatMap((p) => p.goals.flatMap((g) => g.objectives));
    const distinct = all.filter((o) => o.description.trim() && all.filter((x) => x.description === o.description).length === 1);
    if (distinct.length >= minObjectives) return { id: client.id, name: `${client.firstName} ${client.lastName}`, objectives: distinct };
  }
  throw new Error(`No active client with a signed plan of ${minObjectives}+ objectives among ${candidates.length} candidates`);
}

const NOTE_QUERY = `query Note($noteId: ID!) { progressNote(noteId: $noteId) {
  id version status format sessionType sessionDate startTime durationMinutes attendance modality signedAt awaitingCosignature
  sections { key text } objectives { carePlanId objectiveId progress interventions { id } } addenda { text } } }`;

interface NoteState {
  id: string;
  version: number;
  status: string;
  format: string;
  sessionType: string;
  sessionDate: string;
  startTime: string | null;
  durationMinutes: number | null;
  attendance: string;
  modality: string | null;
  signedAt: string | null;
  awaitingCosignature: boolean;
  sections: Array<{ key: string; text: string }>;
  objectives: Array<{ carePlanId: string; objectiveId: string; progress: string; interventions: Array<{ id: string }> }>;
  addenda: Array<{ text: string }>;
}

/** The note as the server holds it: what the autosave really kept, not what the page shows. */
async function serverNote(page: Page, noteId: string): Promise<NoteState> {
  return (await graphqlInPage<{ progressNote: NoteState }>(page, NOTE_QUERY, { noteId })).progressNote;
}

const textOf = (note: NoteState, key: string) => note.sections.find((s) => s.key === key)?.text ?? '';

/** The autosave status (role="status") says "Saved". */
async function waitForSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^\s*Saved/ })
    .first()
    .waitFor();
}

/** Opens "Write a progress note" on the record, starts a note and lands on its page; returns the note id. */
async function startNote(page: Page, format: 'DAP' | 'SOAP' | 'BIRP', sessionType: string, checkDialog: boolean): Promise<string> {
  const notes = page.getByRole('region', { name: 'Progress notes' });
  await notes.getByRole('button', { name: 'Write a progress note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Write a progress note' });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  await dialog.getByLabel('Session type').selectOption({ label: sessionType });
  await dialog.getByLabel('Session date').fill(isoToday());
  if (checkDialog) await expectAccessible(page, 'Write a progress note dialog', '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Start note' }).click();
  await page.waitForURL(/\/notes\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: 'Progress note' }).waitFor();
  const noteId = /\/notes\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!noteId) throw new Error(`Not on a note's page: ${page.url()}`);
  return noteId;
}

/** The editor's item for one objective: its checkbox and, once ticked, its rating and interventions. */
function objectiveRow(group: Locator, description: string): Locator {
  return group.getByRole('listitem').filter({ has: group.page().getByRole('checkbox', { name: description, exact: true }) });
}

/** The radio group "Progress on <objective>" that appears once the objective is ticked. */
function progressOn(scope: Locator, objective: string): Locator {
  return scope.getByRole('group', { name: `Progress on ${objective}`, exact: true });
}

/** The rating chosen in "Progress on <objective>", by its label; '' when none is. */
async function ratingShown(scope: Locator, objective: string): Promise<string> {
  const checked = progressOn(scope, objective).locator('input[type="radio"]:checked');
  if ((await checked.count()) === 0) return '';
  return ((await checked.locator('xpath=ancestor::label[1]').textContent()) ?? '').trim();
}

/** Types at the end of a text box, key by key, as a person continuing a sentence would. */
async function typeAtEnd(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.press('Control+End');
  await box.pressSequentially(text, { delay: 5 });
}

async function signOut(page: Page): Promise<void> {
  // At a desk the button sits beside the navigation, not in it.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
}

/** A link to the note's page, wherever it is (record list, plan, queue). */
function linkToNote(scope: Locator | Page, noteId: string): Locator {
  return scope.locator(`a[href$="/notes/${noteId}"]`);
}

const SESSION_START = '10:00';
const DAP = {
  data: 'Client arrived on time, alert and engaged. Reported two cravings this week (4/10 at worst), managed with urge surfing. No use since last session.',
  assessment: 'Using coping skills consistently; insight into weekend triggers is growing. Low risk today.',
  assessmentMore: ' Sleep is still irregular and worth watching.',
  plan: 'Continue weekly individual sessions. Homework: log cravings daily and bring the log next week.',
};
const SOAP = {
  subjective: 'Client says the week was "steady"; one strong craving after a family argument, did not use.',
  objective: 'Calm, well groomed, good eye contact. PHQ-9 given today: 6.',
  assessment: 'Early remission holding; family conflict is the main current trigger.',
  plan: 'Invite the sister to a family session; practise the refusal script before then.',
};
const ADDENDUM = 'Late entry: client called after the session to confirm the next appointment and reported no use since.';

/** Shared by the steps: each `it` goes on from the one before, as one working day would. */
const journey = {
  avery: null as PickedClient | null,
  averyNoteId: '',
  averyName: '',
  casey: null as PickedClient | null,
  caseyNoteId: '',
  caseyName: '',
};

describe('progress notes: written, kept, signed, locked, co-signed and shown under the plan', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser(DESK);
    page = browser.page;
    page.setDefaultTimeout(30_000);
  });
  afterAll(() => browser?.close());

  it('a counselor writes a DAP note on two objectives, closes the tab mid-draft, finds it intact, signs it, cannot edit it and adds an addendum', async () => {
    await signIn(page, DEMO_LOGINS.counselors[0]);
    journey.averyName = (await graphqlInPage<{ me: { displayName: string } }>(page, '{ me { displayName } }')).me.displayName;
    const client = await pickClientWithPlan(page, 2);
    journey.avery = client;
    const [first, second] = client.objectives as [PlanObjective, PlanObjective];

    // (a) From the record: "Write a progress note" → DAP, individual, today.
    await page.goto(appUrl(`/clients/${client.id}`));
    await page.getByRole('heading', { level: 1, name: client.name }).waitFor();
    await page.getByRole('region', { name: 'Progress notes' }).getByRole('button', { name: 'Write a progress note' }).waitFor();
    const noteId = await startNote(page, 'DAP', 'Individual', true);
    journey.averyNoteId = noteId;
    const noteUrl = page.url();

    expect(await page.getByRole('radio', { name: 'DAP', exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Start time').fill(SESSION_START);
    await page.getByLabel('Duration (minutes)').fill('50');
    await page.getByLabel('Attendance').selectOption({ label: 'Attended' });
    await page.getByLabel('Data', { exact: true }).fill(DAP.data);
    await page.getByLabel('Assessment', { exact: true }).fill(DAP.assessment);
    await page.getByLabel('Plan', { exact: true }).fill(DAP.plan);
    const objectivesGroup = page.getByRole('group', { name: 'Objectives addressed' });
    await objectivesGroup.getByRole('checkbox', { name: first.description, exact: true }).check();
    await progressOn(objectivesGroup, first.description).getByRole('radio', { name: 'Some progress', exact: true }).check();
    const intervention = first.interventions.find((i) => i.description.trim());
    if (intervention)
      await objectiveRow(objectivesGroup, first.description).getByRole('checkbox', { name: intervention.description, exact: true }).check();
    await objectivesGroup.getByRole('checkbox', { name: second.description, exact: true }).check();
    await progressOn(objectivesGroup, second.description).getByRole('radio', { name: 'No progress', exact: true }).check();

    // Saved as typed: the server holds every section, both objectives and their ratings.
    let saved = await eventually(
      () => serverNote(page, noteId),
      (n) =>
        textOf(n, 'plan') === DAP.plan &&
        n.durationMinutes === 50 &&
        n.objectives.some((o) => o.objectiveId === first.id && o.progress === 'SOME_PROGRESS') &&
        n.objectives.some((o) => o.objectiveId === second.id && o.progress === 'NO_PROGRESS'),
    );
    expect(saved.status).toBe('DRAFT');
    expect(saved.startTime).toBe(SESSION_START);
    expect(saved.durationMinutes).toBe(50);
    expect(saved.sections.map((s) => [s.key, s.text])).toEqual([
      ['data', DAP.data],
      ['assessment', DAP.assessment],
      ['plan', DAP.plan],
    ]);
    expect(Object.fromEntries(saved.objectives.map((o) => [o.objectiveId, o.progress]))).toEqual({
      [first.id]: 'SOME_PROGRESS',
      [second.id]: 'NO_PROGRESS',
    });
    if (intervention)
      expect(saved.objectives.find((o) => o.objectiveId === first.id)?.interventions.map((i) => i.id)).toEqual([intervention.id]);
    await waitForSaved(page);
    await expectAccessibleAtBothWidths(page, 'note editor (draft)');
    await wholePageScreenshot(page, 'progress-note-draft');

    // (b) More typed, saved, then the tab closed; reopened (signing in again: the session lives in the tab).
    await typeAtEnd(page.getByLabel('Assessment', { exact: true }), DAP.assessmentMore);
    saved = await eventually(
      () => serverNote(page, noteId),
      (n) => textOf(n, 'assessment') === DAP.assessment + DAP.assessmentMore,
    );
    expect(textOf(saved, 'assessment')).toBe(DAP.assessment + DAP.assessmentMore);
    await waitForSaved(page);
    await page.close();

    page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(noteUrl);
    await page.getByRole('heading', { name: 'Sign in to CareCircle' }).waitFor();
    await page.getByLabel('Email').fill(DEMO_LOGINS.counselors[0]);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress note' }).waitFor();
    await page.getByLabel('Data', { exact: true }).waitFor();
    expect(page.url()).toBe(noteUrl);
    // What shows came from the server: the copy kept on this device had nothing newer to restore.
    expect(await page.getByRole('status').filter({ hasText: 'Restored your unsaved changes' }).count()).toBe(0);
    const reopened = page.getByRole('group', { name: 'Objectives addressed' });
    expect({
      data: await page.getByLabel('Data', { exact: true }).inputValue(),
      assessment: await page.getByLabel('Assessment', { exact: true }).inputValue(),
      plan: await page.getByLabel('Plan', { exact: true }).inputValue(),
      startTime: await page.getByLabel('Start time').inputValue(),
      duration: await page.getByLabel('Duration (minutes)').inputValue(),
      firstTicked: await reopened.getByRole('checkbox', { name: first.description, exact: true }).isChecked(),
      secondTicked: await reopened.getByRole('checkbox', { name: second.description, exact: true }).isChecked(),
      firstRating: await ratingShown(reopened, first.description),
      secondRating: await ratingShown(reopened, second.description),
      interventionTicked: intervention
        ? await objectiveRow(reopened, first.description).getByRole('checkbox', { name: intervention.description, exact: true }).isChecked()
        : true,
    }).toEqual({
      data: DAP.data,
      assessment: DAP.assessment + DAP.assessmentMore,
      plan: DAP.plan,
      startTime: SESSION_START,
      duration: '50',
      firstTicked: true,
      secondTicked: true,
      firstRating: 'Some progress',
      secondRating: 'No progress',
      interventionTicked: true,
    });

    // (c) Signed: the page turns into the read-only view.
    await page.getByRole('button', { name: 'Sign note' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sign this note?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
    await page
      .getByText(new RegExp(`Signed by ${journey.averyName} on `))
      .first()
      .waitFor();
    await page.getByText('Signed notes are locked. To correct or add to this note, add an addendum.').waitFor();
    const main = page.getByRole('main');
    for (const [label, text] of [
      ['Data', DAP.data],
      ['Assessment', DAP.assessment + DAP.assessmentMore],
      ['Plan', DAP.plan],
    ] as const) {
      await main.getByRole('heading', { name: label, exact: true }).waitFor();
      expect(await main.getByText(text, { exact: true }).count()).toBe(1);
    }
    expect(await main.innerText()).toContain(`${client.name} · DAP · Individual · ${shown(isoToday())} · Signed`);
    const addressed = main.getByRole('region', { name: 'Objectives addressed' }).getByRole('listitem');
    expect(await addressed.filter({ hasText: first.description }).innerText()).toContain('Some progress');
    expect(await addressed.filter({ hasText: second.description }).innerText()).toContain('No progress');

    // … and cannot be edited: no text boxes, no sign or edit buttons; the API refuses a draft save with CONFLICT and nothing changes.
    expect(await main.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Sign note|Edit|Discard draft)/ }).count()).toBe(0);
    const signed = await serverNote(page, noteId);
    expect(signed.status).toBe('SIGNED');
    const refused = await graphqlAnswerInPage(
      page,
      `mutation Save($input: SaveProgressNoteDraftInput!) { saveProgressNoteDraft(input: $input) { id version } }`,
      {
        input: {
          noteId,
          expectedVersion: signed.version,
          format: signed.format,
          sessionType: signed.sessionType,
          sessionDate: signed.sessionDate,
          startTime: signed.startTime,
          durationMinutes: signed.durationMinutes,
          attendance: signed.attendance,
          modality: signed.modality,
          sections: signed.sections.map((s) => ({ key: s.key, text: s.key === 'assessment' ? 'Rewritten after signing.' : s.text })),
          objectives: signed.objectives.map((o) => ({ ...o, interventions: undefined, interventionIds: o.interventions.map((i) => i.id) })),
        },
      },
    );
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.message).toMatch(/locked[\s\S]*addendum/);
    const after = await serverNote(page, noteId);
    expect({ version: after.version, assessment: textOf(after, 'assessment') }).toEqual({
      version: signed.version,
      assessment: DAP.assessment + DAP.assessmentMore,
    });

    // An addendum instead: dated, signed, listed under "Addenda".
    await page.getByRole('button', { name: 'Add an addendum' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an addendum' });
    await dialog.waitFor();
    await dialog.getByLabel('Addendum', { exact: true }).fill(ADDENDUM);
    await expectAccessible(page, 'Add an addendum dialog');
    await dialog.getByRole('button', { name: 'Add addendum', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const addenda = page.getByRole('heading', { name: 'Addenda' }).locator('xpath=..');
    await addenda.getByText(ADDENDUM).waitFor();
    expect(await addenda.innerText()).toContain(journey.averyName);
    expect((await serverNote(page, noteId)).addenda.map((a) => a.text)).toEqual([ADDENDUM]);
    await expectAccessibleAtBothWidths(page, 'signed note with an addendum');
    await screenshot(page, 'progress-note-signed');

    // The record lists the note, filterable by objective and format.
    await page.goto(appUrl(`/clients/${client.id}`));
    const notes = page.getByRole('region', { name: 'Progress notes' });
    await linkToNote(notes, noteId).first().waitFor();
    await settled(page);
    // At a desk a table row, on a phone a card; either way the innermost item holding the note's link.
    const row = notes
      .locator('li, tr')
      .filter({ has: linkToNote(page, noteId) })
      .last();
    const rowText = await row.innerText();
    expect(rowText).toMatch(/DAP/);
    expect(rowText).toMatch(/Individual/);
    expect(rowText).toMatch(/Signed/);
    expect(rowText).toMatch(/Some progress/);
    const unaddressed = client.objectives.find((o) => o.id !== first.id && o.id !== second.id);
    if (unaddressed) {
      await notes.getByLabel('Objective', { exact: true }).selectOption({ label: unaddressed.description });
      await linkToNote(notes, noteId).first().waitFor({ state: 'detached' });
    }
    await notes.getByLabel('Objective', { exact: true }).selectOption({ label: second.description });
    await linkToNote(notes, noteId).first().waitFor();
    await notes.getByLabel('Format', { exact: true }).selectOption({ label: 'SOAP' });
    await linkToNote(notes, noteId).first().waitFor({ state: 'detached' });
    await notes.getByLabel('Format', { exact: true }).selectOption({ label: 'All formats' });
    await notes.getByLabel('Objective', { exact: true }).selectOption({ label: 'All objectives' });
    await linkToNote(notes, noteId).first().waitFor();
    await expectAccessibleAtBothWidths(page, "record's Progress notes section", 'section[aria-labelledby="record-progress-notes-heading"]');
    await notes.scrollIntoViewIfNeeded();
    await screenshotOf(notes, 'record-progress-notes');
  });

  it('a counselor who needs co-signature signs a SOAP note on an objective; it waits for co-signature', async () => {
    expect(journey.averyNoteId).not.toBe('');
    await signOut(page);
    await signIn(page, DEMO_LOGINS.counselors[2]);
    const caseyName = (await graphqlInPage<{ me: { displayName: string } }>(page, '{ me { displayName } }')).me.displayName;
    journey.caseyName = caseyName;
    const client = await pickClientWithPlan(page, 1);
    journey.casey = client;
    const [objective] = client.objectives as [PlanObjective];

    await page.goto(appUrl(`/clients/${client.id}`));
    await page.getByRole('heading', { level: 1, name: client.name }).waitFor();
    const noteId = await startNote(page, 'SOAP', 'Individual', false);
    journey.caseyNoteId = noteId;
    expect(await page.getByRole('radio', { name: 'SOAP', exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Start time').fill('14:30');
    await page.getByLabel('Duration (minutes)').fill('45');
    await page.getByLabel('Attendance').selectOption({ label: 'Attended' });
    await page.getByLabel('Subjective', { exact: true }).fill(SOAP.subjective);
    await page.getByLabel('Objective', { exact: true }).fill(SOAP.objective);
    await page.getByLabel('Assessment', { exact: true }).fill(SOAP.assessment);
    await page.getByLabel('Plan', { exact: true }).fill(SOAP.plan);
    const objectivesGroup = page.getByRole('group', { name: 'Objectives addressed' });
    await objectivesGroup.getByRole('checkbox', { name: objective.description, exact: true }).check();
    await progressOn(objectivesGroup, objective.description).getByRole('radio', { name: 'Some progress', exact: true }).check();
    const saved = await eventually(
      () => serverNote(page, noteId),
      (n) => textOf(n, 'plan') === SOAP.plan && n.objectives.length === 1 && n.durationMinutes === 45,
    );
    expect(saved.objectives.map((o) => [o.objectiveId, o.progress])).toEqual([[objective.id, 'SOME_PROGRESS']]);
    await waitForSaved(page);

    await page.getByRole('button', { name: 'Sign note' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sign this note?' });
    await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
    await page
      .getByText(new RegExp(`Signed by ${caseyName} on `))
      .first()
      .waitFor();
    await page.getByText('Awaiting co-signature').first().waitFor();
    const note = await serverNote(page, noteId);
    expect({ status: note.status, awaitingCosignature: note.awaitingCosignature }).toEqual({ status: 'SIGNED', awaitingCosignature: true });
  });

  it('the supervisor co-signs it from the queue beside plan sign-off', async () => {
    const client = journey.casey;
    if (!client || !journey.caseyNoteId) throw new Error("Casey's note was not signed");
    await signOut(page);
    await signIn(page, DEMO_LOGINS.supervisor);
    const supervisorName = (await graphqlInPage<{ me: { displayName: string } }>(page, '{ me { displayName } }')).me.displayName;

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign-off queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign-off queue' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Progress notes awaiting co-signature/ }).waitFor();
    const item = page
      .getByRole('listitem')
      .filter({ has: linkToNote(page, journey.caseyNoteId) })
      .last();
    await item.waitFor();
    expect(await item.innerText()).toContain(client.name);
    expect(await item.innerText()).toContain(journey.caseyName);
    await expectAccessibleAtBothWidths(page, 'sign-off page with the co-signature queue');
    await screenshot(page, 'cosignature-queue');

    await item.getByRole('button', { name: /Co-sign/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Co-signed\b/ })
      .first()
      .waitFor();
    await linkToNote(page, journey.caseyNoteId).first().waitFor({ state: 'detached' });
    await expectAccessible(page, 'sign-off page after co-signing, 1280');

    await page.goto(appUrl(`/clients/${client.id}/notes/${journey.caseyNoteId}`));
    await page.getByRole('heading', { level: 1, name: 'Progress note' }).waitFor();
    await page
      .getByText(new RegExp(`Co-signed by ${supervisorName} on `))
      .first()
      .waitFor();
    expect(await page.getByText('Awaiting co-signature').count()).toBe(0);
    expect((await serverNote(page, journey.caseyNoteId)).awaitingCosignature).toBe(false);
  });

  it('the plan shows each new note under the objectives it addressed', async () => {
    const avery = journey.avery;
    const casey = journey.casey;
    if (!avery || !casey) throw new Error('the notes were not written');

    /** The objective's own list item in the plan view (the innermost one naming it). */
    const objectiveItem = (description: string) => page.getByRole('listitem').filter({ hasText: description }).last();

    /** Under the objective: "Progress notes (n)" with n ≥ 1, and a line "<today> · <format> · <rating>" linking to the note. */
    const expectNoteUnder = async (description: string, noteId: string, format: string, rating: string) => {
      const item = objectiveItem(description);
      const link = linkToNote(item, noteId);
      await link.waitFor();
      const count = /Progress notes \((\d+)\)/.exec(await item.innerText())?.[1];
      expect({ description, count: Number(count ?? 0) > 0 }).toEqual({ description, count: true });
      expect((await link.innerText()).trim()).toBe(`${shown(isoToday())} · ${format} · ${rating}`);
    };

    await page.goto(appUrl(`/clients/${avery.id}/care-plan`));
    await page.getByRole('heading', { level: 1, name: new RegExp(avery.name) }).waitFor();
    const [first, second] = avery.objectives as [PlanObjective, PlanObjective];
    await expectNoteUnder(first.description, journey.averyNoteId, 'DAP', 'Some progress');
    await expectNoteUnder(second.description, journey.averyNoteId, 'DAP', 'No progress');
    await settled(page);
    await expectAccessible(page, 'care plan with progress notes, 1280');
    const firstItem = objectiveItem(first.description);
    await firstItem.scrollIntoViewIfNeeded();
    await screenshotOf(firstItem, 'care-plan-objective-notes');

    await page.goto(appUrl(`/clients/${casey.id}/care-plan`));
    await page.getByRole('heading', { level: 1, name: new RegExp(casey.name) }).waitFor();
    await expectNoteUnder((casey.objectives as [PlanObjective])[0].description, journey.caseyNoteId, 'SOAP', 'Some progress');
  });

  it('two no-shows in the last 30 days raise the missed-sessions flag, with its reason, on the record', async () => {
    // Which client has the flag, asked as the supervisor, who sees the whole team's caseload.
    type FlaggedClient = { id: string; firstName: string; lastName: string; riskFlags: Array<{ code: string }> };
    const data = await graphqlInPage<{ clients: { items: FlaggedClient[] } }>(
      page,
      '{ clients(filter: { statuses: [ACTIVE] }, limit: 100) { items { id firstName lastName riskFlags { code } } } }',
    );
    const flagged = data.clients.items.find((c) => c.riskFlags.some((f) => f.code === 'MISSED_SESSIONS'));
    if (!flagged) throw new Error('No client in care carries the MISSED_SESSIONS flag');
    await page.goto(appUrl(`/clients/${flagged.id}`));
    await page.getByRole('heading', { level: 1, name: `${flagged.firstName} ${flagged.lastName}` }).waitFor();
    const flag = page.getByRole('list', { name: 'Risk flags' }).getByRole('listitem').filter({ hasText: 'Missed sessions' });
    await flag.waitFor();
    expect(await flag.innerText()).toMatch(/\b\d+ no-shows in the last 30 days \(\d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d/);
    await settled(page);
    const overview = page.getByRole('region', { name: 'Overview' });
    await screenshotFromTo(page, page.getByRole('heading', { level: 1 }), overview, 'risk-flag-missed-sessions');
  });
});
