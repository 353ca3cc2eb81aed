import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type StaffRole } from '@carecircle/web/data-access';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { CosignatureQueue } from './cosignature-queue';
import { cosignProgressNoteMutation, progressNotesAwaitingCosignatureQuery } from './progress-notes-list.queries';

const casey = { __typename: 'StaffMember', id: 's-3', displayName: 'Casey Nakamura' };

function waitingNote(id: string, firstName: string, lastName: string, sessionDate: string, format: string) {
  return {
    __typename: 'ProgressNote',
    id,
    format,
    sessionType: 'INDIVIDUAL',
    sessionDate,
    signedAt: `${sessionDate}T18:00:00.000Z`,
    awaitingCosignature: true,
    author: casey,
    client: { __typename: 'Client', id: `client-of-${id}`, firstName, lastName, preferredName: null },
  };
}

const queueMock = (notes: unknown[]): MockLink.MockedResponse => ({
  request: { query: progressNotesAwaitingCosignatureQuery },
  result: { data: { progressNotesAwaitingCosignature: notes } },
});

function cosignMock(noteId: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: cosignProgressNoteMutation, variables: { noteId } }, result };
}

const cosigned = (noteId: string) => ({
  data: {
    cosignProgressNote: {
      __typename: 'ProgressNote',
      id: noteId,
      awaitingCosignature: false,
      cosignedAt: '2026-03-31T15:00:00.000Z',
      cosignedBy: { __typename: 'StaffMember', id: 's-1', displayName: 'Pat Lee' },
    },
  },
});

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Pat Lee', email: 'p@example.org', role, organizationId: 'o', organizationName: 'Harbor' },
  });
}

function renderQueue(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <CosignatureQueue />
      </MemoryRouter>
    </MockedProvider>,
  );
}

// Unmount first: ending the session re-renders whatever is still mounted, outside act().
afterEach(() => {
  cleanup();
  sessionStore.end('signed-out');
});

describe('CosignatureQueue', () => {
  it('lists each waiting note with its client, author, date, format and a link to read it', async () => {
    signInAs('SUPERVISOR');
    renderQueue([queueMock([waitingNote('n-1', 'Jordan', 'Rivera', '2026-03-30', 'SOAP')])]);

    expect(screen.getByRole('heading', { level: 2, name: 'Progress notes awaiting co-signature' })).toBeInTheDocument();
    const item = await screen.findByRole('listitem', { name: 'Jordan Rivera' });
    expect(within(item).getByText('Casey Nakamura')).toBeInTheDocument();
    expect(within(item).getByText('Mar 30, 2026')).toBeInTheDocument();
    expect(within(item).getByText('SOAP')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Read the note' })).toHaveAttribute('href', '/clients/client-of-n-1/notes/n-1');
  });

  it('takes a co-signed note off the list and says so', async () => {
    signInAs('SUPERVISOR');
    renderQueue([
      queueMock([waitingNote('n-1', 'Jordan', 'Rivera', '2026-03-30', 'SOAP'), waitingNote('n-2', 'Sam', 'Okafor', '2026-03-28', 'BIRP')]),
      cosignMock('n-1', cosigned('n-1')),
    ]);
    const item = await screen.findByRole('listitem', { name: 'Jordan Rivera' });
    await userEvent.click(within(item).getByRole('button', { name: 'Co-sign' }));

    expect(await screen.findByText("Co-signed Jordan Rivera's note from Mar 30, 2026.")).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('listitem', { name: 'Jordan Rivera' })).not.toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Sam Okafor' })).toBeInTheDocument();
  });

  it('keeps the note in the list and says why when co-signing is refused', async () => {
    signInAs('SUPERVISOR');
    renderQueue([
      queueMock([waitingNote('n-1', 'Jordan', 'Rivera', '2026-03-30', 'SOAP')]),
      cosignMock('n-1', {
        data: null,
        errors: [{ message: "Only Casey Nakamura's clinical supervisor can co-sign their notes.", extensions: { code: ApiErrorCode.FORBIDDEN } }],
      } as MockLink.MockedResponse['result']),
    ]);
    const item = await screen.findByRole('listitem', { name: 'Jordan Rivera' });
    await userEvent.click(within(item).getByRole('button', { name: 'Co-sign' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("Jordan Rivera's note was not co-signed. Only Casey Nakamura's clinical supervisor");
    expect(screen.getByRole('listitem', { name: 'Jordan Rivera' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says when nothing is waiting', async () => {
    signInAs('SUPERVISOR');
    renderQueue([queueMock([])]);
    expect(await screen.findByText('No notes are waiting for your co-signature.')).toBeInTheDocument();
  });

  it('shows nothing to a counselor', () => {
    signInAs('COUNSELOR');
    renderQueue([]);
    expect(screen.queryByRole('heading', { name: 'Progress notes awaiting co-signature' })).not.toBeInTheDocument();
  });
});
