import type { Session } from './session';
import { SessionStore } from './session-store';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const NOW = Date.parse('2026-03-01T12:00:00Z');

function session(expiresAt: string): Session {
  return {
    expiresAt,
    inactivitySignOutMinutes: 15,
    me: {
      id: 'u-1',
      displayName: 'Avery Chen',
      email: 'avery@example.org',
      role: 'COUNSELOR',
      organizationId: 'o-1',
      organizationName: 'Harborlight',
    },
  };
}

describe('SessionStore', () => {
  it('restores a live session from storage after a reload', () => {
    const storage = new MemoryStorage();
    storage.setItem('carecircle.session', JSON.stringify(session('2026-03-01T20:00:00Z')));

    const reloaded = new SessionStore(storage, () => NOW);

    expect(reloaded.getSession()?.me.displayName).toBe('Avery Chen');
    expect(reloaded.getSession()?.inactivitySignOutMinutes).toBe(15);
    reloaded.end('signed-out');
  });

  it('does not restore a session whose token has expired', () => {
    const storage = new MemoryStorage();
    storage.setItem('carecircle.session', JSON.stringify(session('2026-03-01T11:59:59Z')));

    const store = new SessionStore(storage, () => NOW);

    expect(store.getSession()).toBeNull();
    expect(storage.getItem('carecircle.session')).toBeNull();
  });

  it('forgets the session, remembers why, and tells subscribers when it ends', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage, () => NOW);
    store.start(session('2026-03-01T20:00:00Z'));
    const listener = jest.fn();
    store.subscribe(listener);

    store.end('expired');

    expect(store.getSession()).toBeNull();
    expect(store.getEndReason()).toBe('expired');
    expect(storage.getItem('carecircle.session')).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ends the session by itself when the token expires', () => {
    jest.useFakeTimers({ now: NOW });
    try {
      const store = new SessionStore(new MemoryStorage());
      store.start(session('2026-03-01T12:30:00Z'));

      jest.advanceTimersByTime(29 * 60_000);
      expect(store.getSession()).not.toBeNull();
      jest.advanceTimersByTime(60_000);
      expect(store.getSession()).toBeNull();
      expect(store.getEndReason()).toBe('expired');
    } finally {
      jest.useRealTimers();
    }
  });

  it('never keeps a token, even when the API answer carries one (the session is an httpOnly cookie)', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage, () => NOW);

    store.start({ ...session('2026-03-01T20:00:00Z'), token: 'eyJ.secret.token' });

    expect(storage.getItem('carecircle.session')).not.toContain('eyJ.secret.token');
    expect(store.getSession()).not.toHaveProperty('token');
    expect(store.getSession()?.me.id).toBe('u-1');
    store.end('signed-out');
  });

  it('drops a session stored by an older version together with its token', () => {
    const storage = new MemoryStorage();
    storage.setItem('carecircle.session', JSON.stringify({ ...session('2026-03-01T20:00:00Z'), token: 'old-token' }));

    const store = new SessionStore(storage, () => NOW);

    expect(store.getSession()).toBeNull();
    expect(storage.getItem('carecircle.session')).toBeNull();
  });

  it('remembers the inactivity limit that ended a session, for the sign-in page', () => {
    const store = new SessionStore(new MemoryStorage(), () => NOW);
    store.start({ ...session('2026-03-01T20:00:00Z'), inactivitySignOutMinutes: 20 });

    store.end('inactive');

    expect(store.getEndReason()).toBe('inactive');
    expect(store.getEndedAfterInactiveMinutes()).toBe(20);
  });

  it('keeps unsynced drafts after an automatic sign-out and removes them on a deliberate one', () => {
    const draftKey = 'carecircle.progress-note-draft.u-1.n-1';
    const othersDraft = 'carecircle.progress-note-draft.u-2.n-2';
    try {
      window.localStorage.setItem(draftKey, '{"baseVersion":1,"draft":{}}');
      window.localStorage.setItem(othersDraft, '{"baseVersion":1,"draft":{}}');
      const store = new SessionStore(new MemoryStorage(), () => NOW);
      store.start(session('2026-03-01T20:00:00Z'));
      store.end('inactive');
      expect(window.localStorage.getItem(draftKey)).not.toBeNull();

      store.start(session('2026-03-01T20:00:00Z'));
      store.end('signed-out');
      expect(window.localStorage.getItem(draftKey)).toBeNull();
      expect(window.localStorage.getItem(othersDraft)).not.toBeNull();
    } finally {
      window.localStorage.clear();
    }
  });
});
