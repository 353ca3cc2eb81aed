import type { Session, SessionEndReason } from './session';

const STORAGE_KEY = 'carecircle.session';

type Listener = () => void;

/**
 * The signed-in session, kept in sessionStorage: it survives a reload but not closing the tab,
 * and is never shared with other tabs. Subscribable so React re-renders when it changes.
 */
export class SessionStore {
  private session: Session | null;
  private endReason: SessionEndReason | null = null;
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: Storage | undefined = typeof window === 'undefined' ? undefined : window.sessionStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.session = this.read();
    this.scheduleExpiry();
  }

  /** The current session, or null when there is none or it has expired. Pure: safe to call while rendering. */
  getSession = (): Session | null => {
    return this.session && !this.isExpired(this.session) ? this.session : null;
  };

  getToken(): string | null {
    return this.getSession()?.token ?? null;
  }

  start(session: Session): void {
    this.session = session;
    this.endReason = null;
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(session));
    this.scheduleExpiry();
    this.emit();
  }

  /** Forgets the session. Safe to call when there is none. */
  end(reason: SessionEndReason): void {
    const hadSession = this.session !== null;
    if (reason === 'signed-out' && this.session) clearDeviceDrafts(this.session.me.id);
    this.session = null;
    clearTimeout(this.expiryTimer);
    this.storage?.removeItem(STORAGE_KEY);
    if (hadSession) {
      this.endReason = reason;
      this.emit();
    }
  }

  /** Why the last session ended, if one ended in this tab since the last sign-in. */
  getEndReason(): SessionEndReason | null {
    return this.endReason;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private isExpired(session: Session): boolean {
    return Date.parse(session.expiresAt) <= this.now();
  }

  /** Ends the session when its token expires, so an idle screen does not keep showing client data. */
  private scheduleExpiry(): void {
    clearTimeout(this.expiryTimer);
    if (!this.session) return;
    const remaining = Date.parse(this.session.expiresAt) - this.now();
    // setTimeout holds at most ~24.8 days; longer sessions are re-checked then.
    this.expiryTimer = setTimeout(
      () => (this.session && this.isExpired(this.session) ? this.end('expired') : this.scheduleExpiry()),
      Math.min(Math.max(remaining, 0), 2_147_483_647),
    );
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private read(): Session | null {
    const raw = this.storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<Session>;
      if (typeof parsed.token === 'string' && typeof parsed.expiresAt === 'string' && parsed.me) {
        const session = parsed as Session;
        if (!this.isExpired(session)) return session;
      }
    } catch {
      // Unreadable: treat as signed out.
    }
    this.storage?.removeItem(STORAGE_KEY);
    return null;
  }
}

/**
 * Drafts kept on this device until the server has them (`carecircle.<kind>-draft.<staffId>.<id>`, e.g.
 * a progress note) hold health information: signing out removes the person's own, for the next
 * person at a shared workstation. An expired session keeps them, to restore after signing in again.
 */
function clearDeviceDrafts(staffId: string): void {
  try {
    const storage = typeof window === 'undefined' ? undefined : window.localStorage;
    if (!storage) return;
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (key?.startsWith('carecircle.') && key.includes(`-draft.${staffId}.`)) storage.removeItem(key);
    }
  } catch {
    // Storage blocked by the browser: nothing was kept there either.
  }
}

/** The app's one session store. */
export const sessionStore = new SessionStore();
