import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Automatic sign-out after inactivity (issue "Security and privacy"; HIPAA's automatic logoff): how many
 * minutes without activity end a session, per organization; 15 by default, between 5 and 60.
 */
export class InactivitySignOut1764800000300 implements MigrationInterface {
  name = 'InactivitySignOut1764800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "inactivity_sign_out_minutes" smallint NOT NULL DEFAULT 15`);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "organization_inactivity_sign_out_minutes_check" CHECK ("inactivity_sign_out_minutes" BETWEEN 5 AND 60)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "organization_inactivity_sign_out_minutes_check"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "inactivity_sign_out_minutes"`);
  }
}
