import { ConfigError, DEV_TOKEN_SECRET, estimatedBits, loadConfig, startupWarnings } from './config';

/** 48 random-looking characters, as `openssl rand -base64 36` gives. */
const STRONG = 'q3Vx9LmTz0Rk7PbW2yHc5NdJ8sFg4Ae1UoXiZtKw6MvQnBr+';

describe('start-up configuration', () => {
  it('starts with sensible defaults on a newcomer machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.auth.tokenTtlMinutes).toBe(60);
    expect(config.seedDemoData).toBe(true);
  });

  it('loads demo data by default only outside production, and always as told', () => {
    expect(loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: STRONG }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: STRONG, SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).seedDemoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
    expect(() => loadConfig({ SEED_DEMO_DATA: 'yes' })).toThrow(/SEED_DEMO_DATA/);
  });

  it('names every bad setting and what it got', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('"eighty"');
    expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(message).toContain('LOG_LEVEL');
    expect((error as ConfigError).problems).toHaveLength(3);
  });

  it('refuses to run in production without a token secret, without echoing secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_TOKEN_SECRET is required when NODE_ENV=production/);
    expect(() => loadConfig({ AUTH_TOKEN_SECRET: 'short' })).toThrow(/AUTH_TOKEN_SECRET must be at least 32 characters \(got hidden\)/);
  });
});

describe('safe by default in production', () => {
  const production = (env: Record<string, string>) => () => loadConfig({ NODE_ENV: 'production', ...env });

  it('refuses the development secret and the compose placeholder, naming why without echoing them', () => {
    for (const known of [DEV_TOKEN_SECRET, 'change-me-to-a-long-random-secret-of-32-plus-chars']) {
      expect(production({ AUTH_TOKEN_SECRET: known })).toThrow(/AUTH_TOKEN_SECRET is a published example secret.*\(got hidden\)/);
      expect(production({ AUTH_TOKEN_SECRET: known })).not.toThrow(new RegExp(known));
    }
  });

  it('refuses a secret that is long enough but predictable, and accepts a random one', () => {
    expect(production({ AUTH_TOKEN_SECRET: 'x'.repeat(64) })).toThrow(/AUTH_TOKEN_SECRET is too predictable/);
    expect(production({ AUTH_TOKEN_SECRET: 'abcd'.repeat(10) })).toThrow(/too predictable/);
    expect(production({ AUTH_TOKEN_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(production({ AUTH_TOKEN_SECRET: STRONG })).not.toThrow();
    expect(estimatedBits('x'.repeat(64))).toBe(0);
    expect(estimatedBits(STRONG)).toBeGreaterThan(128);
  });

  it('refuses demo data in production with a sentence saying why', () => {
    expect(production({ AUTH_TOKEN_SECRET: STRONG, SEED_DEMO_DATA: 'true' })).toThrow(
      /SEED_DEMO_DATA cannot be true when NODE_ENV=production: the demo accounts have published passwords/,
    );
  });

  it('listens only on this machine outside production unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: STRONG }).host).toBe('0.0.0.0');
  });

  it('warns in one line when the development secret is reachable from the network', () => {
    expect(startupWarnings(loadConfig({}))).toEqual([]);
    expect(startupWarnings(loadConfig({ HOST: 'localhost' }))).toEqual([]);
    expect(startupWarnings(loadConfig({ HOST: '0.0.0.0', AUTH_TOKEN_SECRET: STRONG }))).toEqual([]);
    const warnings = startupWarnings(loadConfig({ HOST: '0.0.0.0' }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Warning: listening on 0\.0\.0\.0 with the development token secret/);
    expect(warnings[0]).not.toContain('\n');
  });
});
