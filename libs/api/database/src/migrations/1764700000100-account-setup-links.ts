import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links to set a password (issue "Running the program", Staff): an invitation for a new
 * staff member (valid 7 days) or a password reset (24 hours). There is no mail server, so the admin
 * is shown the link and hands it on. Only a SHA-256 of the random token is stored, so a copy of the
 * database cannot be turned into working links. Used and voided links are kept, for the record of
 * who was let in and when.
 */
export class AccountSetupLinks1764700000100 implements MigrationInterface {
  name = 'AccountSetupLinks1764700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."account_setup_purpose" AS ENUM('INVITE', 'PASSWORD_RESET')`);
    await queryRunner.query(`
      CREATE TABLE "account_setup_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "staff_user_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "purpose" "public"."account_setup_purpose" NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "voided_at" TIMESTAMP WITH TIME ZONE,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "account_setup_token_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "account_setup_token_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "account_setup_token_expires_at_check" CHECK ("expires_at" > "created_at"),
        CONSTRAINT "account_setup_token_used_or_voided_check" CHECK ("used_at" IS NULL OR "voided_at" IS NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "account_setup_token_token_hash_key" ON "account_setup_token" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "account_setup_token_staff_user_idx" ON "account_setup_token" ("staff_user_id")`);
    await queryRunner.query(
      `ALTER TABLE "account_setup_token" ADD CONSTRAINT "account_setup_token_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_setup_token" ADD CONSTRAINT "account_setup_token_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_setup_token" ADD CONSTRAINT "account_setup_token_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_setup_token"`);
    await queryRunner.query(`DROP TYPE "public"."account_setup_purpose"`);
  }
}
