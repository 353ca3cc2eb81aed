import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { addDaysIso, todayIso } from './local-date';
import { peerTodayQuery } from './peer-today.query';
import { TodayPage } from './today-page';

const today = todayIso();
const request = { query: peerTodayQuery, variables: { milestonesFrom: today, milestonesTo: addDaysIso(today, 14) } };
const jordan = { __typename: 'Client', id: 'c-1', firstName: 'Jordan', lastName: 'Rivera' };

function renderPage(data: object) {
  const mocks: MockLink.MockedResponse[] = [{ request, result: { data } }];
  return render(
    <MemoryRouter>
      <MockedProvider mocks={mocks}>
        <TodayPage />
      </MockedProvider>
    </MemoryRouter>,
  );
}

describe('TodayPage', () => {
  it('lists overdue follow-ups, celebrates today’s milestone and links each client', async () => {
    renderPage({
      clients: {
        __typename: 'ClientPage',
        total: 1,
        items: [{ ...jordan, preferredName: null, lastPeerContactOn: addDaysIso(today, -3), nextMilestone: null }],
      },
      myFollowUpsDue: [
        { __typename: 'PeerContact', id: 'pc-1', occurredOn: addDaysIso(today, -9), nextFollowUpOn: addDaysIso(today, -2), client: jordan },
      ],
      milestonesReached: [
        {
          __typename: 'MilestoneReached',
          client: jordan,
          milestone: { __typename: 'Milestone', code: 'DAYS_90', label: '90 days', date: today, daysUntil: 0 },
        },
      ],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    const followUps = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(followUps).getByText(/Overdue by 2 days/)).toBeInTheDocument();
    const milestones = screen.getByRole('region', { name: 'Milestones coming up' });
    expect(within(milestones).getByText(/90 days today — celebrate with them!/)).toBeInTheDocument();
    const clients = screen.getByRole('region', { name: 'My clients' });
    expect(within(clients).getByRole('link', { name: 'Jordan Rivera' })).toHaveAttribute('href', '/clients/c-1');
    expect(within(clients).getByText(/3 days ago/)).toBeInTheDocument();
  });

  it('says what to do next when there is nothing to show', async () => {
    renderPage({ clients: { __typename: 'ClientPage', total: 0, items: [] }, myFollowUpsDue: [], milestonesReached: [] });

    expect(await screen.findByRole('heading', { name: 'No follow-ups due this week' })).toBeInTheDocument();
    expect(screen.getByText(/set “Next follow-up”/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No milestones in the next 14 days' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No clients assigned to you yet' })).toBeInTheDocument();
  });
});
