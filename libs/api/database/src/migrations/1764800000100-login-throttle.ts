import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling (issue "Security and privacy", finding 4): failed sign-ins counted per account
 * and per client address in the database, so every API process behind a load balancer sees the
 * same counts. No foreign key to staff_user: an unknown email is counted exactly like a known one
 * (so the answer cannot tell them apart), and the account's subject is a hash of the email, not the
 * email itself. Rows are short-lived working state, not history (the audit trail keeps that).
 */
export class LoginThrottle1764800000100 implements MigrationInterface {
  name = 'LoginThrottle1764800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "login_throttle" (
        "scope" text NOT NULL,
        "subject" text NOT NULL,
        "failures" integer NOT NULL,
        "last_failed_at" timestamptz NOT NULL,
        "blocked_until" timestamptz,
        "locked_at" timestamptz,
        CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("scope", "subject"),
        CONSTRAINT "login_throttle_scope_check" CHECK ("scope" IN ('ACCOUNT', 'ADDRESS')),
        CONSTRAINT "login_throttle_failures_check" CHECK ("failures" > 0)
      )`);
    await queryRunner.query(`CREATE INDEX "login_throttle_last_failed_idx" ON "login_throttle" ("last_failed_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
