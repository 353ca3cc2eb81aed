import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type ProgressNoteDetailFragment, type StaffRole } from '@carecircle/web/data-access';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ProgressNotePage } from './progress-note-page';
import {
  addProgressNoteAddendumMutation,
  discardProgressNoteDraftMutation,
  progressNoteActivePlanQuery,
  progressNotePageQuery,
  saveProgressNoteDraftMutation,
  signProgressNoteMutation,
} from './progress-note.queries';
import { progressNoteDraftKey } from './use-progress-note-autosave';

const today = new Date(2026, 2, 31);
const NOTE_ID = 'n-1';
const CLIENT_ID = 'c-1';
const ME = 's-1';
const DRAFT_KEY = progressNoteDraftKey(ME, NOTE_ID);
/** Waits long enough for the autosave's quiet moment (~800 ms) to pass; nothing asserts how long it took. */
const SAVE_WAIT = { timeout: 4_000 };

const staff = (id: string, displayName: string) => ({ __typename: 'StaffMember' as const, id, displayName });

function note(overrides: Partial<ProgressNoteDetailFragment> = {}): ProgressNoteDetailFragment & { __typename: 'ProgressNote' } {
  return {
    __typename: 'ProgressNote',
    id: NOTE_ID,
    version: 3,
    status: 'DRAFT',
    format: 'DAP',
    sessionType: 'INDIVIDUAL',
    sessionDate: '2026-03-30',
    startTime: null,
    durationMinutes: null,
    attendance: 'ATTENDED',
    modality: null,
    updatedAt: '2026-03-30T15:00:00.000Z',
    signedAt: null,
    cosignatureRequired: false,
    awaitingCosignature: false,
    cosignedAt: null,
    cosignedBy: null,
    author: staff(ME, 'Avery Chen'),
    client: { __typename: 'Client', id: CLIENT_ID, firstName: 'Jordan', lastName: 'Rivera', preferredName: 'Jo' } as ProgressNoteDetailFragment['client'],
    sections: [
      { __typename: 'ProgressNoteSection', key: 'data', label: 'Data', prompt: 'What was observed and what the client said.', text: '' },
      { __typename: 'ProgressNoteSection', key: 'assessment', label: 'Assessment', prompt: 'Your clinical interpretation.', text: '' },
      { __typename: 'ProgressNoteSection', key: 'plan', label: 'Plan', prompt: 'Next steps.', text: '' },
    ] as unknown as ProgressNoteDetailFragment['sections'],
    objectives: [],
    addenda: [],
    ...overrides,
  };
}

const noteMock = (value: ReturnType<typeof note>): MockLink.MockedResponse => ({
  request: { query: progressNotePageQuery, variables: { noteId: NOTE_ID } },
  result: { data: { progressNote: value } },
});

const planMock: MockLink.MockedResponse = {
  request: { query: progressNoteActivePlanQuery, variables: { clientId: CLIENT_ID } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      currentCarePlan: {
        __typename: 'CarePlan',
        id: 'plan-2',
        planVersion: 2,
        problems: [
          {
            __typename: 'CarePlanProblem',
            id: 'p-1',
            goals: [
              {
                __typename: 'CarePlanGoal',
                id: 'g-1',
                description: 'Sustain abstinence from alcohol',
                objectives: [
                  {
                    __typename: 'CarePlanObjective',
                    id: 'o-1',
                    description: 'Attend three mutual-help meetings a week',
                    interventions: [{ __typename: 'CarePlanIntervention', id: 'i-1', description: 'Weekly motivational interviewing session' }],
                  },
                  { __typename: 'CarePlanObjective', id: 'o-2', description: 'Use urge surfing when cravings reach 6/10', interventions: [] },
                ],
              },
            ],
          },
        ],
      },
    },
  },
};

const noPlanMock: MockLink.MockedResponse = {
  request: { query: progressNoteActivePlanQuery, variables: { clientId: CLIENT_ID } },
  result: { data: { currentCarePlan: null } },
};

interface SaveInput {
  noteId: string;
  expectedVersion: number;
  sections: Array<{ key: string; text: string }>;
  [field: string]: unknown;
}

