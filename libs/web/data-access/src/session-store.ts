import type { Session, SessionEndReason } from './session';

const STORAGE_KEY = 'carecircle.session';

type Listener = () => void;

/** A session as the API answers it (AuthSession): may carry `token`, which is never kept. */
export type SessionToStart = Session & { token?: string };

/**
 * Who is signed in and until when, kept in sessionStorage for display: it survives a reload but not closing the
 * tab, and is never shared with other tabs. Not the session itself: that is an httpOnly cookie the API sets, which
 * no script in the page can read, so nothing here is a secret. Subscribable so React re-renders when it changes.
 */
export class SessionStore {
  private session: Session | null;
  private endReason: SessionEndReason | null = null;
  private endedAfterInactiveMinutes: number | null = null;
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: Storage | undefined = typeof window === 'undefined' ? undefined : window.sessionStorage,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.session = this.read();
    this.scheduleExpiry();
  }

  /** The current session, or null when there is none or it has expired. Pure: safe to call while rendering. */
  getSession = (): Session | null => {
    return this.session && !this.isExpired(this.session) ? this.session : null;
  };

  /** A new session (sign-in) or the same one renewed: only who and until when are kept, never a token. */
  start(session: SessionToStart): void {
    const kept: Session = { expiresAt: session.expiresAt, me: session.me };
    if (session.inactivitySignOutMinutes !== undefined) kept.inactivitySignOutMinutes = session.inactivitySignOutMinutes;
    this.session = kept;
    this.endReason = null;
    this.endedAfterInactiveMinutes = null;
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(kept));
    this.scheduleExpiry();
    this.emit();
  }

  /**
   * Forgets the session. Safe to call when there is none. Signing out on purpose also clears this person's drafts
   * kept on the device (a shared workstation keeps nothing of theirs); an expired or inactive session keeps the
   * drafts the server does not have yet (the autosave removes each one the server has), to offer after signing in.
   */
  end(reason: SessionEndReason): void {
    const hadSession = this.session !== null;
    if (reason === 'signed-out' && this.session) clearDeviceDrafts(this.session.me.id);
    const minutes = this.session?.inactivitySignOutMinutes ?? null;
    this.session = null;
    clearTimeout(this.expiryTimer);
    this.storage?.removeItem(STORAGE_KEY);
    if (hadSession) {
      this.endReason = reason;
      this.endedAfterInactiveMinutes = reason === 'inactive' ? minutes : null;
      this.emit();
    }
  }

  /** Why the last session ended, if one ended in this tab since the last sign-in. */
  getEndReason(): SessionEndReason | null {
    return this.endReason;
  }

  /** After an automatic sign-out: the organization's inactivity limit that ended it, in minutes. */
  getEndedAfterInactiveMinutes(): number | null {
    return this.endedAfterInactiveMinutes;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private isExpired(session: Session): boolean {
    return Date.parse(session.expiresAt) <= this.now();
  }

  /** Ends the session when it expires on the server, so an idle screen does not keep showing client data. */
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
      const parsed = JSON.parse(raw) as Partial<SessionToStart>;
      // A session stored by an older version kept its token here: that session is not carried over.
      if (parsed.token === undefined && typeof parsed.expiresAt === 'string' && parsed.me) {
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
 * person at a shared workstation.
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
