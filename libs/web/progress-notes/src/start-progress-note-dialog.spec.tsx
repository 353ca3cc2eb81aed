import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { startProgressNoteMutation } from './progress-notes-list.queries';
import { StartProgressNoteDialog } from './start-progress-note-dialog';

const today = new Date(2026, 2, 31);

function NotePageStandIn() {
  const { clientId, noteId } = useParams();
  return (
    <p>
      Note page for {clientId}/{noteId}
    </p>
  );
}

function startMock(check: (input: Record<string, unknown>) => boolean, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: startProgressNoteMutation, variables: (v: { input: Record<string, unknown> }) => check(v.input) }, result };
}

const started = {
  data: {
    startProgressNote: {
      __typename: 'ProgressNote',
      id: 'note-9',
      status: 'DRAFT',
      format: 'SOAP',
      sessionType: 'GROUP',
      sessionDate: '2026-03-30',
      version: 1,
      client: { __typename: 'Client', id: 'c-1' },
    },
  },
};

function renderDialog(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/clients/c-1']}>
        <Routes>
          <Route path="/clients/:clientId" element={<StartProgressNoteDialog clientId="c-1" clientName="Jo" isOpen onOpenChange={() => undefined} today={today} />} />
          <Route path="/clients/:clientId/notes/:noteId" element={<NotePageStandIn />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('StartProgressNoteDialog', () => {
  it('starts as an individual DAP note for today', () => {
    renderDialog([]);
    expect(screen.getByRole('dialog', { name: 'Write a progress note' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'DAP' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'SOAP' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'BIRP' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Session type' })).toHaveValue('INDIVIDUAL');
    expect(screen.getByLabelText('Session date')).toHaveValue('2026-03-31');
  });

  it('starts the note it was given and goes to its page', async () => {
    const sent = jest.fn(
      (input: Record<string, unknown>) =>
        input['clientId'] === 'c-1' && input['format'] === 'SOAP' && input['sessionType'] === 'GROUP' && input['sessionDate'] === '2026-03-30',
    );
    renderDialog([startMock(sent, started)]);
    await userEvent.click(screen.getByRole('radio', { name: 'SOAP' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Session type' }), 'GROUP');
    const date = screen.getByLabelText('Session date');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-03-30');
    await userEvent.click(screen.getByRole('button', { name: 'Start note' }));

    expect(await screen.findByText('Note page for c-1/note-9')).toBeInTheDocument();
    expect(sent).toHaveBeenCalled();
  });

  it('refuses a session date in the future on its field, without calling the server', async () => {
    const sent = jest.fn(() => true);
    renderDialog([startMock(sent, started)]);
    const date = screen.getByLabelText('Session date');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-04-02');
    await userEvent.click(screen.getByRole('button', { name: 'Start note' }));

    expect(await screen.findByText('Session date cannot be in the future')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(sent).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Write a progress note' })).toBeInTheDocument();
  });

  it("shows the server's refusal on the field and stays open with what was chosen", async () => {
    renderDialog([
      startMock(
        () => true,
        {
          data: null,
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: ApiErrorCode.BAD_USER_INPUT,
                problems: [{ field: 'sessionDate', problem: 'sessionDate cannot be in the future: a note records a session that took place' }],
              },
            },
          ],
        } as MockLink.MockedResponse['result'],
      ),
    ]);
    await userEvent.click(screen.getByRole('radio', { name: 'BIRP' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start note' }));

    expect(await screen.findByText('Cannot be in the future: a note records a session that took place')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'BIRP' })).toBeChecked();
    expect(screen.queryByText(/Note page for/)).not.toBeInTheDocument();
  });
});
