import { rmSync } from 'node:fs';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the app like Ctrl-C would, which also stops its embedded PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__CARECIRCLE_E2E__;
  if (!state) return;
  process.kill(state.pid, 'SIGINT');
  const deadline = Date.now() + 20_000;
  while (alive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(state.pid)) process.kill(state.pid, 'SIGKILL');
  rmSync(state.workDir, { recursive: true, force: true });
}
