import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { apiErrorCodeOf, errorMessage, registerBeforeSignOut } from '@carecircle/web/data-access';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * Where a draft waits on this device until the server has it. The `carecircle.<kind>-draft.<staffId>.`
 * shape is the one signing out clears (see SessionStore.end): it is health information on what may be
 * a shared workstation.
 */
export function progressNoteDraftKey(staffId: string, noteId: string): string {
  return `carecircle.progress-note-draft.${staffId}.${noteId}`;
}

/** What is kept on the device: the draft, and the server version it was typed over. */
export interface StoredProgressNoteDraft<D> {
  baseVersion: number;
  savedLocallyAt: string;
  draft: D;
}

function deviceStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Storage switched off by the browser: the server copy is all there is.
  }
}

export function readStoredDraft(key: string): StoredProgressNoteDraft<unknown> | null {
  try {
    const raw = deviceStorage()?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredProgressNoteDraft<unknown>>;
    return typeof parsed.baseVersion === 'number' && 'draft' in parsed ? (parsed as StoredProgressNoteDraft<unknown>) : null;
  } catch {
    return null;
  }
}

function writeStoredDraft<D>(key: string, value: StoredProgressNoteDraft<D>): void {
  try {
    deviceStorage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked storage: the server save still runs; nothing better to do here.
  }
}

function removeStoredDraft(key: string): void {
  try {
    deviceStorage()?.removeItem(key);
  } catch {
    // As above.
  }
}

/**
 * - `idle`: nothing changed since the page loaded.
 * - `saving`: a change is waiting for (or in) its save.
 * - `saved`: the server holds what is on screen.
 * - `failed`: the server could not be reached or failed; kept on the device, retried with backoff.
 * - `invalid`: the server refused a value (BAD_USER_INPUT); kept on the device until corrected.
 * - `refused`: the note cannot be saved by this person any more (gone, no access); kept on the device.
 * - `conflict`: saved meanwhile somewhere else (another tab), or signed there; never overwritten silently.
 */
export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'invalid' | 'refused' | 'conflict';

export interface ProgressNoteAutosaveOptions<D> {
  staffId: string;
  noteId: string;
  /** The note's version as loaded, and its content in the editor's shape. */
  serverVersion: number;
  serverDraft: D;
  /** Whether two drafts would put the same note on the server. */
  sameContent: (a: D, b: D) => boolean;
  /** Fits a copy read from the device onto what the editor shows now; null when unusable. */
  revive: (stored: unknown) => D | null;
  /** Saves the whole draft over `expectedVersion`; resolves with the note's new version. */
  save: (draft: D, expectedVersion: number) => Promise<{ version: number }>;
  /** A save the server refused for its values (BAD_USER_INPUT), to show on the fields. */
  onInputProblems?: (error: unknown) => void;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
}

export interface ProgressNoteAutosave<D> {
  /** What the editor starts from: the server's draft, or the device's copy when that differs. */
  initialDraft: D;
  status: AutosaveStatus;
  /** The page restored a copy from this device that the server did not have. */
  restored: boolean;
  /** The server's words for a failed, refused or conflicting save. */
  message: string | null;
  /** Every change: kept on the device at once, saved after a quiet moment. */
  change: (draft: D) => void;
  /** Saves now (a field lost focus, the tab hides, signing); true when the server holds the latest draft. */
  flush: () => Promise<boolean>;
  retryNow: () => void;
  /** The version the server's copy has now: what signing or discarding sends. */
  currentVersion: () => number;
  /** Stops saving (e.g. while discarding) once the save in flight, if any, is done. */
  pause: () => Promise<void>;
  resume: () => void;
  /** The server's copy becomes the draft (after "Load the latest version"); the device copy goes. */
  reset: (version: number, draft: D) => void;
  /**
   * After a conflict, the person chose what is on screen: it is saved over the server's newer
   * version (`version`, holding `draft`), explicitly, never silently.
   */
  keepOverServer: (version: number, draft: D) => void;
  /** The draft is gone (discarded): stop, and forget the device copy. */
  forget: () => void;
}

const MAX_RETRY_DELAY_MS = 30_000;
const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 16_000, MAX_RETRY_DELAY_MS];

type Block = null | 'failed' | 'invalid' | 'refused' | 'conflict' | 'paused' | 'gone';

function errorCodes(error: unknown): string[] {
  return CombinedGraphQLErrors.is(error) ? error.errors.map((e) => apiErrorCodeOf(e) ?? '') : [];
}

