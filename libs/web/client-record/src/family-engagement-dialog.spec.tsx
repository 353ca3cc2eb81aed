import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FamilyEngagementDialog } from './family-engagement-dialog';
import { logFamilyEngagementMutation } from './support-network.mutations';

type Vars = Record<string, unknown>;
const today = new Date(2026, 2, 31);
const members = [
  { id: 'm-rosa', name: 'Rosa Diaz', relationship: 'PARENT' as const },
  { id: 'm-lee', name: 'Lee Park', relationship: 'SIBLING' as const },
];

function logMock(sent: Vars[], result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: logFamilyEngagementMutation,
      variables: (variables: Vars) => {
        sent.push(variables['input'] as Vars);
        return true;
      },
    },
    result,
  };
}

function Harness() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? 'open' : 'closed'}</p>
      <FamilyEngagementDialog clientId="c-1" clientName="Jo" members={members} today={today} isOpen={open} onOpenChange={setOpen} />
    </>
  );
}

function renderDialog(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <Harness />
    </MockedProvider>,
  );
}

describe('FamilyEngagementDialog', () => {
  it('asks for a kind, a date that has happened and at least one attendee before saving', async () => {
    const sent: Vars[] = [];
    renderDialog([logMock(sent, { data: { logFamilyEngagement: { __typename: 'FamilyEngagementEvent', id: 'e-1', type: 'VISIT', occurredOn: '2026-03-30' } } })]);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-04-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Log engagement' }));
    expect(await screen.findByText('Choose the kind of engagement')).toBeInTheDocument();
    expect(screen.getByText('Date cannot be after today: log an event once it has happened')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one person who took part')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('logs the event with the attendees chosen from the network', async () => {
    const sent: Vars[] = [];
    renderDialog([logMock(sent, { data: { logFamilyEngagement: { __typename: 'FamilyEngagementEvent', id: 'e-1', type: 'FAMILY_THERAPY_SESSION', occurredOn: '2026-03-30' } } })]);
    await userEvent.selectOptions(screen.getByLabelText('Kind of engagement'), 'Family therapy session');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-03-30' } });
    const who = screen.getByRole('group', { name: 'Who took part' });
    await userEvent.click(within(who).getByRole('checkbox', { name: 'Lee Park (sibling)' }));
    await userEvent.type(screen.getByLabelText('Note (optional)'), 'Talked through relapse warning signs');
    await userEvent.click(screen.getByRole('button', { name: 'Log engagement' }));

    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(sent).toEqual([
      { clientId: 'c-1', type: 'FAMILY_THERAPY_SESSION', occurredOn: '2026-03-30', attendeeIds: ['m-lee'], note: 'Talked through relapse warning signs' },
    ]);
  });

  it('shows the server refusing an attendee on the attendee field, keeping the choices', async () => {
    const refusal = {
      errors: [
        {
          message: "Please correct the input: attendeeIds must be current members of this client's support network; not found: m-lee.",
          extensions: {
            code: ApiErrorCode.BAD_USER_INPUT,
            problems: [{ field: 'attendeeIds', problem: "attendeeIds must be current members of this client's support network; not found: m-lee" }],
          },
        },
      ],
    };
    renderDialog([logMock([], refusal)]);
    await userEvent.selectOptions(screen.getByLabelText('Kind of engagement'), 'Visit');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Lee Park (sibling)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Log engagement' }));
    expect(await screen.findByText(/Must be current members of this client's support network/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Lee Park (sibling)' })).toBeChecked();
    expect(screen.getByText('open')).toBeInTheDocument();
  });
});
