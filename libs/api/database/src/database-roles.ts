import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The role the application connects as. It owns nothing: migration 1764800000400 grants it the
 * domain tables (read and write) and only INSERT and SELECT on the audit trail and the disclosures,
 * and `ALTER DEFAULT PRIVILEGES` extends that to every table a later migration creates.
 */
export const APP_ROLE = 'carecircle_app';

/** A fresh password for the app role: letters and digits only, so it can be written into SQL and URLs as is. */
export function newAppRolePassword(): string {
  return randomBytes(24).toString('hex');
}

/**
 * As the owner (a superuser or a role that may create roles): makes sure the app role exists and
 * may log in with `password`. Creates it when missing (the migration would create it without a
 * login), so this may run before or after migrating. Safe when several processes do it at once.
 */
export async function ensureAppRoleLogin(ownerUrl: string, password: string): Promise<void> {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) throw new Error('The app role password must be 16+ letters, digits, - or _.');
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Utility statements take no parameters: the password is checked above to be safe as a literal.
    await client.query(`
      DO $$
      BEGIN
        -- Two processes altering one role at once fail with "tuple concurrently updated": take turns.
        PERFORM pg_advisory_xact_lock(1764800400, 0);
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          BEGIN
            CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '${password}';
            RETURN;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
          END;
        END IF;
        ALTER ROLE ${APP_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${password}';
      END $$`);
  } finally {
    await client.end();
  }
}

/** `url` with the app role's name and password in place of the owner's. */
export function appRoleUrl(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = APP_ROLE;
  parsed.password = password;
  return parsed.toString();
}

/**
 * Null when the connection behind `url` is a role that neither is a superuser nor owns the audit
 * trail; otherwise the one-line warning to print (the app then could rewrite its own audit trail).
 */
export async function ownerConnectionWarning(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ user: string; superuser: boolean; owner: boolean }>(
      `SELECT current_user AS user, r.rolsuper AS superuser,
              coalesce(pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass('public.audit_event')), 'USAGE'), false) AS owner
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const row = rows[0];
    if (!row || (!row.superuser && !row.owner)) return null;
    return `Warning: the app connects to the database as "${row.user}", ${row.superuser ? 'a superuser' : 'the owner of its tables'}, so it could rewrite its own audit trail — set DATABASE_URL to the ${APP_ROLE} role and MIGRATION_DATABASE_URL to the owner (README, "Database roles").`;
  } finally {
    await client.end();
  }
}
