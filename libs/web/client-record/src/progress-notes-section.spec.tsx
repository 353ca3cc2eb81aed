import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type StaffRole } from '@carecircle/web/data-access';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { clientProgressNotesQuery } from './progress-notes.query';
import { ProgressNotesSection } from './progress-notes-section';

const CLIENT_ID = 'c-1';
const today = new Date(2026, 2, 31);
const objectives = [
  { id: 'o-1', description: 'Attend two mutual-aid meetings a week' },
  { id: 'o-2', description: 'Use a coping skill when cravings rise' },
];

const avery = { __typename: 'StaffMember', id: 's-1', displayName: 'Avery Chen' };
const casey = { __typename: 'StaffMember', id: 's-3', displayName: 'Casey Nakamura' };

const dapNote = {
  __typename: 'ProgressNote',
  id: 'n-1',
  status: 'SIGNED',
  format: 'DAP',
  sessionType: 'INDIVIDUAL',
  sessionDate: '2026-03-30',
  startTime: '14:00',
  attendance: 'ATTENDED',
  awaitingCosignature: false,
  author: avery,
  objectives: [
    { __typename: 'AddressedObjective', objectiveId: 'o-1', objectiveDescription: 'Attend two mutual-aid meetings a week', progress: 'SOME_PROGRESS' },
    { __typename: 'AddressedObjective', objectiveId: 'o-2', objectiveDescription: 'Use a coping skill when cravings rise', progress: 'NO_PROGRESS' },
  ],
};
const soapNote = {
  ...dapNote,
  id: 'n-2',
  format: 'SOAP',
  sessionType: 'GROUP',
  sessionDate: '2026-03-24',
  startTime: null,
  awaitingCosignature: true,
  author: casey,
  objectives: [{ __typename: 'AddressedObjective', objectiveId: 'o-1', objectiveDescription: 'Attend two mutual-aid meetings a week', progress: 'MET' }],
};
const draftNote = { ...dapNote, id: 'n-3', status: 'DRAFT', sessionDate: '2026-03-31', startTime: null, attendance: 'NO_SHOW', objectives: [] };

const notesMock = (variables: Record<string, unknown>, notes: unknown[]): MockLink.MockedResponse => ({
  request: { query: clientProgressNotesQuery, variables: { clientId: CLIENT_ID, ...variables } },
  result: { data: { progressNotes: notes } },
});

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Avery Chen', email: 'a@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  });
}

/** Pretends the screen is a phone (< 640 px) for `matchMedia`, which jsdom lacks. */
function pretendPhone(isPhone: boolean) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: isPhone && query.includes('max-width'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

function renderSection(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <ProgressNotesSection clientId={CLIENT_ID} clientName="Jo" objectives={objectives} today={today} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

afterEach(() => {
  // Unmount first: ending the session re-renders whatever is still mounted, outside act().
  cleanup();
  sessionStore.end('signed-out');
  pretendPhone(false);
});

describe('ProgressNotesSection', () => {
  it('lists the notes in a table with session, format, attendance, status, author and rated objectives', async () => {
    signInAs('COUNSELOR');
    renderSection([notesMock({}, [draftNote, dapNote, soapNote])]);

    const table = await screen.findByRole('grid', { name: /Progress notes/ });
    const dap = within(table).getByRole('row', { name: /Mar 30, 2026, 14:00/ });
    expect(within(dap).getByText('Individual')).toBeInTheDocument();
    expect(within(dap).getByText('DAP')).toBeInTheDocument();
    expect(within(dap).getByText('Attended')).toBeInTheDocument();
    expect(within(dap).getByText('Signed')).toBeInTheDocument();
    expect(within(dap).getByText('Avery Chen')).toBeInTheDocument();
    expect(within(dap).getByText('Some progress')).toBeInTheDocument();
    expect(within(dap).getByRole('link', { name: 'Open note from Mar 30, 2026' })).toHaveAttribute('href', `/clients/${CLIENT_ID}/notes/n-1`);

    const soap = within(table).getByRole('row', { name: /Mar 24, 2026/ });
    expect(within(soap).getByText('Awaiting co-signature')).toBeInTheDocument();
    expect(within(soap).getByText('Met')).toBeInTheDocument();
    const draft = within(table).getByRole('row', { name: /Mar 31, 2026/ });
    expect(within(draft).getByText('Draft')).toBeInTheDocument();
    expect(within(draft).getByText('No-show')).toBeInTheDocument();
  });

  it('asks the server for the chosen objective and format', async () => {
    signInAs('COUNSELOR');
    renderSection([
      notesMock({}, [dapNote, soapNote]),
      notesMock({ objectiveId: 'o-2' }, [dapNote]),
      notesMock({ objectiveId: 'o-2', format: 'SOAP' }, []),
    ]);
    await screen.findByRole('link', { name: 'Open note from Mar 24, 2026' });

    const objective = screen.getByRole('combobox', { name: 'Objective' });
    expect(within(objective).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All objectives',
      'Attend two mutual-aid meetings a week',
      'Use a coping skill when cravings rise',
    ]);
    await userEvent.selectOptions(objective, 'o-2');
    expect(await screen.findByRole('link', { name: 'Open note from Mar 30, 2026' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open note from Mar 24, 2026' })).not.toBeInTheDocument();

    const format = screen.getByRole('combobox', { name: 'Format' });
    expect(within(format).getAllByRole('option').map((o) => o.textContent)).toEqual(['All formats', 'DAP', 'SOAP', 'BIRP']);
    await userEvent.selectOptions(format, 'SOAP');
    expect(await screen.findByText('No progress notes match these filters.')).toBeInTheDocument();
  });

  it('shows one card per note on a phone, each with its link', async () => {
    pretendPhone(true);
    signInAs('COUNSELOR');
    renderSection([notesMock({}, [dapNote])]);

    const list = await screen.findByRole('list', { name: /Progress notes/ });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const card = within(list).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(card).getByRole('heading', { level: 3, name: 'Mar 30, 2026, 14:00' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Open note from Mar 30, 2026' })).toHaveAttribute('href', `/clients/${CLIENT_ID}/notes/n-1`);
  });

  it('offers a counselor "Write a progress note", which opens the dialog', async () => {
    signInAs('COUNSELOR');
    renderSection([notesMock({}, [])]);

    expect(await screen.findByRole('heading', { name: 'No progress notes yet.' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Write a progress note' }));
    expect(screen.getByRole('dialog', { name: 'Write a progress note' })).toBeInTheDocument();
  });

  it('tells a peer worker without consent why there are no notes, and offers no button or filters', async () => {
    signInAs('PEER_SUPPORT');
    renderSection([
      {
        request: { query: clientProgressNotesQuery, variables: { clientId: CLIENT_ID } },
        result: { data: null, errors: [{ message: 'Not allowed', path: ['progressNotes'], extensions: { code: ApiErrorCode.FORBIDDEN } }] },
      } as MockLink.MockedResponse,
    ]);

    expect(await screen.findByText("Progress notes are shared with peer support workers only under the client's consent.")).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Progress notes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Write a progress note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Objective' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
