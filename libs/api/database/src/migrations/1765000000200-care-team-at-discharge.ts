import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which care-team assignments covered their client's discharge, kept on the assignment (issue
 * "Performance at scale", deliverable 4: the access rule's SQL on an index).
 *
 * A counselor keeps the records of the clients they discharged, and a supervisor those their team
 * discharged (ClientAccessPolicy). That branch of the scope joined every assignment the staff ever
 * had to `client` and compared dates: for the supervisor of the largest team, 11,000 assignments
 * against 7,000 discharged clients, 7–10 ms of every list, chart and count they open, and growing
 * with the program's history. `at_discharge` is that comparison, made once when it can change, and a
 * partial index holds just those assignments by staff member, so the branch is an index-only scan.
 *
 * True when the client is DISCHARGED and the assignment was current on the discharge date (started
 * on or before it, not ended by it; ended_on is exclusive), exactly the policy's former join. Kept by
 * the database, whoever writes: an assignment computes its own flag when written (a bulk load too),
 * and a client whose status or discharge date changes (discharge, readmission, a corrected date)
 * recomputes its assignments'. Frozen with this migration.
 */
export class CareTeamAtDischarge1765000000200 implements MigrationInterface {
  name = 'CareTeamAtDischarge1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "care_team_assignment" ADD COLUMN "at_discharge" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE FUNCTION care_team_assignment_at_discharge() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.at_discharge := EXISTS (
          SELECT 1 FROM "client" d
           WHERE d.id = NEW.client_id AND d.status = 'DISCHARGED'
             AND NEW.started_on <= d.discharge_date AND (NEW.ended_on IS NULL OR NEW.ended_on > d.discharge_date));
        RETURN NEW;
      END $$`);
    // Every insert and update, whatever columns it names: the flag is never taken from the writer.
    await queryRunner.query(
      `CREATE TRIGGER "care_team_assignment_marks_at_discharge" BEFORE INSERT OR UPDATE ON "care_team_assignment" FOR EACH ROW EXECUTE FUNCTION care_team_assignment_at_discharge()`,
    );
    // The client's assignments (a few) are rewritten as they are, so the trigger above recomputes each from
    // the client as it now is: the rule is written once, in care_team_assignment_at_discharge.
    await queryRunner.query(`
      CREATE FUNCTION client_discharge_marks_care_team() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "care_team_assignment" SET at_discharge = at_discharge WHERE client_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "client_discharge_marks_care_team" AFTER UPDATE OF status, discharge_date ON "client" FOR EACH ROW
         WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.discharge_date IS DISTINCT FROM NEW.discharge_date)
         EXECUTE FUNCTION client_discharge_marks_care_team()`,
    );
    // The assignments on file (the BEFORE trigger computes each).
    await queryRunner.query(`UPDATE "care_team_assignment" SET at_discharge = at_discharge`);
    await queryRunner.query(
      `CREATE INDEX "care_team_assignment_staff_at_discharge_idx" ON "care_team_assignment" ("staff_user_id") INCLUDE ("client_id", "role") WHERE at_discharge`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "care_team_assignment_staff_at_discharge_idx"`);
    await queryRunner.query(`DROP TRIGGER "client_discharge_marks_care_team" ON "client"`);
    await queryRunner.query(`DROP TRIGGER "care_team_assignment_marks_at_discharge" ON "care_team_assignment"`);
    await queryRunner.query(`DROP FUNCTION client_discharge_marks_care_team()`);
    await queryRunner.query(`DROP FUNCTION care_team_assignment_at_discharge()`);
    await queryRunner.query(`ALTER TABLE "care_team_assignment" DROP COLUMN "at_discharge"`);
  }
}
