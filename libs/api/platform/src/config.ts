import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** In the source, so anyone can sign tokens with it: development and tests only. */
export const DEV_TOKEN_SECRET = 'carecircle-development-secret-do-not-use-in-production';
/** What docker/compose.yaml used to ship as AUTH_TOKEN_SECRET: public too, so refused in production. */
const COMPOSE_PLACEHOLDER_SECRETS = ['change-me-to-a-long-random-secret-of-32-plus-chars'];
/**
 * A production secret must look random enough to resist guessing offline (a token is an HMAC over
 * known claims): at least this many bits, estimated from its characters' spread (Shannon entropy
 * per character × length). `openssl rand -base64 48` gives ~270; a word repeated or a 32-character
 * hex string of 16 bytes falls short on purpose.
 */
const MIN_SECRET_BITS = 128;
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number({ error: 'must be a port number from 1 to 65535' }).int().min(1).max(65535).default(3000),
    // Unset: 127.0.0.1 outside production (see loadConfig), so a laptop's development secret is not on the network.
    HOST: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    EMBEDDED_POSTGRES_DIR: z.string().min(1).default('.data/postgres'),
    BACKUP_DIR: z.string().min(1).optional(),
    EMBEDDED_POSTGRES_PORT: z.coerce.number({ error: 'must be a port number from 1024 to 65535' }).int().min(1024).max(65535).default(54320),
    AUTH_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_TOKEN_TTL_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).int().min(5).max(24 * 60).default(60),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    // Unset: demo data on a laptop, none in production (see loadConfig).
    SEED_DEMO_DATA: z.enum(['true', 'false']).optional(),
  });

/** Rules across settings; checked on the raw input too, so they are reported with the others. */
function crossSettingProblems(env: Record<string, string | undefined>): Array<{ setting: string; message: string }> {
  const problems: Array<{ setting: string; message: string }> = [];
  if (env['NODE_ENV'] !== 'production') return problems;
  const secret = env['AUTH_TOKEN_SECRET'];
  if (!secret) {
    problems.push({ setting: 'AUTH_TOKEN_SECRET', message: 'is required when NODE_ENV=production' });
  } else if (secret === DEV_TOKEN_SECRET || COMPOSE_PLACEHOLDER_SECRETS.includes(secret)) {
    problems.push({
      setting: 'AUTH_TOKEN_SECRET',
      message: 'is a published example secret, so anyone could sign in as anyone: generate one with `openssl rand -base64 48`',
    });
  } else if (secret.length >= 32 && estimatedBits(secret) < MIN_SECRET_BITS) {
    problems.push({
      setting: 'AUTH_TOKEN_SECRET',
      message: `is too predictable (about ${Math.floor(estimatedBits(secret))} bits, ${MIN_SECRET_BITS} needed): generate one with \`openssl rand -base64 48\``,
    });
  }
  if (env['SEED_DEMO_DATA'] === 'true') {
    problems.push({
      setting: 'SEED_DEMO_DATA',
      message: 'cannot be true when NODE_ENV=production: the demo accounts have published passwords (run the demo with NODE_ENV=development)',
    });
  }
  return problems;
}

/** Bits of a secret as its own characters' spread estimates them (Shannon entropy × length). */
export function estimatedBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = [...secret].length;
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / length) * Math.log2(n / length);
  return perChar * length;
}

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.test(host.trim());
}

/**
 * One-line warnings for whoever starts the app: the development secret (in the source) on an
 * address the network can reach lets anyone there forge a token.
 */
export function startupWarnings(config: AppConfig): string[] {
  if (config.auth.tokenSecret !== DEV_TOKEN_SECRET || isLoopbackHost(config.host)) return [];
  return [
    `Warning: listening on ${config.host} with the development token secret, which is in the source: anyone who can reach this address can forge a sign-in. Set AUTH_TOKEN_SECRET or HOST=127.0.0.1.`,
  ];
}

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl?: string;
  embeddedPostgres: { dataDir: string; port: number };
  /** Where `npm run db:backup` and the automatic backups of the embedded database write their files. */
  backupDir: string;
  auth: { tokenSecret: string; tokenTtlMinutes: number };
  logLevel: (typeof LOG_LEVELS)[number];
  seedDemoData: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`CareCircle cannot start, its configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads settings from the environment, naming every bad setting at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(blankAsUnset);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ setting: issue.path.join('.') || '(environment)', message: issue.message }))),
    ...crossSettingProblems(blankAsUnset),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(
      problems.map(({ setting, message }) => {
        const value = env[setting];
        const shown = value === undefined ? 'unset' : setting.includes('SECRET') ? 'hidden' : JSON.stringify(value);
        return `${setting} ${message} (got ${shown})`;
      }),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // Production runs in a container or behind a proxy, which must reach it; elsewhere only this machine.
    host: e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: e.DATABASE_URL,
    embeddedPostgres: { dataDir: e.EMBEDDED_POSTGRES_DIR, port: e.EMBEDDED_POSTGRES_PORT },
    // Next to the data folder (.data/backups by default), so a throwaway database's backups never mix with the real ones.
    backupDir: e.BACKUP_DIR ?? path.join(path.dirname(e.EMBEDDED_POSTGRES_DIR), 'backups'),
    auth: { tokenSecret: e.AUTH_TOKEN_SECRET ?? DEV_TOKEN_SECRET, tokenTtlMinutes: e.AUTH_TOKEN_TTL_MINUTES },
    logLevel: e.LOG_LEVEL,
    seedDemoData: (e.SEED_DEMO_DATA ?? (e.NODE_ENV === 'production' ? 'false' : 'true')) === 'true',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
