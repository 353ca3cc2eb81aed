import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startCareCircle, type RunningCareCircle } from './app-server';

const ROOT = path.resolve(__dirname, '../../../..');

declare global {
  // eslint-disable-next-line no-var
  var __CARECIRCLE_E2E__: RunningCareCircle | undefined;
}

/**
 * Builds the web app and starts it the way `npm start` does (the API on embedded PostgreSQL with
 * the demo seed), on free ports and a throwaway data directory, for every browser journey.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // jest sets NODE_ENV=test, which would bundle React's development build (137 KB gzipped instead of 79, and
    // slower in every journey): the journeys drive what `npm start` serves.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const app = await startCareCircle({ seedDemoData: true });
  globalThis.__CARECIRCLE_E2E__ = app;
  process.env['CARECIRCLE_E2E_URL'] = app.url;
  process.env['CARECIRCLE_E2E_LOG'] = app.logFile;
}
