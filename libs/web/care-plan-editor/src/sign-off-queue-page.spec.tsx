import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { sessionStore } from '@carecircle/web/data-access';
import { progressNotesAwaitingCosignatureQuery } from '@carecircle/web/progress-notes';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SignOffQueuePage } from './sign-off-queue-page';
import { signOffQueueQuery } from './sign-off.queries';

const queueResult: MockLink.MockedResponse = {
  request: { query: signOffQueueQuery },
  result: {
    data: {
      carePlansAwaitingSignOff: [
        {
          __typename: 'CarePlan',
          id: 'plan-1',
          planVersion: 2,
          version: 5,
          submittedAt: '2026-03-01T15:00:00.000Z',
          submittedBy: { __typename: 'StaffMember', id: 's-2', displayName: 'Casey Nakamura' },
          client: { __typename: 'Client', id: 'c-1', firstName: 'Janice', lastName: 'Feest', preferredName: null },
        },
      ],
      carePlansOverdue: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Nothing waits for co-signature: the page's second queue is empty. */
const awaitingCosignatureResult: MockLink.MockedResponse = {
  request: { query: progressNotesAwaitingCosignatureQuery },
  result: { data: { progressNotesAwaitingCosignature: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

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

function renderQueue() {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Pat Lee', email: 'p@example.org', role: 'SUPERVISOR', organizationId: 'o', organizationName: 'Harbor' },
  });
  return render(
    <MockedProvider mocks={[queueResult, awaitingCosignatureResult]}>
      <MemoryRouter initialEntries={['/sign-off']}>
        <Routes>
          <Route path="/sign-off/:planId?" element={<SignOffQueuePage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('SignOffQueuePage', () => {
  // Unmount first: ending the session re-renders whatever is still mounted, outside act().
afterEach(() => {
  cleanup();
  sessionStore.end('signed-out');
});

  it('lists the waiting plans in a table at a desk, each with its Review link', async () => {
    pretendPhone(false);
    renderQueue();
    const table = await screen.findByRole('grid', { name: /Care plans waiting for sign-off/ });
    const row = within(table).getByRole('row', { name: /Janice Feest/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Janice Feest');
    expect(within(row).getByText('Casey Nakamura')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: "Review Janice Feest's plan" })).toHaveAttribute('href', '/sign-off/plan-1');
  });

  it('has a second section for progress notes awaiting co-signature', async () => {
    pretendPhone(false);
    renderQueue();
    expect(screen.getByRole('heading', { level: 2, name: 'Progress notes awaiting co-signature' })).toBeInTheDocument();
    expect(await screen.findByText('No notes are waiting for your co-signature.')).toBeInTheDocument();
  });

  it('shows one card per plan on a phone, with the Review link inside the card', async () => {
    pretendPhone(true);
    renderQueue();
    const list = await screen.findByRole('list', { name: /Care plans waiting for sign-off/ });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const card = within(list).getByRole('listitem');
    expect(within(card).getByRole('heading', { level: 3, name: 'Janice Feest' })).toBeInTheDocument();
    expect(within(card).getByText('Submitted by')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: "Review Janice Feest's plan" })).toHaveAttribute('href', '/sign-off/plan-1');
  });
});