/** The server's answer to a save: the note as sent, one version up. */
function savedNote(input: SaveInput) {
  const base = note();
  return {
    data: {
      saveProgressNoteDraft: {
        ...base,
        version: input.expectedVersion + 1,
        startTime: (input['startTime'] as string | null) ?? null,
        durationMinutes: (input['durationMinutes'] as number | null) ?? null,
        sections: base.sections.map((s) => ({ ...s, text: input.sections.find((i) => i.key === s.key)?.text ?? '' })),
      },
    },
  };
}

/** Records every save the page sends and answers like the server. */
function saveMock(saves: SaveInput[], result: MockLink.MockedResponse['result'] = (v: { input: SaveInput }) => savedNote(v.input)): MockLink.MockedResponse {
  return {
    request: {
      query: saveProgressNoteDraftMutation,
      variables: (v: { input: SaveInput }) => {
        saves.push(v.input);
        return true;
      },
    },
    result,
  };
}

function signIn(role: StaffRole = 'COUNSELOR', id = ME) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id, displayName: 'Avery Chen', email: 'avery@example.org', role, organizationId: 'org-1', organizationName: 'Harborlight' },
  });
}

/** `autosaveDelayMs` far beyond any test's life shows a save was caused by something else (blur, leaving the tab). */
const NEVER_BY_DEBOUNCE = 600_000;