/**
 * "Draft saved as you type, never lost on a failed save or a closed tab." Every change goes to
 * localStorage at once; the server gets the whole draft after a quiet moment, when a field loses
 * focus, when the tab is hidden or closed. Saves run one at a time, each over the version the
 * previous one returned, always with the latest values. The device copy goes only when the server
 * holds exactly what is on screen; a copy left by a closed tab or a failed save is restored on the
 * next visit.
 */
export function useProgressNoteAutosave<D>(options: ProgressNoteAutosaveOptions<D>): ProgressNoteAutosave<D> {
  const { staffId, noteId, debounceMs = 800 } = options;
  const key = progressNoteDraftKey(staffId, noteId);

  // The options' callbacks change every render; the machinery below reads the latest ones.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // Read once, on the first render: the copy this device kept, if it says something the server does not.
  const [start] = useState(() => {
    const stored = readStoredDraft(key);
    const revived = stored ? options.revive(stored.draft) : null;
    if (stored && revived && !options.sameContent(revived, options.serverDraft)) {
      // Typed over `baseVersion`: if the server moved on since (another tab), the save gets CONFLICT, not a silent overwrite.
      return { draft: revived, version: stored.baseVersion, restored: true };
    }
    return { draft: options.serverDraft, version: options.serverVersion, restored: false };
  });

  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [restored, setRestored] = useState(start.restored);
  const [message, setMessage] = useState<string | null>(null);

  const latest = useRef<D>(start.draft);
  /** What the server holds, at `version`. */
  const confirmed = useRef<D>(options.serverDraft);
  const version = useRef(start.version);
  const block = useRef<Block>(null);
  const saveWanted = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const attempt = useRef(0);
  const debounceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const needsSave = useCallback(() => !optionsRef.current.sameContent(latest.current, confirmed.current), []);

  const keepOnDevice = useCallback(() => {
    writeStoredDraft<D>(key, { baseVersion: version.current, savedLocallyAt: new Date().toISOString(), draft: latest.current });
  }, [key]);

  const saveOnce = useCallback(async () => {
    const draft = latest.current;
    // While retrying after a failure the status keeps saying so, rather than flickering to "Saving…".
    setStatus((s) => (s === 'failed' ? s : 'saving'));
    try {
      const result = await optionsRef.current.save(draft, version.current);
      if (block.current === 'gone') return;
      version.current = result.version;
      confirmed.current = draft;
      attempt.current = 0;
      setMessage(null);
      if (needsSave()) {
        keepOnDevice(); // newer changes, now typed over the new version
      } else {
        removeStoredDraft(key);
        setStatus('saved');
      }
    } catch (error) {
      if (block.current === 'gone') return;
      const codes = errorCodes(error);
      keepOnDevice();
      if (block.current === 'paused') return; // discarding: whoever paused decides what happens next
      if (codes.includes(ApiErrorCode.CONFLICT)) {
        block.current = 'conflict';
        setStatus('conflict');
        setMessage(errorMessage(error as CombinedGraphQLErrors));
      } else if (codes.includes(ApiErrorCode.BAD_USER_INPUT)) {
        block.current = 'invalid';
        setStatus('invalid');
        setMessage(errorMessage(error as CombinedGraphQLErrors));
        optionsRef.current.onInputProblems?.(error);
      } else if (codes.includes(ApiErrorCode.NOT_FOUND) || codes.includes(ApiErrorCode.FORBIDDEN)) {
        block.current = 'refused';
        setStatus('refused');
        setMessage(errorMessage(error as CombinedGraphQLErrors));
      } else {
        block.current = 'failed';
        setStatus('failed');
        setMessage(null);
        const delay = RETRY_DELAYS_MS[Math.min(attempt.current, RETRY_DELAYS_MS.length - 1)] ?? MAX_RETRY_DELAY_MS;
        attempt.current += 1;
        clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(() => {
          if (block.current !== 'failed') return;
          block.current = null;
          saveWanted.current = true;
          void pumpRef.current();
        }, delay);
      }
    }
  }, [key, keepOnDevice, needsSave]);

  /** Runs saves one at a time while one is wanted and the draft differs from the server's. */
  const pump = useCallback((): Promise<void> => {
    if (running.current) return running.current;
    const shouldSave = () => saveWanted.current && block.current === null && needsSave();
    if (!shouldSave()) {
      saveWanted.current = false;
      return Promise.resolve();
    }
    const run = (async () => {
      try {
        do {
          saveWanted.current = false;
          await saveOnce();
        } while (shouldSave());
      } finally {
        // Cleared before this promise settles, so a request made from now on starts a new run.
        running.current = null;
      }
    })();
    running.current = run;
    return run;
  }, [needsSave, saveOnce]);
  const pumpRef = useRef(pump);
  pumpRef.current = pump;

  const flush = useCallback(async () => {
    clearTimeout(debounceTimer.current);
    if (block.current === 'failed') {
      // A person's action (or the tab closing) is worth one more try now, whatever the backoff says.
      clearTimeout(retryTimer.current);
      block.current = null;
    }
    saveWanted.current = true;
    await pump();
    // A save that started before this call may have sent older values: the loop above saved again if so.
    if (running.current) await running.current;
    return block.current === null && !needsSave();
  }, [needsSave, pump]);

  const change = useCallback(
    (draft: D) => {
      if (block.current === 'gone') return;
      latest.current = draft;
      setRestored(false);
      if (!needsSave()) {
        // Back to what the server holds (or a reset): nothing to keep or send.
        clearTimeout(debounceTimer.current);
        if (!running.current) {
          removeStoredDraft(key);
          if (block.current === 'invalid') block.current = null;
          setStatus((s) => (s === 'saving' || s === 'invalid' ? 'saved' : s));
        }
        return;
      }
      keepOnDevice();
      if (block.current === 'invalid') block.current = null; // a correction deserves a new try
      if (block.current === null) setStatus('saving');
      clearTimeout(debounceTimer.current);
      debounceTimer.current = setTimeout(() => {
        saveWanted.current = true;
        void pumpRef.current();
      }, debounceMs);
    },
    [debounceMs, keepOnDevice, key, needsSave],
  );

  const retryNow = useCallback(() => {
    attempt.current = 0;
    // Access may have been restored (e.g. signed in again); a refusal is worth asking about once more too.
    if (block.current === 'refused') block.current = null;
    void flush();
  }, [flush]);

  const pause = useCallback(async () => {
    clearTimeout(debounceTimer.current);
    clearTimeout(retryTimer.current);
    block.current = 'paused';
    if (running.current) await running.current.catch(() => undefined);
  }, []);

  const resume = useCallback(() => {
    if (block.current !== 'paused') return;
    block.current = null;
    saveWanted.current = true;
    void pump();
  }, [pump]);

  const reset = useCallback(
    (serverVersion: number, draft: D) => {
      clearTimeout(debounceTimer.current);
      clearTimeout(retryTimer.current);
      version.current = serverVersion;
      latest.current = draft;
      confirmed.current = draft;
      block.current = null;
      attempt.current = 0;
      removeStoredDraft(key);
      setRestored(false);
      setMessage(null);
      setStatus('idle');
    },
    [key],
  );

  const keepOverServer = useCallback(
    (serverVersion: number, draft: D) => {
      if (block.current !== 'conflict') return;
      version.current = serverVersion;
      confirmed.current = draft;
      block.current = null;
      attempt.current = 0;
      setMessage(null);
      setStatus('saving');
      if (needsSave()) keepOnDevice();
      void flush();
    },
    [flush, keepOnDevice, needsSave],
  );

  const forget = useCallback(() => {
    clearTimeout(debounceTimer.current);
    clearTimeout(retryTimer.current);
    block.current = 'gone';
    removeStoredDraft(key);
  }, [key]);

  // A restored copy goes to the server straight away; a device copy that says nothing new is dropped.
  useEffect(() => {
    if (start.restored) {
      saveWanted.current = true;
      void pumpRef.current();
    } else {
      removeStoredDraft(key);
    }
  }, [key, start.restored]);

  // Leaving the tab, closing it or leaving the page: save what is pending now (the device copy is already kept).
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      clearTimeout(debounceTimer.current);
      clearTimeout(retryTimer.current);
      if (block.current === null && needsSave()) {
        saveWanted.current = true;
        void pumpRef.current();
      }
    };
  }, [flush, needsSave]);

  // Signing out (by the person, or after inactivity) first waits for this draft to reach the server; a draft that
  // cannot (offline) stays on the device for this person's next sign-in.
  useEffect(() => registerBeforeSignOut(flush), [flush]);

  const currentVersion = useCallback(() => version.current, []);

  return useMemo(
    () => ({ initialDraft: start.draft, status, restored, message, change, flush, retryNow, currentVersion, pause, resume, reset, keepOverServer, forget }),
    [start.draft, status, restored, message, change, flush, retryNow, currentVersion, pause, resume, reset, keepOverServer, forget],
  );
}
