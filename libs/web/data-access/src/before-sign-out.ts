/**
 * What must happen before a session ends, e.g. an open progress-note editor saving what was typed. Editors register
 * a flush while they are open; signing out (by the person or after inactivity) runs them all first, while the session
 * still works.
 */
type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();

/** Registers a flush; returns the function that unregisters it (for an effect's cleanup). */
export function registerBeforeSignOut(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Runs every registered flush, waiting at most `timeoutMs` (a hung request must not keep a session open). */
export async function flushBeforeSignOut(timeoutMs = 10_000): Promise<void> {
  const all = Promise.allSettled([...flushes].map((flush) => flush()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  try {
    await Promise.race([all, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
