import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (issue "Security and privacy"): HIPAA expects more than a password for
 * access to health records. Per staff member: the time-based one-time code secret, encrypted with a
 * key derived from AUTH_TOKEN_SECRET (never returned after enrolment), when it was turned on, and
 * the last code's time step (a code is accepted once). Recovery codes are stored as SHA-256 hashes
 * (they are long random strings, so a fast hash is enough) and are used up one by one.
 *
 * The organization chooses whether everyone, not only administrators and supervisors, must use it.
 */
export class TwoFactor1764800000200 implements MigrationInterface {
  name = 'TwoFactor1764800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "require_two_factor_for_everyone" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "staff_two_factor" (` +
        `"staff_user_id" uuid NOT NULL, ` +
        `"organization_id" uuid NOT NULL, ` +
        `"secret_ciphertext" text NOT NULL, ` +
        `"enabled_at" TIMESTAMP WITH TIME ZONE, ` +
        `"last_used_step" bigint, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "staff_two_factor_secret_ciphertext_check" CHECK ("secret_ciphertext" LIKE 'v1:%'), ` +
        `CONSTRAINT "staff_two_factor_last_used_step_check" CHECK ("last_used_step" IS NULL OR "last_used_step" >= 0), ` +
        `CONSTRAINT "staff_two_factor_pkey" PRIMARY KEY ("staff_user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_two_factor" ADD CONSTRAINT "staff_two_factor_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_two_factor" ADD CONSTRAINT "staff_two_factor_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_recovery_code" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"staff_user_id" uuid NOT NULL, ` +
        `"organization_id" uuid NOT NULL, ` +
        `"code_hash" text NOT NULL, ` +
        `"used_at" TIMESTAMP WITH TIME ZONE, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "staff_recovery_code_code_hash_check" CHECK ("code_hash" ~ '^[0-9a-f]{64}$'), ` +
        `CONSTRAINT "staff_recovery_code_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "staff_recovery_code_staff_code_key" ON "staff_recovery_code" ("staff_user_id", "code_hash")`);
    await queryRunner.query(
      `ALTER TABLE "staff_recovery_code" ADD CONSTRAINT "staff_recovery_code_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_recovery_code" ADD CONSTRAINT "staff_recovery_code_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "staff_recovery_code"`);
    await queryRunner.query(`DROP TABLE "staff_two_factor"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "require_two_factor_for_everyone"`);
  }
}