function renderPage(mocks: MockLink.MockedResponse[], { autosaveDelayMs }: { autosaveDelayMs?: number } = {}) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/clients/${CLIENT_ID}/notes/${NOTE_ID}`]}>
        <Routes>
          <Route path="/clients/:clientId/notes/:noteId" element={<ProgressNotePage today={today} autosaveDelayMs={autosaveDelayMs} />} />
          <Route path="/clients/:clientId" element={<p>The client record</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const stored = () => JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? 'null') as { baseVersion: number; draft: { sections: Record<string, string> } } | null;
const status = () => screen.getByText((_, element) => element?.getAttribute('role') === 'status' && element.classList.contains('cc-note-editor__status'));

beforeEach(() => {
  window.localStorage.clear();
  signIn();
});
afterEach(() => sessionStore.end('expired'));

describe('ProgressNotePage: the draft saves as it is typed', () => {
  it('keeps every keystroke on the device at once and saves the whole draft after a quiet moment, each save over the last version', async () => {
    const saves: SaveInput[] = [];
    renderPage([noteMock(note()), planMock, saveMock(saves), saveMock(saves)]);

    const data = await screen.findByRole('textbox', { name: 'Data' });
    expect(screen.getByRole('heading', { level: 1, name: 'Progress note' })).toBeInTheDocument();
    expect(screen.getByText('Jordan Rivera · DAP · Individual · Mar 30, 2026 · Draft')).toBeInTheDocument();
    await userEvent.type(data, 'Calm, engaged');
    // On the device before any save could have run.
    expect(stored()?.draft.sections['data']).toBe('Calm, engaged');
    expect(stored()?.baseVersion).toBe(3);
    expect(saves).toHaveLength(0);

    await waitFor(() => expect(saves).toHaveLength(1), SAVE_WAIT);
    expect(saves[0]).toEqual({
      noteId: NOTE_ID,
      expectedVersion: 3,
      format: 'DAP',
      sessionType: 'INDIVIDUAL',
      sessionDate: '2026-03-30',
      startTime: null,
      durationMinutes: null,
      attendance: 'ATTENDED',
      modality: null,
      sections: [
        { key: 'data', text: 'Calm, engaged' },
        { key: 'assessment', text: '' },
        { key: 'plan', text: '' },
      ],
      objectives: [],
    });
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved/));
    expect(stored()).toBeNull();

    // The next save goes over the version the first one returned.
    await userEvent.type(screen.getByRole('textbox', { name: 'Plan' }), 'Weekly session');
    await waitFor(() => expect(saves).toHaveLength(2), SAVE_WAIT);
    expect(saves[1]).toMatchObject({ expectedVersion: 4, sections: [{ key: 'data', text: 'Calm, engaged' }, { key: 'assessment', text: '' }, { key: 'plan', text: 'Weekly session' }] });
  });

  it('saves at once when a field loses focus', async () => {
    const saves: SaveInput[] = [];
    renderPage([noteMock(note()), planMock, saveMock(saves)], { autosaveDelayMs: NEVER_BY_DEBOUNCE });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Data' }), 'Tearful at first');
    expect(saves).toHaveLength(0);
    await userEvent.tab();
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.sections[0]).toEqual({ key: 'data', text: 'Tearful at first' });
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved/));
  });

  it('saves at once when the tab is hidden or the page is closed', async () => {
    const saves: SaveInput[] = [];
    renderPage([noteMock(note()), planMock, saveMock(saves), saveMock(saves)], { autosaveDelayMs: NEVER_BY_DEBOUNCE });
    const data = await screen.findByRole('textbox', { name: 'Data' });
    await userEvent.type(data, 'First');
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();
    await waitFor(() => expect(saves).toHaveLength(1));
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved/));

    await userEvent.type(data, ' and second');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toMatchObject({ expectedVersion: 4, sections: [{ key: 'data', text: 'First and second' }, { key: 'assessment', text: '' }, { key: 'plan', text: '' }] });
  });

  it('saves the objectives ticked, their rating and the interventions delivered', async () => {
    const saves: SaveInput[] = [];
    renderPage([noteMock(note()), planMock, saveMock(saves), saveMock(saves), saveMock(saves), saveMock(saves)]);

    const objectives = await screen.findByRole('group', { name: 'Objectives addressed' });
    await userEvent.click(within(objectives).getByRole('checkbox', { name: 'Attend three mutual-help meetings a week' }));
    const rating = within(objectives).getByRole('group', { name: 'Progress on Attend three mutual-help meetings a week' });
    await userEvent.click(within(rating).getByRole('radio', { name: 'Some progress' }));
    await userEvent.click(within(objectives).getByRole('checkbox', { name: 'Weekly motivational interviewing session' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Assessment' }));

    await waitFor(() => expect(saves.at(-1)?.['objectives']).toEqual([{ carePlanId: 'plan-2', objectiveId: 'o-1', progress: 'SOME_PROGRESS', interventionIds: ['i-1'] }]));
  });

  it('keeps the draft on the device when a save fails, says so, and saves it on "Retry now"', async () => {
    const saves: SaveInput[] = [];
    const failing: MockLink.MockedResponse = { ...saveMock(saves), error: new Error('Failed to fetch') };
    delete failing.result;
    renderPage([noteMock(note()), planMock, failing, saveMock(saves)]);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Data' }), 'Reported no use');
    await waitFor(() => expect(status()).toHaveTextContent('Not saved — kept on this device. Retrying…'), SAVE_WAIT);
    expect(stored()?.draft.sections['data']).toBe('Reported no use');
    expect(screen.getByRole('textbox', { name: 'Data' })).toHaveValue('Reported no use');

    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved/));
    expect(saves.at(-1)).toMatchObject({ expectedVersion: 3, sections: [{ key: 'data', text: 'Reported no use' }, { key: 'assessment', text: '' }, { key: 'plan', text: '' }] });
    expect(stored()).toBeNull();
  });

  it('never overwrites a draft saved in another tab: says so and offers the latest version', async () => {
    const saves: SaveInput[] = [];
    const conflict: MockLink.MockedResponse = {
      ...saveMock(saves),
      result: {
        errors: [{ message: 'This progress note was changed by Avery Chen at 2026-03-30T15:10:00.000Z after you opened it.', extensions: { code: ApiErrorCode.CONFLICT } }],
      } as never,
    };
    const elsewhere = note({ version: 7, sections: note().sections.map((s) => ({ ...s, text: s.key === 'data' ? 'Written in the other tab' : '' })) });
    renderPage([noteMock(note()), planMock, conflict, noteMock(elsewhere)]);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Data' }), 'Written here');
    await waitFor(() => expect(status()).toHaveTextContent('This draft was changed in another tab or window'), SAVE_WAIT);
    expect(stored()?.draft.sections['data']).toBe('Written here');
    expect(screen.getByRole('textbox', { name: 'Data' })).toHaveValue('Written here');

    await userEvent.click(screen.getByRole('button', { name: 'Load the latest version' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Data' })).toHaveValue('Written in the other tab'));
    expect(stored()).toBeNull();
    expect(saves).toHaveLength(1);
  });

  it('after a conflict, saves what is on screen over the newer version only when asked to', async () => {
    const saves: SaveInput[] = [];
    const conflict: MockLink.MockedResponse = {
      ...saveMock(saves),
      result: { errors: [{ message: 'This progress note was changed after you opened it.', extensions: { code: ApiErrorCode.CONFLICT } }] } as never,
    };
    renderPage([noteMock(note()), planMock, conflict, noteMock(note({ version: 7 })), saveMock(saves)]);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Data' }), 'Written here');
    await userEvent.click(await screen.findByRole('button', { name: 'Keep what is on this screen' }, SAVE_WAIT));
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved/));
    expect(saves.map((s) => s.expectedVersion)).toEqual([3, 7]);
    expect(saves[1]?.sections[0]).toEqual({ key: 'data', text: 'Written here' });
    expect(stored()).toBeNull();
  });

  it('restores a copy left on this device that the server does not have, and saves it', async () => {
    window.localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        baseVersion: 3,
        savedLocallyAt: '2026-03-30T15:05:00.000Z',
        draft: {
          format: 'DAP',
          sessionType: 'INDIVIDUAL',
          sessionDate: '2026-03-30',
          startTime: '10:00',
          attendance: 'ATTENDED',
          modality: '',
          sections: { data: 'Typed before the tab closed', assessment: '', plan: '' },
          objectives: [],
        },
      }),
    );
    const saves: SaveInput[] = [];
    renderPage([noteMock(note()), planMock, saveMock(saves)]);

    expect(await screen.findByRole('textbox', { name: 'Data' })).toHaveValue('Typed before the tab closed');
    expect(screen.getByLabelText('Start time')).toHaveValue('10:00');
    expect(status()).toHaveTextContent('Restored your unsaved changes from this device');
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toMatchObject({ expectedVersion: 3, startTime: '10:00', sections: [{ key: 'data', text: 'Typed before the tab closed' }, { key: 'assessment', text: '' }, { key: 'plan', text: '' }] });
    await waitFor(() => expect(stored()).toBeNull());
  });

  it('drops a device copy that says nothing new', async () => {
    window.localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ baseVersion: 3, savedLocallyAt: '2026-03-30T15:05:00.000Z', draft: { format: 'DAP', sessionType: 'INDIVIDUAL', sessionDate: '2026-03-30', startTime: '', attendance: 'ATTENDED', modality: '', sections: { data: '', assessment: '', plan: '' }, objectives: [] } }),
    );
    renderPage([noteMock(note()), planMock]);
    await screen.findByRole('textbox', { name: 'Data' });
    expect(status()).not.toHaveTextContent('Restored');
    await waitFor(() => expect(stored()).toBeNull());
  });

  it('says so when the client has no signed plan to link objectives from', async () => {
    renderPage([noteMock(note()), noPlanMock]);
    const objectives = await screen.findByRole('group', { name: 'Objectives addressed' });
    expect(within(objectives).getByText('No signed care plan yet: objectives can be linked once the plan is signed.')).toBeInTheDocument();
    expect(within(objectives).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('keeps the text of sections the formats share when the format changes', async () => {
    const saves: SaveInput[] = [];
    renderPage([noteMock(note()), planMock, { ...saveMock(saves), maxUsageCount: Number.POSITIVE_INFINITY }], { autosaveDelayMs: NEVER_BY_DEBOUNCE });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Assessment' }), 'Insight growing');
    await userEvent.click(screen.getByRole('radio', { name: 'SOAP' }));
    expect(screen.getByRole('textbox', { name: 'Subjective' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Assessment' })).toHaveValue('Insight growing');
    expect(screen.queryByRole('textbox', { name: 'Data' })).not.toBeInTheDocument();
    await userEvent.tab();
    await waitFor(() => expect(saves.at(-1)?.['format']).toBe('SOAP'));
    expect(saves.at(-1)?.sections).toEqual([
      { key: 'subjective', text: '' },
      { key: 'objective', text: '' },
      { key: 'assessment', text: 'Insight growing' },
      { key: 'plan', text: '' },
    ]);
  });

  it('clears this person’s device copies when they sign out, and no one else’s', () => {
    window.localStorage.setItem(progressNoteDraftKey(ME, 'n-1'), '{}');
    window.localStorage.setItem(progressNoteDraftKey(ME, 'n-2'), '{}');
    window.localStorage.setItem(progressNoteDraftKey('s-2', 'n-3'), '{}');
    sessionStore.end('signed-out');
    expect(window.localStorage.getItem(progressNoteDraftKey(ME, 'n-1'))).toBeNull();
    expect(window.localStorage.getItem(progressNoteDraftKey(ME, 'n-2'))).toBeNull();
    expect(window.localStorage.getItem(progressNoteDraftKey('s-2', 'n-3'))).toBe('{}');
  });
});

describe('ProgressNotePage: signing', () => {
  it('saves what is pending, then shows why the note cannot be signed on the fields and in a summary, keeping every word', async () => {
    const saves: SaveInput[] = [];
    const signed: Array<Record<string, unknown>> = [];
    const refusal = {
      errors: [
        {
          message: 'The note is not ready to sign: Give the time the session started. Write the Plan section before signing.',
          extensions: {
            code: ApiErrorCode.BAD_USER_INPUT,
            problems: [
              { field: 'startTime', problem: 'Give the time the session started.' },
              { field: 'sections.plan', problem: 'Write the Plan section before signing.' },
            ],
          },
        },
      ],
    };
    const signMock: MockLink.MockedResponse = {
      request: {
        query: signProgressNoteMutation,
        variables: (v: Record<string, unknown>) => {
          signed.push(v);
          return true;
        },
      },
      result: refusal as never,
    };
    renderPage([noteMock(note()), planMock, saveMock(saves), signMock]);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Data' }), 'Alert and engaged');
    await userEvent.click(screen.getByRole('button', { name: 'Sign note' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Sign this note?' });
    expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Sign' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The note is not ready to sign');
    expect(within(summary).getByRole('button', { name: 'Give the time the session started.' })).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Write the Plan section before signing.' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Plan' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Start time')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Data' })).toHaveValue('Alert and engaged');
    // The pending text was saved first, and signing named the version that save returned.
    expect(saves).toHaveLength(1);
    expect(signed).toEqual([{ noteId: NOTE_ID, expectedVersion: 4 }]);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('asks for a rating on a ticked objective before signing', async () => {
    renderPage([noteMock(note()), planMock]);
    const objectives = await screen.findByRole('group', { name: 'Objectives addressed' });
    await userEvent.click(within(objectives).getByRole('checkbox', { name: 'Use urge surfing when cravings reach 6/10' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign note' }));
    await userEvent.click(within(await screen.findByRole('alertdialog', { name: 'Sign this note?' })).getByRole('button', { name: 'Sign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Rate the progress on “Use urge surfing when cravings reach 6/10”, or untick it.');
  });
});

describe('ProgressNotePage: discarding', () => {
  it('asks first, deletes the draft and its device copy, and goes back to the client record', async () => {
    const discarded: Array<Record<string, unknown>> = [];
    const discardMock: MockLink.MockedResponse = {
      request: {
        query: discardProgressNoteDraftMutation,
        variables: (v: Record<string, unknown>) => {
          discarded.push(v);
          return true;
        },
      },
      result: { data: { discardProgressNoteDraft: true } },
    };
    const saves: SaveInput[] = [];
    renderPage([noteMock(note()), planMock, saveMock(saves), discardMock], { autosaveDelayMs: NEVER_BY_DEBOUNCE });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Plan' }), 'Started in the wrong client');
    expect(stored()).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard this draft?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Discard' }));

    expect(await screen.findByText('The client record')).toBeInTheDocument();
    // Leaving the text box saved it (version 4): the discard names the version the server has.
    expect(saves).toHaveLength(1);
    expect(discarded).toEqual([{ noteId: NOTE_ID, expectedVersion: 4 }]);
    expect(stored()).toBeNull();
  });
});

describe('ProgressNotePage: a signed note', () => {
  const signedNote = note({
    status: 'SIGNED',
    version: 5,
    startTime: '10:00',
    durationMinutes: 50,
    signedAt: '2026-03-30T16:00:00.000Z',
    cosignatureRequired: true,
    awaitingCosignature: true,
    sections: note().sections.map((s) => ({ ...s, text: s.key === 'data' ? 'Arrived on time.\nNo use since last week.' : `${s.label} text` })),
    objectives: [
      {
        __typename: 'AddressedObjective',
        carePlanId: 'plan-2',
        objectiveId: 'o-1',
        objectiveDescription: 'Attend three mutual-help meetings a week',
        progress: 'SOME_PROGRESS',
        interventions: [{ __typename: 'AddressedIntervention', id: 'i-1', description: 'Weekly motivational interviewing session' }],
      },
    ] as unknown as ProgressNoteDetailFragment['objectives'],
  });

  it('is read only: sections as headings, the rating, who signed, the lock notice, and no text boxes', async () => {
    renderPage([noteMock(signedNote)]);
    expect(await screen.findByRole('heading', { name: 'Data' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Assessment' })).toBeInTheDocument();
    // Line breaks kept as written (the default matcher would fold them into spaces).
    expect(screen.getByText('Arrived on time.\nNo use since last week.', { normalizer: (text) => text })).toHaveClass('cc-note-view__text');
    expect(screen.getByText('Some progress')).toBeInTheDocument();
    expect(screen.getByText(/^Signed by Avery Chen on /)).toBeInTheDocument();
    expect(screen.getByText('Awaiting co-signature')).toBeInTheDocument();
    expect(screen.getByText('Signed notes are locked. To correct or add to this note, add an addendum.')).toBeInTheDocument();
    expect(screen.getByText('No addenda.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sign note|Discard draft|Edit/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to Jordan Rivera's record/ })).toHaveAttribute('href', '/clients/c-1');
  });

  it('takes an addendum and lists it without a reload', async () => {
    const added = {
      data: {
        addProgressNoteAddendum: {
          ...signedNote,
          addenda: [{ __typename: 'ProgressNoteAddendum', id: 'a-1', text: 'Client called to confirm next week.', signedAt: '2026-03-31T09:00:00.000Z', author: staff(ME, 'Avery Chen') }],
        },
      },
    };
    const addendumMock: MockLink.MockedResponse = {
      request: { query: addProgressNoteAddendumMutation, variables: { input: { noteId: NOTE_ID, text: 'Client called to confirm next week.' } } },
      result: added,
    };
    renderPage([noteMock(signedNote), addendumMock]);

    await userEvent.click(await screen.findByRole('button', { name: 'Add an addendum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an addendum' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Addendum' }), 'Client called to confirm next week.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add addendum' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const addenda = screen.getByRole('region', { name: 'Addenda' });
    expect(within(addenda).getByText('Client called to confirm next week.')).toBeInTheDocument();
    expect(within(addenda).getByText(/^Avery Chen · /)).toBeInTheDocument();
    expect(within(addenda).queryByText('No addenda.')).not.toBeInTheDocument();
  });

  it('names the supervisor once co-signed', async () => {
    renderPage([noteMock({ ...signedNote, awaitingCosignature: false, cosignedAt: '2026-03-31T10:00:00.000Z', cosignedBy: staff('s-7', 'Morgan Lee') })]);
    expect(await screen.findByText(/^Co-signed by Morgan Lee on /)).toBeInTheDocument();
    expect(screen.queryByText('Awaiting co-signature')).not.toBeInTheDocument();
  });

  it('offers no addendum to a peer support worker', async () => {
    sessionStore.end('expired');
    signIn('PEER_SUPPORT', 's-9');
    renderPage([noteMock(signedNote)]);
    await screen.findByRole('heading', { name: 'Data' });
    expect(screen.queryByRole('button', { name: 'Add an addendum' })).not.toBeInTheDocument();
  });
});

describe('ProgressNotePage: a note the person may not see', () => {
  it('says the note was not found or is not on their caseload', async () => {
    renderPage([
      {
        request: { query: progressNotePageQuery, variables: { noteId: NOTE_ID } },
        result: { errors: [{ message: `PROGRESS_NOTE ${NOTE_ID} was not found.`, extensions: { code: ApiErrorCode.NOT_FOUND } }] } as never,
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'This note was not found, or it is not on your caseload.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to the client's record/ })).toHaveAttribute('href', '/clients/c-1');
  });

  it("gives a peer without the client's consent the reason", async () => {
    renderPage([
      {
        request: { query: progressNotePageQuery, variables: { noteId: NOTE_ID } },
        result: {
          errors: [{ message: "Progress notes are shared with peer support workers only under the client's consent.", extensions: { code: ApiErrorCode.FORBIDDEN } }],
        } as never,
      },
    ]);
    expect(await screen.findByText("Progress notes are shared with peer support workers only under the client's consent.")).toBeInTheDocument();
  });
});
