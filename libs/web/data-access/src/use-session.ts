import { useSyncExternalStore } from 'react';
import type { Session } from './session';
import { sessionStore } from './session-store';

/** The current session (null when signed out); re-renders when it starts or ends. */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSession, sessionStore.getSession);
}
