import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { sessionStore } from '@carecircle/web/data-access';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { InactivitySignOut } from './inactivity-sign-out';
import { renewSessionMutation } from './renew-session.mutation';

const NOW = Date.parse('2026-03-02T15:00:00Z');
const me = {
  id: 'staff-1',
  displayName: 'Avery Chen',
  email: 'avery@harbor.example',
  role: 'COUNSELOR' as const,
  organizationId: 'org-1',
  organizationName: 'Harbor Light Recovery',
  organizationTimeZone: 'America/Chicago',
  isPrivacyOfficer: false,
  twoFactorEnrolmentRequired: false,
};

function renewal(expiresAt: string): MockLink.MockedResponse {
  return {
    request: { query: renewSessionMutation },
    result: { data: { renewSession: { __typename: 'AuthSession', expiresAt, inactivitySignOutMinutes: 15, me: { __typename: 'Me', ...me } } } },
  };
}

function renderIdle(mocks: MockLink.MockedResponse[] = []) {
  const onSignOut = jest.fn(() => Promise.resolve());
  render(
    <MockedProvider mocks={mocks}>
      <InactivitySignOut onSignOut={onSignOut} />
    </MockedProvider>,
  );
  return onSignOut;
}

/** Moves the clock on, a second at a time as the component's timer sees it, letting React and Apollo settle. */
async function wait(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
  window.localStorage.clear();
  sessionStore.start({ expiresAt: new Date(NOW + 15 * 60_000).toISOString(), inactivitySignOutMinutes: 15, me });
});
afterEach(() => {
  sessionStore.end('signed-out');
  jest.useRealTimers();
});

describe('InactivitySignOut', () => {
  it('warns a minute before signing out, and signs out when nobody answers', async () => {
    const onSignOut = renderIdle();

    // 13 min 49 s in: more than a minute before the sign-out (10 s before the server's end).
    await wait(13 * 60_000 + 49_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await wait(2_000);
    const warning = screen.getByRole('alertdialog', { name: 'Are you still there?' });
    expect(warning).toHaveTextContent(/You will be signed out in (60|59) seconds/);
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toBeInTheDocument();
    expect(onSignOut).not.toHaveBeenCalled();

    await wait(60_000);
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('keeps the session when the person chooses "Stay signed in"', async () => {
    const renewedUntil = new Date(NOW + 29 * 60_000).toISOString();
    const onSignOut = renderIdle([renewal(renewedUntil)]);

    await wait(14 * 60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await wait(1_000);

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(sessionStore.getSession()?.expiresAt).toBe(renewedUntil);
    await wait(2 * 60_000);
    expect(onSignOut).not.toHaveBeenCalled();
  });

  it('renews the session on activity, at most once a minute', async () => {
    const renewedUntil = new Date(NOW + 17 * 60_000).toISOString();
    const onSignOut = renderIdle([renewal(renewedUntil)]);

    // Activity within the first minute after sign-in: nothing to renew yet (the mock would be used up otherwise).
    await wait(30_000);
    fireEvent.keyDown(window, { key: 'a' });
    await wait(1_000);
    expect(sessionStore.getSession()?.expiresAt).toBe(new Date(NOW + 15 * 60_000).toISOString());

    // Two minutes in, a click renews it.
    await wait(90_000);
    fireEvent.pointerDown(window);
    await wait(1_000);
    expect(sessionStore.getSession()?.expiresAt).toBe(renewedUntil);

    // Right after, more activity does not ask again (a second request would find no mock and fail the renewal).
    fireEvent.keyDown(window, { key: 'b' });
    await wait(1_000);
    expect(sessionStore.getSession()?.expiresAt).toBe(renewedUntil);
    expect(onSignOut).not.toHaveBeenCalled();
  });

  it('renews instead of warning when the person was active since the last renewal', async () => {
    const renewedUntil = new Date(NOW + 30 * 60_000).toISOString();
    renderIdle([renewal(renewedUntil)]);

    // Active 30 s in (too soon to renew then), then idle: at the warning time, that activity is reported instead.
    await wait(30_000);
    fireEvent.keyDown(window, { key: 'a' });
    await wait(13 * 60_000 + 25_000);

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(sessionStore.getSession()?.expiresAt).toBe(renewedUntil);
  });
});
