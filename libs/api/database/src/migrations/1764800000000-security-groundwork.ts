import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The privacy officer (issue "Security and privacy"): HIPAA asks a program to name one; in
 * CareCircle the permission sits beside the role, so a supervisor or an administrator can also be
 * the privacy officer. Privacy officers read who viewed a record, every break-the-glass access and
 * the accounting of disclosures.
 */
export class SecurityGroundwork1764800000000 implements MigrationInterface {
  name = 'SecurityGroundwork1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_user" ADD "is_privacy_officer" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_user" DROP COLUMN "is_privacy_officer"`);
  }
}
