import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEV_TOKEN_SECRET = 'carecircle-development-secret-do-not-use-in-production';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number({ error: 'must be a port number from 1 to 65535' }).int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
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
  if (env['NODE_ENV'] === 'production' && !env['AUTH_TOKEN_SECRET']) {
    problems.push({ setting: 'AUTH_TOKEN_SECRET', message: 'is required when NODE_ENV=production' });
  }
  return problems;
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
    host: e.HOST,
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
