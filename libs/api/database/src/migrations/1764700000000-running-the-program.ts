import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running a program without SQL (issue "Running the program"): the organization's time zone (day
 * boundaries of check-ins and charts), a program's default check-in schedule and co-signature
 * default, when each staff member last signed in, and which programs each staff member works in
 * (a peer worker is assigned only to clients of their programs), and the moment before which a
 * staff member's sessions no longer count (deactivation and a password reset end them all, and a
 * later reactivation must not bring them back).
 *
 * Existing staff are placed in every program of their organization, which is what the app assumed
 * before programs were staffed explicitly.
 */
export class RunningTheProgram1764700000000 implements MigrationInterface {
  name = 'RunningTheProgram1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "organization_time_zone_check" CHECK (btrim("time_zone") <> '')`);
    await queryRunner.query(`ALTER TABLE "program" ADD "default_check_in_schedule" "public"."check_in_schedule" NOT NULL DEFAULT 'WEEKLY'`);
    await queryRunner.query(`ALTER TABLE "program" ADD "notes_require_cosignature" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "staff_user" ADD "last_signed_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "staff_user" ADD "sessions_valid_from" TIMESTAMP WITH TIME ZONE`);

    await queryRunner.query(`
      CREATE TABLE "staff_program" (
        "staff_user_id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "staff_program_pkey" PRIMARY KEY ("staff_user_id", "program_id")
      )`);
    await queryRunner.query(`CREATE INDEX "staff_program_program_idx" ON "staff_program" ("program_id")`);
    await queryRunner.query(
      `ALTER TABLE "staff_program" ADD CONSTRAINT "staff_program_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_program" ADD CONSTRAINT "staff_program_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_program" ADD CONSTRAINT "staff_program_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      INSERT INTO "staff_program" ("staff_user_id", "program_id", "organization_id")
      SELECT s.id, p.id, s.organization_id FROM "staff_user" s JOIN "program" p ON p.organization_id = s.organization_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "staff_program"`);
    await queryRunner.query(`ALTER TABLE "staff_user" DROP COLUMN "sessions_valid_from"`);
    await queryRunner.query(`ALTER TABLE "staff_user" DROP COLUMN "last_signed_in_at"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "notes_require_cosignature"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "default_check_in_schedule"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "organization_time_zone_check"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "time_zone"`);
  }
}
