import { ApolloProvider } from '@apollo/client/react';
import { needsTwoFactorEnrolment } from '@carecircle/web/auth';
import { createApolloClient, sessionStore } from '@carecircle/web/data-access';
import { Skeleton } from '@carecircle/web/ui';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes, prefetchSignedInScreen, preloadSignedInScreen } from './app-routes';

// When the API says the session is over, the store forgets it (RequireSession then shows /login)
// and the cached client data goes with it.
const client = createApolloClient({
  sessionStore,
  onSessionEnded: () => setTimeout(() => void client.clearStore()),
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root: HTMLElement = rootElement;

function render(): void {
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          {/* While the code of a page outside the shell (setup, two-factor enrolment), or of the shell, is fetched. */}
          <Suspense fallback={<Skeleton label="Loading page…" rows={3} />}>
            <AppRoutes />
          </Suspense>
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}

// A signed-in visitor's first screen (the shell, usually the caseload) is fetched before the first render, so it
// appears whole instead of after a loading state; if the fetch fails, the routes show that state and try again.
// A signed-out visitor sees the login page at once, and the signed-in screen is fetched while they sign in.
// Their first page's data is asked for as soon as its code is in, and arrives while React renders the screen.
const session = sessionStore.getSession();
if (session) {
  if (!needsTwoFactorEnrolment(session.me)) prefetchSignedInScreen(client, session.me.role, window.location);
  void preloadSignedInScreen(session.me.role, window.location.pathname).catch(() => undefined).then(render);
} else {
  render();
  setTimeout(() => void preloadSignedInScreen().catch(() => undefined), 0);
}
