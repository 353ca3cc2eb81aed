import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The privacy officer (issue "Security and privacy"): HIPAA asks a program to name one; in
 * CareCircle the permission sits beside the role, so a supervisor or an administrator can also be
 * the privacy officer. Privacy officers read who viewed a record, every break-the-glass access and
 * the accounting of disclosures.
 *
 * And the client an audit row is about (`audit_event.client_id`), so "who viewed this record"
 * is one indexed read of the trail rather than a join through every table that names a client.
 * Rows written before it stay null: they are found by entity, as before.
 */
export class SecurityGroundwork1764800000000 implements MigrationInterface {
  name = 'SecurityGroundwork1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_user" ADD "is_privacy_officer" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "client_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "audit_event_client_idx" ON "audit_event" ("client_id", "occurred_at") WHERE "client_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "audit_event_client_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "client_id"`);
    await queryRunner.query(`ALTER TABLE "staff_user" DROP COLUMN "is_privacy_officer"`);
  }
}
