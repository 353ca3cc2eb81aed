import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditEntityType, AuditOutcome } from '@carecircle/shared/domain';
import { ApiError, ApiErrorCode, type AuditRowDraft, type RequestContext } from '@carecircle/api/platform';
import { AuditTrail } from '@carecircle/api/audit';
import type { LoginThrottleScope } from './login-throttle.entity';
import type { StaffUserEntity } from './staff-user.entity';

/** The stable `reason` of a sign-in refused by throttling (the web shows "Try again in N minutes"). */
export const TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS';

interface ThrottleRule {
  /** From this many failures on, each failure blocks the next attempt for 1, 2, 4… minutes. */
  delayFrom: number;
  /** At this many failures the subject is locked out for `lockMinutes`. */
  lockAt: number;
}

/**
 * The sign-in throttling policy (issue "Security and privacy", finding 4):
 * - Per account (the email typed, whether or not an account has it, so the answers never tell):
 *   failures count until 15 minutes pass without one. From the 5th failure on, the next attempt
 *   is refused for 1, 2, 4, 8… minutes (never longer than a lockout); the 10th failure locks the
 *   email out for 15 minutes, and each further failure after a lockout ends locks it again.
 * - Per client address: 50 failures across accounts lock the address out for 15 minutes; while
 *   it is locked out, an account with a recent failure cannot be tried from it. An account
 *   without one still can, so a correct password is never refused because others mistyped from
 *   the same address (a shared office network, the tests on 127.0.0.1).
 * - Refused attempts are answered before any password check and do not count; a successful
 *   sign-in clears the account's counter (never the address's, so one known password cannot
 *   launder a guessing run).
 * - Delays are "refuse until", never a sleep in the request, and live in PostgreSQL so every API
 *   process counts the same failures.
 */
export const LOGIN_THROTTLE_POLICY = {
  quietMinutes: 15,
  lockMinutes: 15,
  account: { delayFrom: 5, lockAt: 10 } satisfies ThrottleRule,
  address: { delayFrom: 50, lockAt: 50 } satisfies ThrottleRule,
} as const;

interface ThrottleRow {
  scope: LoginThrottleScope;
  retry_after: number | null;
  counting: boolean;
}

