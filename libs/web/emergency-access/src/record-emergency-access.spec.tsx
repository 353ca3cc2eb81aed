import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clientEmergencyStateQuery, emergencyAccessesForClientQuery, markClientRestrictedMutation } from './emergency-access.queries';
import { RecordEmergencyAccessSection, RecordEmergencyBanner } from './record-emergency-access';
import { formatTime } from './format';

const state = (overrides: Record<string, unknown>): MockLink.MockedResponse => ({
  request: { query: clientEmergencyStateQuery, variables: { id: 'c-1' } },
  result: { data: { client: { __typename: 'Client', id: 'c-1', restricted: false, emergencyAccessUntil: null, mayChangeRestriction: false, ...overrides } } },
});

describe('the record under break-the-glass', () => {
  it('shows the banner with the time the emergency access ends', async () => {
    const until = '2026-11-29T16:00:00.000Z';
    render(
      <MockedProvider mocks={[state({ emergencyAccessUntil: until, restricted: true })]}>
        <RecordEmergencyBanner clientId="c-1" clientName="Dana Okafor" />
      </MockedProvider>,
    );
    expect(await screen.findByText(`Emergency access until ${formatTime(until)} — recorded with your reason`)).toBeTruthy();
    expect(screen.getByText('Restricted to the care team')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove restriction' })).toBeNull();
  });

  it('lets the supervisor mark the record restricted with a reason', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          state({ mayChangeRestriction: true }),
          {
            request: { query: markClientRestrictedMutation, variables: { clientId: 'c-1', reason: 'Staff member in treatment' } },
            result: { data: { markClientRestricted: 'c-1' } },
          },
          state({ mayChangeRestriction: true, restricted: true }),
        ]}
      >
        <RecordEmergencyBanner clientId="c-1" clientName="Dana Okafor" />
      </MockedProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Mark restricted' }));
    const dialog = await screen.findByRole('dialog', { name: "Restrict Dana Okafor's record?" });
    await user.type(within(dialog).getByLabelText('Reason'), 'Staff member in treatment');
    await user.click(within(dialog).getByRole('button', { name: 'Mark restricted' }));
    expect(await screen.findByRole('button', { name: 'Remove restriction' })).toBeTruthy();
  });

  it('lists who opened the record in an emergency, and renders nothing for someone not allowed to see the list', async () => {
    const { unmount } = render(
      <MockedProvider
        mocks={[
          {
            request: { query: emergencyAccessesForClientQuery, variables: { clientId: 'c-1' } },
            result: {
              data: {
                emergencyAccessesForClient: [
                  {
                    __typename: 'EmergencyAccess',
                    id: 'ea-1',
                    clientId: 'c-1',
                    clientName: 'Dana Okafor',
                    staffName: 'Avery Chen',
                    natureOfEmergency: 'Chest pain in group',
                    recipientName: 'Dr. Reyes',
                    recipientAffiliation: 'St. Mary ED',
                    grantedAt: '2026-11-29T15:00:00.000Z',
                    expiresAt: '2026-11-29T16:00:00.000Z',
                  },
                ],
              },
            },
          },
        ]}
      >
        <RecordEmergencyAccessSection clientId="c-1" />
      </MockedProvider>,
    );
    const section = await screen.findByRole('region', { name: 'Emergency access' });
    expect(within(section).getByText('Avery Chen')).toBeTruthy();
    expect(within(section).getByText('Dr. Reyes, St. Mary ED')).toBeTruthy();
    unmount();

    render(
      <MockedProvider
        mocks={[{ request: { query: emergencyAccessesForClientQuery, variables: { clientId: 'c-1' } }, result: { errors: [{ message: 'Client c-1 was not found.' }] } }]}
      >
        <RecordEmergencyAccessSection clientId="c-1" />
      </MockedProvider>,
    );
    // Let the refused query settle: the section stays away rather than showing an error box.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('region', { name: 'Emergency access' })).toBeNull();
  });
});
