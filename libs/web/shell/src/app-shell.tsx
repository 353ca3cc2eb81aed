import { useApolloClient, useMutation } from '@apollo/client/react';
import { STAFF_ROLE_LABELS, StaffRole } from '@carecircle/shared/domain';
import { flushBeforeSignOut, sessionStore, useSession } from '@carecircle/web/data-access';
import { Button, Skeleton, useIsPhone } from '@carecircle/web/ui';
import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { InactivitySignOut } from './inactivity-sign-out';
import { logoutMutation } from './logout.mutation';
import { navigationFor } from './navigation-links';
import './shell.css';

/**
 * The signed-in frame: header (organization, person, role), navigation by role, sign out, main.
 * On a phone the navigation, the person and "Sign out" fold behind a "Menu" button (a disclosure),
 * so the header is one short row and the page starts near the top of the screen.
 */
export function AppShell() {
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const isPhone = useIsPhone();
  const [menuOpen, setMenuOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(location.key);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const [logout, { loading: signingOut }] = useMutation(logoutMutation);

  // Following a link closes the menu: the new page, not the menu, is what the person wanted.
  if (menuOpen && openedAt !== location.key) setMenuOpen(false);
  useEffect(() => {
    if (!isPhone) setMenuOpen(false);
  }, [isPhone]);

  if (!session) return null; // RequireSession wraps the shell; this only narrows the type.
  const { me } = session;
  const collapsed = isPhone && !menuOpen;

  async function signOut(reason: 'signed-out' | 'inactive' = 'signed-out') {
    // Open editors save first (a progress note being written), while the session still works.
    await flushBeforeSignOut();
    try {
      await logout();
    } catch {
      // The session may already have ended; forgetting it here is what matters.
    }
    sessionStore.end(reason);
    await client.clearStore();
    await navigate('/login', { replace: true });
  }

  function toggleMenu() {
    setOpenedAt(location.key);
    setMenuOpen((open) => !open);
  }

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  }

  return (
    <div className="cc-shell">
      <a className="cc-skip-link" href="#main">
        Skip to content
      </a>
      <header className={isPhone ? 'cc-header cc-header--phone' : 'cc-header'} onKeyDown={closeOnEscape}>
        <div className="cc-header__inner">
          <div className="cc-header__brand">
            <span className="cc-header__product">CareCircle</span>
            <span className="cc-header__org">{me.organizationName}</span>
          </div>
          <nav className="cc-nav" aria-label="Main">
            {isPhone && (
              <button
                ref={menuButton}
                type="button"
                className="cc-nav__menu-button"
                aria-expanded={menuOpen}
                aria-controls={menuId}
                onClick={toggleMenu}
              >
                <span className="cc-nav__menu-icon" aria-hidden="true">
                  {menuOpen ? '×' : '☰'}
                </span>
                Menu
              </button>
            )}
            <div id={menuId} className="cc-nav__panel" hidden={collapsed}>
              <ul>
                {navigationFor(me).map((link) => (
                  <li key={link.to + link.label}>
                    <NavLink to={link.to} end className="cc-nav__link">
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
              {isPhone && <SignedInAs name={me.displayName} role={me.role as StaffRole} signingOut={signingOut} onSignOut={() => signOut()} />}
            </div>
          </nav>
          {!isPhone && <SignedInAs name={me.displayName} role={me.role as StaffRole} signingOut={signingOut} onSignOut={() => signOut()} />}
        </div>
      </header>
      <InactivitySignOut onSignOut={() => signOut('inactive')} />
      <main id="main" className="cc-main" tabIndex={-1}>
        <Suspense fallback={<Skeleton label="Loading page…" rows={3} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

interface SignedInAsProps {
  name: string;
  role: StaffRole;
  signingOut: boolean;
  onSignOut: () => Promise<void>;
}

function SignedInAs({ name, role, signingOut, onSignOut }: SignedInAsProps) {
  return (
    <div className="cc-header__user">
      <p className="cc-header__person">
        <span className="cc-header__name">{name}</span>
        <span className="cc-header__role">{STAFF_ROLE_LABELS[role]}</span>
      </p>
      <Button variant="secondary" onPress={() => void onSignOut()} isDisabled={signingOut}>
        Sign out
      </Button>
    </div>
  );
}
