import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SupportNetworkMemberDialog, type EditableMember } from './support-network-member-dialog';
import { addSupportNetworkMemberMutation, updateSupportNetworkMemberMutation } from './support-network.mutations';

type Vars = Record<string, unknown>;

const rosa: EditableMember = {
  id: 'm-rosa',
  name: 'Rosa Diaz',
  relationship: 'PARENT',
  stance: 'SUPPORTIVE',
  involvedInTreatment: true,
  phone: '+1 555 010 4477',
  email: null,
  note: 'Drives to groups',
  version: 3,
};

const memberResult = (over: Partial<EditableMember> = {}) => ({
  data: {
    member: { __typename: 'SupportNetworkMember', ...rosa, ...over },
  },
});

function mock(query: MockLink.MockedResponse['request']['query'], sent: Vars[], result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: Vars) => {
        sent.push(variables['input'] as Vars);
        return true;
      },
    },
    result,
  };
}

function Harness({ member }: { member: EditableMember | null }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? 'open' : 'closed'}</p>
      <SupportNetworkMemberDialog clientId="c-1" clientName="Jo" member={member} isOpen={open} onOpenChange={setOpen} />
    </>
  );
}

function renderDialog(member: EditableMember | null, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <Harness member={member} />
    </MockedProvider>,
  );
}

describe('SupportNetworkMemberDialog', () => {
  it('adds a member once the shared rules pass: a relationship, a stance and a well-formed phone', async () => {
    const sent: Vars[] = [];
    const added = memberResult({ id: 'm-new', name: 'Marisol Vega', version: 1 });
    renderDialog(null, [mock(addSupportNetworkMemberMutation, sent, { data: { addSupportNetworkMember: added.data.member } })]);

    await userEvent.type(screen.getByLabelText('Name'), '  Marisol Vega ');
    await userEvent.type(screen.getByLabelText('Phone (optional)'), 'call me');
    await userEvent.click(screen.getByRole('button', { name: 'Add to network' }));
    expect(await screen.findByText('Choose how they are related to the client')).toBeInTheDocument();
    expect(screen.getByText('Choose how they relate to the recovery')).toBeInTheDocument();
    expect(screen.getByText('Phone must be digits, spaces, +, -, dots or brackets (5 to 30)')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.selectOptions(screen.getByLabelText('Relationship'), 'Sponsor');
    await userEvent.click(screen.getByRole('radio', { name: /Supportive/ }));
    await userEvent.clear(screen.getByLabelText('Phone (optional)'));
    await userEvent.type(screen.getByLabelText('Phone (optional)'), '(555) 010-2020');
    await userEvent.click(screen.getByRole('checkbox', { name: /Involved in treatment/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add to network' }));

    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(sent).toEqual([
      {
        clientId: 'c-1',
        name: 'Marisol Vega',
        relationship: 'SPONSOR',
        stance: 'SUPPORTIVE',
        phone: '(555) 010-2020',
        email: null,
        involvedInTreatment: true,
        note: null,
      },
    ]);
  });

  it('edits a member sending only what changed, with the version it was loaded at', async () => {
    const sent: Vars[] = [];
    renderDialog(rosa, [mock(updateSupportNetworkMemberMutation, sent, { data: { updateSupportNetworkMember: memberResult({ stance: 'RISK', version: 4 }).data.member } })]);
    expect(screen.getByLabelText('Name')).toHaveValue('Rosa Diaz');
    expect(screen.getByLabelText('Relationship')).toHaveValue('PARENT');

    await userEvent.click(screen.getByRole('radio', { name: /Risk/ }));
    await userEvent.clear(screen.getByLabelText('Note (optional)'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(sent).toEqual([{ memberId: 'm-rosa', expectedVersion: 3, stance: 'RISK', note: null }]);
  });

  it('says clearly when someone else changed the member first, and keeps the edit', async () => {
    const conflict = {
      errors: [
        {
          message: 'Someone else changed this support network member (version 4, by Sam Supervisor); nothing was saved.',
          extensions: { code: ApiErrorCode.CONFLICT },
        },
      ],
    };
    const sent: Vars[] = [];
    renderDialog(rosa, [mock(updateSupportNetworkMemberMutation, sent, conflict)]);
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.type(screen.getByLabelText('Name'), 'Rosa M. Diaz');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText(/Someone else changed this support network member/);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this support network member');
    expect(alert).toHaveTextContent('The record has been reloaded with that change');
    expect(screen.getByLabelText('Name')).toHaveValue('Rosa M. Diaz');
    expect(screen.getByText('open')).toBeInTheDocument();
    expect(sent).toEqual([{ memberId: 'm-rosa', expectedVersion: 3, name: 'Rosa M. Diaz' }]);
  });
});
