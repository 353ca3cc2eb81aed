import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { GraphQLError } from 'graphql';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { todayIso } from './local-date';
import { logContactFormQuery, logPeerContactMutation, withdrawPeerContactMutation } from './log-contact.queries';
import { LogContactPage } from './log-contact-page';

const today = todayIso();

const formResult: MockLink.MockedResponse = {
  request: { query: logContactFormQuery },
  result: {
    data: {
      clients: {
        __typename: 'ClientPage',
        items: [
          { __typename: 'Client', id: 'c-1', firstName: 'Jordan', lastName: 'Rivera', preferredName: 'Jo' },
          { __typename: 'Client', id: 'c-2', firstName: 'Sam', lastName: 'Okafor', preferredName: null },
        ],
      },
      peerContactDefaults: { __typename: 'PeerContactDefaults', durationMinutes: 45, mode: 'PHONE', fromLastContact: true },
    },
  },
};

const expectedInput = {
  clientId: 'c-2',
  mode: 'PHONE',
  supportTypes: ['EMOTIONAL', 'INSTRUMENTAL'],
  practicalHelp: ['TRANSPORTATION'],
  occurredOn: today,
  durationMinutes: 45,
  note: 'Drove Sam to the clinic',
};

function loggedResult(input = expectedInput): MockLink.MockedResponse {
  return {
    request: { query: logPeerContactMutation, variables: { input } },
    result: {
      data: {
        logPeerContact: {
          __typename: 'PeerContact',
          id: 'pc-9',
          occurredOn: today,
          durationMinutes: 45,
          mode: 'PHONE',
          supportTypes: ['EMOTIONAL', 'INSTRUMENTAL'],
          practicalHelp: ['TRANSPORTATION'],
          nextFollowUpOn: null,
          undoableUntil: new Date(Date.now() + 15 * 60_000).toISOString(),
          client: { __typename: 'Client', id: 'c-2', firstName: 'Sam', lastName: 'Okafor', lastPeerContactOn: today },
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], url = '/log-contact') {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <MockedProvider mocks={mocks}>
        <LogContactPage />
      </MockedProvider>
    </MemoryRouter>,
  );
}

async function fillSamWithTransportation(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Client' }), 'c-2');
  await user.click(screen.getByRole('checkbox', { name: 'Transportation' }));
  await user.type(screen.getByLabelText('Note (non-clinical)'), 'Drove Sam to the clinic');
}

describe('LogContactPage', () => {
  it('starts from today, the last contact’s mode and length, and emotional support', async () => {
    renderPage([formResult]);

    expect(await screen.findByRole('combobox', { name: 'Client' })).toHaveValue('');
    expect(screen.getByLabelText('Date')).toHaveValue(today);
    expect(screen.getByLabelText('Duration (minutes)')).toHaveValue(45);
    const modes = screen.getByRole('radiogroup', { name: 'How did you connect?' });
    expect(within(modes).getByRole('radio', { name: 'Phone' })).toBeChecked();
    expect(within(modes).getByRole('radio', { name: 'In person' })).not.toBeChecked();
    const kinds = screen.getByRole('group', { name: 'Kind of support' });
    expect(within(kinds).getByRole('checkbox', { name: 'Emotional' })).toBeChecked();
    expect(within(kinds).getByRole('checkbox', { name: 'Practical help' })).not.toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Practical help given' })).getAllByRole('checkbox')).toHaveLength(7);
  });

  it('preselects the client named in the link', async () => {
    renderPage([formResult], '/log-contact?client=c-1');

    expect(await screen.findByRole('combobox', { name: 'Client' })).toHaveValue('c-1');
  });

  it('asks for a client before sending anything', async () => {
    const user = userEvent.setup();
    renderPage([formResult]);
    await screen.findByRole('combobox', { name: 'Client' });

    await user.click(screen.getByRole('button', { name: 'Log contact' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Choose the client you were in contact with.');
    expect(screen.getByRole('combobox', { name: 'Client' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('logs the contact with transportation, confirms it, resets the form and undoes it', async () => {
    const user = userEvent.setup();
    let withdrawn = false;
    renderPage([
      formResult,
      loggedResult(),
      {
        request: { query: withdrawPeerContactMutation, variables: { id: 'pc-9' } },
        result: () => {
          withdrawn = true;
          return { data: { withdrawPeerContact: { __typename: 'PeerContact', id: 'pc-9', withdrawnAt: new Date().toISOString() } } };
        },
      },
    ]);
    await fillSamWithTransportation(user);
    // Practical help is the "practical help" kind of support.
    expect(screen.getByRole('checkbox', { name: 'Practical help' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Log contact' }));

    const status = await screen.findByText('Contact with Sam Okafor logged');
    const confirmation = status.closest('[role="status"]') as HTMLElement;
    expect(confirmation).not.toBeNull();
    expect(within(confirmation).getByRole('link', { name: "View Sam Okafor's record" })).toHaveAttribute('href', '/clients/c-2');
    // Ready for the next contact: client-specific answers cleared, today and the way of connecting kept.
    expect(screen.getByRole('combobox', { name: 'Client' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Transportation' })).not.toBeChecked();
    expect(screen.getByLabelText('Note (non-clinical)')).toHaveValue('');
    expect(screen.getByLabelText('Date')).toHaveValue(today);
    expect(screen.getByRole('radio', { name: 'Phone' })).toBeChecked();

    await user.click(within(confirmation).getByRole('button', { name: 'Undo' }));

    expect(await within(confirmation).findByText('Contact with Sam Okafor withdrawn')).toBeInTheDocument();
    expect(withdrawn).toBe(true);
  });

  it('shows the server’s validation message and keeps everything typed', async () => {
    const user = userEvent.setup();
    renderPage([
      formResult,
      {
        request: { query: logPeerContactMutation, variables: { input: expectedInput } },
        result: {
          errors: [
            new GraphQLError('The contact date is before the client’s admission (Mar 1, 2026).', {
              extensions: { code: ApiErrorCode.BAD_USER_INPUT },
            }),
          ],
        },
      },
    ]);
    await fillSamWithTransportation(user);

    await user.click(screen.getByRole('button', { name: 'Log contact' }));

    expect(await screen.findByText(/before the client’s admission/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The contact was not logged');
    expect(screen.queryByText(/logged$/)).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Client' })).toHaveValue('c-2');
    expect(screen.getByRole('checkbox', { name: 'Transportation' })).toBeChecked();
    expect(screen.getByLabelText('Note (non-clinical)')).toHaveValue('Drove Sam to the clinic');
    expect(screen.getByLabelText('Duration (minutes)')).toHaveValue(45);
  });
});
