import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Break-the-glass (issue "Security and privacy"; 42 CFR 2.51).
 *
 * `client_restriction`: a client record restricted to its current care team (for example a staff
 * member who is also a client). One row while the restriction holds; removing it deletes the row,
 * and both are in the audit trail with their reason.
 *
 * `emergency_access`: each emergency opening of a restricted or out-of-scope record, with what
 * §2.51 asks to document: who (staff_user_id), when (granted_at), the nature of the emergency and,
 * when information goes to medical personnel, the recipient's name and affiliation. A grant reads
 * the record until expires_at. The application may only INSERT and SELECT it: the record of an
 * emergency access cannot be shortened, lengthened or erased by the application.
 */
export class EmergencyAccess1764800000600 implements MigrationInterface {
  name = 'EmergencyAccess1764800000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "client_restriction" (
        "client_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "restricted_by_id" uuid NOT NULL,
        "reason" text NOT NULL,
        "restricted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "client_restriction_pkey" PRIMARY KEY ("client_id"),
        CONSTRAINT "client_restriction_reason_check" CHECK (btrim("reason") <> '' AND char_length("reason") <= 1000)
      )`);
    await queryRunner.query(
      `ALTER TABLE "client_restriction" ADD CONSTRAINT "client_restriction_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_restriction" ADD CONSTRAINT "client_restriction_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_restriction" ADD CONSTRAINT "client_restriction_restricted_by_id_fkey" FOREIGN KEY ("restricted_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`
      CREATE TABLE "emergency_access" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "client_id" uuid NOT NULL,
        "staff_user_id" uuid NOT NULL,
        "nature_of_emergency" text NOT NULL,
        "recipient_name" text,
        "recipient_affiliation" text,
        "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "request_id" text NOT NULL,
        CONSTRAINT "emergency_access_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "emergency_access_nature_check" CHECK (btrim("nature_of_emergency") <> '' AND char_length("nature_of_emergency") <= 1000),
        CONSTRAINT "emergency_access_recipient_check" CHECK (char_length("recipient_name") <= 200 AND char_length("recipient_affiliation") <= 200),
        CONSTRAINT "emergency_access_expires_at_check" CHECK ("expires_at" > "granted_at")
      )`);
    // The access policy asks "does this staff member hold a live grant for this client?" on every read.
    await queryRunner.query(`CREATE INDEX "emergency_access_staff_client_idx" ON "emergency_access" ("staff_user_id", "client_id", "expires_at")`);
    await queryRunner.query(`CREATE INDEX "emergency_access_client_idx" ON "emergency_access" ("client_id", "granted_at")`);
    await queryRunner.query(`CREATE INDEX "emergency_access_organization_idx" ON "emergency_access" ("organization_id", "granted_at")`);
    await queryRunner.query(
      `ALTER TABLE "emergency_access" ADD CONSTRAINT "emergency_access_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "emergency_access" ADD CONSTRAINT "emergency_access_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "emergency_access" ADD CONSTRAINT "emergency_access_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Append-only for the application role (created by the least-privilege migration, when present).
    await queryRunner.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carecircle_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON "emergency_access" FROM carecircle_app;
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "emergency_access"`);
    await queryRunner.query(`DROP TABLE "client_restriction"`);
  }
}
