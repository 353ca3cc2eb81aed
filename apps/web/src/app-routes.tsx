import { LoginPage, RequireSession } from '@carecircle/web/auth';
import { useSession } from '@carecircle/web/data-access';
import { AdminHomePage, AppShell } from '@carecircle/web/shell';
import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';

// Feature pages load on demand so the first paint only carries the shell and sign-in.
const CaseloadPage = lazy(() => import('@carecircle/web/caseload').then((m) => ({ default: m.CaseloadPage })));

/** "/": clinical staff see their clients; administrators never see client records. */
function HomePage() {
  const session = useSession();
  if (!session) return null;
  return session.me.role === 'ADMIN' ? <AdminHomePage /> : <CaseloadPage role={session.me.role} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppShell />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
