import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the access rule and the dashboards at scale (issue "Performance at scale",
 * deliverable 4), checked with EXPLAIN ANALYZE on 10,000 clients and 1,000,000 check-ins.
 *
 * - `care_team_assignment_staff_current_idx` replaces `care_team_assignment_staff_idx` (staff_user_id,
 *   role): the access rule starts from the caller's (and their team's) assignments, and this covers
 *   what it reads, so each staff member costs one index-only range scan; `ended_on` second puts an
 *   assignment's current rows (open, or ending after today: `ended_on` is exclusive and may lie in
 *   the future) together, whatever the length of the history. Queries by (staff_user_id, role) use it too.
 * - `check_in_client_time_covering_idx` replaces `check_in_client_time_idx` (same key): weekly trends
 *   read each client's check-ins over a plain `occurred_at` range (the organization's day boundaries
 *   as instants) with the columns they average, in an index-only scan instead of filtering every
 *   check-in on a computed date. The latest check-ins of a client (risk flags, caseload) use the same key.
 */
export class PerformanceIndexes1764900000100 implements MigrationInterface {
  name = 'PerformanceIndexes1764900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "care_team_assignment_staff_current_idx" ON "care_team_assignment" ("staff_user_id", "ended_on") INCLUDE ("client_id", "role", "started_on")`,
    );
    await queryRunner.query(`DROP INDEX "care_team_assignment_staff_idx"`);
    await queryRunner.query(
      `CREATE INDEX "check_in_client_time_covering_idx" ON "check_in" ("client_id", "occurred_at") INCLUDE ("craving", "mood", "used_substances", "attended_meeting")`,
    );
    await queryRunner.query(`DROP INDEX "check_in_client_time_idx"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "check_in_client_time_idx" ON "check_in" ("client_id", "occurred_at")`);
    await queryRunner.query(`DROP INDEX "check_in_client_time_covering_idx"`);
    await queryRunner.query(`CREATE INDEX "care_team_assignment_staff_idx" ON "care_team_assignment" ("staff_user_id", "role")`);
    await queryRunner.query(`DROP INDEX "care_team_assignment_staff_current_idx"`);
  }
}
