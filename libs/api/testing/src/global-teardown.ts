import { rmSync } from 'node:fs';
import path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__CARECIRCLE_TEST_DB__;
  if (!state?.server) return;
  await state.server.stop();
  if (state.dataDir) rmSync(path.dirname(state.dataDir), { recursive: true, force: true });
}
