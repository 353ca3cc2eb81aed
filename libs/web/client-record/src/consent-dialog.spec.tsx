import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConsentDialog } from './consent-dialog';
import { recordConsentMutation } from './support-network.mutations';

const today = new Date(2026, 2, 31);
const members = [
  { id: 'm-rosa', name: 'Rosa Diaz', relationship: 'PARENT' as const },
  { id: 'm-kai', name: 'Kai Moss', relationship: 'FRIEND' as const },
];

type Vars = Record<string, unknown>;

function Harness() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? 'open' : 'closed'}</p>
      <ConsentDialog clientId="c-1" clientName="Jo" members={members} today={today} isOpen={open} onOpenChange={setOpen} />
    </>
  );
}

/** A recordConsent mock that remembers the input it was sent and answers `result`. */
function recordMock(sent: Vars[], result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: recordConsentMutation,
      variables: (variables: Vars) => {
        sent.push(variables['input'] as Vars);
        return true;
      },
    },
    result,
  };
}

const accepted = {
  data: { recordConsent: { __typename: 'Consent', id: 'k-1', recipientLabel: 'Harbor Clinic', status: 'ACTIVE', version: 1 } },
};

function renderDialog(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <Harness />
    </MockedProvider>,
  );
}

async function fillOrganizationConsent() {
  await userEvent.click(screen.getByRole('radio', { name: /An organization/ }));
  await userEvent.type(screen.getByLabelText('Organization'), 'Harbor Clinic');
  const scopes = screen.getByRole('group', { name: 'What information may be disclosed' });
  await userEvent.click(within(scopes).getByRole('checkbox', { name: 'Attendance' }));
  await userEvent.click(within(scopes).getByRole('checkbox', { name: 'Care plan' }));
  await userEvent.type(screen.getByLabelText(/What information, in the consent's words/), 'Attendance dates only');
  await userEvent.type(screen.getByLabelText('Purpose of the disclosure'), 'Coordination of primary care');
  fireEvent.change(screen.getByLabelText('Signed on'), { target: { value: '2026-03-20' } });
  fireEvent.change(screen.getByLabelText('Effective from'), { target: { value: '2026-03-21' } });
}

describe('ConsentDialog', () => {
  it('refuses a consent missing its Part 2 elements, on each field, without calling the server', async () => {
    const sent: Vars[] = [];
    renderDialog([recordMock(sent, accepted)]);
    fireEvent.change(screen.getByLabelText('Signed on'), { target: { value: '2026-04-02' } });
    fireEvent.change(screen.getByLabelText('Effective from'), { target: { value: '2026-03-10' } });
    fireEvent.change(screen.getByLabelText('Expires on'), { target: { value: '2026-03-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Record consent' }));

    expect(await screen.findByText('Choose who the consent names')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one kind of information')).toBeInTheDocument();
    expect(screen.getByText('Purpose is required')).toBeInTheDocument();
    expect(screen.getByText('Signed on cannot be after today')).toBeInTheDocument();
    expect(screen.getByText('Effective from cannot be before the consent was signed')).toBeInTheDocument();
    expect(screen.getByText('Expires on cannot be before Effective from')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('asks for the member when the consent names someone in the network', async () => {
    renderDialog([]);
    await userEvent.click(screen.getByRole('radio', { name: 'A member of the support network' }));
    const select = screen.getByLabelText('Member named');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a member', 'Rosa Diaz (parent)', 'Kai Moss (friend)']);
    await userEvent.click(screen.getByRole('button', { name: 'Record consent' }));
    expect(await screen.findByText('Choose the member the consent names')).toBeInTheDocument();
  });

  it('sends every element as written, with an expiry event instead of a date, and closes once recorded', async () => {
    const sent: Vars[] = [];
    renderDialog([recordMock(sent, accepted)]);
    await fillOrganizationConsent();
    await userEvent.click(screen.getByRole('radio', { name: /When an event happens/ }));
    await userEvent.type(screen.getByLabelText('Expiry event'), 'end of treatment');
    await userEvent.click(screen.getByRole('button', { name: 'Record consent' }));

    await waitFor(() => expect(screen.getByText('closed')).toBeInTheDocument());
    expect(sent).toEqual([
      {
        clientId: 'c-1',
        recipientKind: 'ORGANIZATION',
        recipientMemberId: null,
        recipientOrganization: 'Harbor Clinic',
        scopes: ['ATTENDANCE', 'CARE_PLAN'],
        informationDescription: 'Attendance dates only',
        purpose: 'Coordination of primary care',
        signedOn: '2026-03-20',
        effectiveOn: '2026-03-21',
        expiresOn: null,
        expiryEvent: 'end of treatment',
      },
    ]);
  });

  it("puts the server's refusal on its field and keeps everything typed", async () => {
    const refusal = {
      errors: [
        {
          message: 'Please correct the input: expiresOn must be a date written YYYY-MM-DD, on or after effectiveOn.',
          extensions: {
            code: ApiErrorCode.BAD_USER_INPUT,
            problems: [{ field: 'expiresOn', problem: 'expiresOn must be a date written YYYY-MM-DD, on or after effectiveOn' }],
          },
        },
      ],
    };
    const sent: Vars[] = [];
    renderDialog([recordMock(sent, refusal)]);
    await fillOrganizationConsent();
    fireEvent.change(screen.getByLabelText('Expires on'), { target: { value: '2026-09-30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Record consent' }));

    expect(await screen.findByText('Must be a date written YYYY-MM-DD, on or after effectiveOn')).toBeInTheDocument();
    expect(screen.getByLabelText('Expires on')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('open')).toBeInTheDocument();
    expect(screen.getByLabelText('Organization')).toHaveValue('Harbor Clinic');
    expect(screen.getByLabelText('Purpose of the disclosure')).toHaveValue('Coordination of primary care');
    expect(screen.getByRole('checkbox', { name: 'Care plan' })).toBeChecked();
    expect(sent).toHaveLength(1);
  });
});