/**
 * Counts failed sign-ins and refuses attempts while an account or address is blocked. Failures are
 * written on a pool of their own, outside the sign-in's transaction: the failed sign-in rolls its
 * transaction back, and the count (and its DENIED audit rows) must survive that. A pool of its
 * own rather than the app's, because the sign-in holds an app connection while it records: with a
 * shared pool, enough concurrent failures would each wait for a connection the others hold.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly logger = new Logger('LoginThrottle');
  private recorder: Promise<DataSource> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** Before the password check: throws TOO_MANY_ATTEMPTS while the email or the address is blocked. */
  async refuseIfBlocked(ctx: RequestContext, email: string): Promise<void> {
    const rows: ThrottleRow[] = await ctx.manager.query(
      `SELECT scope,
              ceil(EXTRACT(EPOCH FROM blocked_until - now()))::int AS retry_after,
              GREATEST(last_failed_at, blocked_until) > now() - make_interval(mins => $3) AS counting
         FROM login_throttle
        WHERE (scope = 'ACCOUNT' AND subject = $1) OR (scope = 'ADDRESS' AND subject = $2)`,
      [accountSubject(email), addressSubject(ctx), LOGIN_THROTTLE_POLICY.quietMinutes],
    );
    const account = rows.find((r) => r.scope === 'ACCOUNT');
    const address = rows.find((r) => r.scope === 'ADDRESS');
    const waits = [account?.retry_after ?? 0, account?.counting ? (address?.retry_after ?? 0) : 0];
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) throw tooManyAttempts(retryAfter);
  }

  /**
   * After a wrong password (or an unknown or inactive account): counts the failure for the email
   * and the address, audits it when the account exists, audits a lockout once when this failure
   * starts one, and throws TOO_MANY_ATTEMPTS when this failure blocks the next attempt.
   */
  async recordFailure(ctx: RequestContext, email: string, staff: StaffUserEntity | null): Promise<void> {
    const recorder = await this.recorderDataSource();
    const account = await this.count(recorder, 'ACCOUNT', accountSubject(email), LOGIN_THROTTLE_POLICY.account);
    const address = await this.count(recorder, 'ADDRESS', addressSubject(ctx), LOGIN_THROTTLE_POLICY.address);
    const locked = account.newlyLocked || address.newlyLocked;
    if (locked) {
      // No email in the log: it may be a mistyped password. The account, when real, is in the audit row.
      this.logger.warn(`Sign-in lockout (${account.newlyLocked ? 'account' : 'client address'}) from ${addressSubject(ctx)}`);
    }
    if (staff) {
      const actor = { id: staff.id, organizationId: staff.organizationId, role: staff.role };
      const denied = (action: AuditAction): AuditRowDraft => ({
        action,
        entityType: AuditEntityType.STAFF_USER,
        entityId: staff.id,
        fields: null,
        outcome: AuditOutcome.DENIED,
        actor,
      });
      await this.audit.insert(ctx, locked ? [denied(AuditAction.LOGIN), denied(AuditAction.LOGIN_LOCKED)] : [denied(AuditAction.LOGIN)], recorder.manager);
    }
    const retryAfter = Math.max(account.retryAfter, address.retryAfter);
    if (retryAfter > 0) throw tooManyAttempts(retryAfter);
  }

  /** After a correct password: the account's failures are forgiven (in the sign-in's transaction). */
  async recordSuccess(ctx: RequestContext, email: string): Promise<void> {
    await ctx.manager.query(`DELETE FROM login_throttle WHERE scope = 'ACCOUNT' AND subject = $1`, [accountSubject(email)]);
  }

  async onModuleDestroy(): Promise<void> {
    const recorder = this.recorder;
    this.recorder = null;
    if (recorder) await (await recorder).destroy();
  }

  /** One atomic upsert: concurrent failures (from any process) each count, and only one of them starts a lockout. */
  private async count(
    recorder: DataSource,
    scope: LoginThrottleScope,
    subject: string,
    rule: ThrottleRule,
  ): Promise<{ retryAfter: number; newlyLocked: boolean }> {
    const { quietMinutes, lockMinutes } = LOGIN_THROTTLE_POLICY;
    const next = `(CASE WHEN GREATEST(t.last_failed_at, t.blocked_until) <= now() - make_interval(mins => $3) THEN 1 ELSE t.failures + 1 END)`;
    const rows: Array<{ retry_after: number | null; newly_locked: boolean }> = await recorder.query(
      `INSERT INTO login_throttle AS t (scope, subject, failures, last_failed_at)
       VALUES ($1, $2, 1, now())
       ON CONFLICT (scope, subject) DO UPDATE SET
         failures = ${next},
         last_failed_at = now(),
         blocked_until = CASE
           WHEN ${next} >= $5 THEN now() + make_interval(mins => $6)
           WHEN ${next} >= $4 THEN now() + make_interval(mins => LEAST(power(2, ${next} - $4)::int, $6))
           ELSE NULL END,
         locked_at = CASE
           WHEN ${next} >= $5 AND NOT (t.locked_at IS NOT NULL AND t.blocked_until > now()) THEN now()
           ELSE t.locked_at END
       RETURNING ceil(EXTRACT(EPOCH FROM t.blocked_until - now()))::int AS retry_after, t.locked_at = now() AS newly_locked`,
      [scope, subject, quietMinutes, rule.delayFrom, rule.lockAt, lockMinutes],
    );
    const row = rows[0];
    return { retryAfter: Math.max(0, row?.retry_after ?? 0), newlyLocked: row?.newly_locked === true };
  }

  /** A small pool of its own, with the app's connection settings (same database, same role). */
  private recorderDataSource(): Promise<DataSource> {
    this.recorder ??= new DataSource({
      ...this.dataSource.options,
      migrations: [],
      extra: { ...(this.dataSource.options.extra as Record<string, unknown> | undefined), max: 2 },
    } as typeof this.dataSource.options).initialize();
    return this.recorder;
  }
}

function tooManyAttempts(retryAfterSeconds: number): ApiError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new ApiError(
    ApiErrorCode.UNAUTHENTICATED,
    `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { reason: TOO_MANY_ATTEMPTS, retryAfterSeconds },
  );
}

/** A hash, not the email: the table should not become a list of addresses people typed. */
function accountSubject(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

function addressSubject(ctx: RequestContext): string {
  return ctx.clientAddress ?? 'unknown';
}
