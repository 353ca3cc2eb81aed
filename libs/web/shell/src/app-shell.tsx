import { useApolloClient, useMutation } from '@apollo/client/react';
import { STAFF_ROLE_LABELS, StaffRole } from '@carecircle/shared/domain';
import { sessionStore, useSession } from '@carecircle/web/data-access';
import { Button, Skeleton } from '@carecircle/web/ui';
import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { logoutMutation } from './logout.mutation';
import { NAVIGATION_BY_ROLE } from './navigation-links';
import './shell.css';

/** The signed-in frame: header (organization, person, role), navigation by role, sign out, main. */
export function AppShell() {
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading: signingOut }] = useMutation(logoutMutation);

  if (!session) return null; // RequireSession wraps the shell; this only narrows the type.
  const { me } = session;

  async function signOut() {
    try {
      await logout();
    } catch {
      // The token may already have stopped working; forgetting it here is what matters.
    }
    sessionStore.end('signed-out');
    await client.clearStore();
    await navigate('/login', { replace: true });
  }

  return (
    <div className="cc-shell">
      <a className="cc-skip-link" href="#main">
        Skip to content
      </a>
      <header className="cc-header">
        <div className="cc-header__inner">
          <div className="cc-header__brand">
            <span className="cc-header__product">CareCircle</span>
            <span className="cc-header__org">{me.organizationName}</span>
          </div>
          <nav className="cc-nav" aria-label="Main">
            <ul>
              {NAVIGATION_BY_ROLE[me.role].map((link) => (
                <li key={link.to + link.label}>
                  <NavLink to={link.to} end className="cc-nav__link">
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="cc-header__user">
            <p className="cc-header__person">
              <span className="cc-header__name">{me.displayName}</span>
              <span className="cc-header__role">{STAFF_ROLE_LABELS[me.role as StaffRole]}</span>
            </p>
            <Button variant="secondary" onPress={() => void signOut()} isDisabled={signingOut}>
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="cc-main" tabIndex={-1}>
        <Suspense fallback={<Skeleton label="Loading page…" rows={3} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
