import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('starting the API with bad settings', () => {
  it('exits non-zero with a message naming each bad setting, before touching a database', () => {
    const run = spawnSync(process.execPath, ['-r', './tools/register.cjs', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], PORT: 'eighty', DATABASE_URL: 'mysql://nope', NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CareCircle cannot start, its configuration is invalid');
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(run.stderr).toContain('AUTH_TOKEN_SECRET is required when NODE_ENV=production');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('Starting embedded PostgreSQL');
  });
});
