import { MockedProvider } from '@apollo/client/testing/react';
import { sessionStore } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppShell } from './app-shell';

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

function renderShell() {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: { id: 's-1', displayName: 'Pat Lee', email: 'p@example.org', role: 'SUPERVISOR', organizationId: 'o', organizationName: 'Harbor' },
  });
  return render(
    <MockedProvider mocks={[]}>
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<h1>Team caseload</h1>} />
            <Route path="dashboard" element={<h1>Team dashboard</h1>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AppShell', () => {
  afterEach(() => sessionStore.end('signed-out'));

  it('shows the navigation, the person and Sign out in the header at a desk', () => {
    pretendPhone(false);
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Team dashboard' })).toBeVisible();
    expect(within(nav).queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('folds the navigation behind a Menu button on a phone, opens it, and closes it on Escape or after a link', async () => {
    pretendPhone(true);
    const user = userEvent.setup();
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const menu = within(nav).getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link', { name: 'Team dashboard' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(menu.getAttribute('aria-controls') ?? '')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await user.click(menu);
    await user.click(within(nav).getByRole('link', { name: 'Team dashboard' }));
    expect(screen.getByRole('heading', { name: 'Team dashboard' })).toBeInTheDocument();
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});
