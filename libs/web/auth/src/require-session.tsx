import { useSession } from '@carecircle/web/data-access';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

/** Renders its children only with a live session; otherwise goes to /login and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}
