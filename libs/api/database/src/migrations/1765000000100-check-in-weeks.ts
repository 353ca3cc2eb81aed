import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-ins rolled up per client and week, for the weekly trends (issue "Performance at scale",
 * deliverable 4: "a weekly roll-up kept current").
 *
 * Over a year, a supervisor's trends read ~275,000 check-ins from the covering index, ~115 ms of a
 * ~135 ms answer. Here each client's check-ins of one week of their organization (Monday to Sunday
 * in its time zone, the weeks the trends chart) are one row of counts and sums, so a week wholly in
 * a client's range is one row; only the partial weeks at a range's ends read check-ins themselves.
 * Sums and counts, not means: a mean of weeks is not the mean of their check-ins.
 *
 * Kept by the database, whoever writes (the app, the test factory, the demo seed, a bulk SQL load):
 * statement-level triggers with transition tables add and subtract a statement's check-ins grouped
 * per client and week, so a bulk insert costs one upsert per client-week, not one per row. An
 * organization's new time zone moves every local week, so its clients' rows are rebuilt in the
 * same statement's transaction. Rows whose count falls to zero are deleted. Removing a client
 * removes its rows through the foreign key. They run as whoever writes: the app role has the same
 * rights on this table as on every other (default privileges), so no SECURITY DEFINER.
 */
export class CheckInWeeks1765000000100 implements MigrationInterface {
  name = 'CheckInWeeks1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "check_in_week" (
        "client_id" uuid NOT NULL,
        "week_start" date NOT NULL,
        "check_ins" integer NOT NULL,
        "craving_sum" integer NOT NULL,
        "craving_count" integer NOT NULL,
        "mood_sum" integer NOT NULL,
        "mood_count" integer NOT NULL,
        "used_substances_count" integer NOT NULL,
        "attended_meeting_count" integer NOT NULL,
        -- Covering: the trends read a client's weeks index-only (~80,000 rows for a large team).
        CONSTRAINT "check_in_week_pkey" PRIMARY KEY ("client_id", "week_start")
          INCLUDE ("check_ins", "craving_sum", "craving_count", "mood_sum", "mood_count", "used_substances_count", "attended_meeting_count"),
        CONSTRAINT "check_in_week_week_start_check" CHECK (extract(isodow FROM "week_start") = 1),
        -- Zero only between a trigger's two statements (it deletes emptied weeks); never negative.
        CONSTRAINT "check_in_week_counts_check" CHECK (
          "check_ins" >= 0 AND "craving_count" BETWEEN 0 AND "check_ins" AND "mood_count" BETWEEN 0 AND "check_ins"
          AND "used_substances_count" BETWEEN 0 AND "check_ins" AND "attended_meeting_count" BETWEEN 0 AND "check_ins")
      )`);
    await queryRunner.query(
      `ALTER TABLE "check_in_week" ADD CONSTRAINT "check_in_week_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`
      CREATE FUNCTION check_in_week_for_added_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${applyChanges(`SELECT 1 AS sign, a.* FROM added a`)}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION check_in_week_for_removed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${applyChanges(`SELECT -1 AS sign, r.* FROM removed r`)}
        DELETE FROM "check_in_week" WHERE "check_ins" = 0 AND "client_id" IN (SELECT "client_id" FROM removed);
        RETURN NULL;
      END $$`);
    // A note's edit does not move a check-in: only rows whose counted columns changed are applied.
    const counted = ['client_id', 'organization_id', 'occurred_at', 'craving', 'mood', 'used_substances', 'attended_meeting'];
    await queryRunner.query(`
      CREATE FUNCTION check_in_week_for_changed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${applyChanges(
          `SELECT v.* FROM before_rows o JOIN after_rows n ON n."id" = o."id"
             CROSS JOIN LATERAL (VALUES (-1, ${counted.map((c) => `o."${c}"`).join(', ')}), (1, ${counted.map((c) => `n."${c}"`).join(', ')}))
                  AS v(sign, ${counted.map((c) => `"${c}"`).join(', ')})
            WHERE (${counted.map((c) => `o."${c}"`).join(', ')}) IS DISTINCT FROM (${counted.map((c) => `n."${c}"`).join(', ')})`,
        )}
        DELETE FROM "check_in_week" WHERE "check_ins" = 0 AND "client_id" IN (SELECT "client_id" FROM before_rows);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "check_in_counts_in_its_week_on_insert" AFTER INSERT ON "check_in" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION check_in_week_for_added_rows()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "check_in_counts_in_its_week_on_update" AFTER UPDATE ON "check_in" REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION check_in_week_for_changed_rows()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "check_in_counts_in_its_week_on_delete" AFTER DELETE ON "check_in" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION check_in_week_for_removed_rows()`,
    );

    // A new time zone moves every local week of the organization: rebuild its clients' weeks.
    await queryRunner.query(`
      CREATE FUNCTION check_in_week_for_new_time_zone() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM "check_in_week" w USING "client" c
         WHERE w."client_id" = c."id"
           AND c."organization_id" IN (SELECT n."id" FROM before_rows o JOIN after_rows n ON n."id" = o."id" WHERE o."time_zone" IS DISTINCT FROM n."time_zone");
        ${applyChanges(
          `SELECT 1 AS sign, ci.* FROM "check_in" ci
            WHERE ci."organization_id" IN (SELECT n."id" FROM before_rows o JOIN after_rows n ON n."id" = o."id" WHERE o."time_zone" IS DISTINCT FROM n."time_zone")`,
        )}
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "organization_time_zone_moves_check_in_weeks" AFTER UPDATE ON "organization" REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION check_in_week_for_new_time_zone()`,
    );

    // The check-ins already on file.
    await queryRunner.query(applyChanges(`SELECT 1 AS sign, ci.* FROM "check_in" ci`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "organization_time_zone_moves_check_in_weeks" ON "organization"`);
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "check_in_counts_in_its_week_on_${event}" ON "check_in"`);
    await queryRunner.query(`DROP FUNCTION check_in_week_for_new_time_zone()`);
    await queryRunner.query(`DROP FUNCTION check_in_week_for_changed_rows()`);
    await queryRunner.query(`DROP FUNCTION check_in_week_for_removed_rows()`);
    await queryRunner.query(`DROP FUNCTION check_in_week_for_added_rows()`);
    await queryRunner.query(`DROP TABLE "check_in_week"`);
  }
}

/**
 * Adds each row of `changes` (check_in's columns and a `sign`, 1 to add and -1 to take away) to its
 * client's week in its organization's time zone, as one change per client-week. Weeks on file are
 * updated; new weeks are inserted (ON CONFLICT for a week another transaction has just added). Not
 * one upsert for both: PostgreSQL checks an upsert's proposed row against the CHECK constraints
 * before it finds the conflict, so a week losing a check-in would be refused as a negative count.
 * Frozen with this migration.
 */
function applyChanges(changes: string): string {
  const counts = ['check_ins', 'craving_sum', 'craving_count', 'mood_sum', 'mood_count', 'used_substances_count', 'attended_meeting_count'];
  return `WITH week_changes AS (
          SELECT ch."client_id", date_trunc('week', ch."occurred_at" AT TIME ZONE o."time_zone")::date AS "week_start",
                 sum(ch.sign)::int AS "check_ins",
                 COALESCE(sum(ch.sign * ch."craving"), 0)::int AS "craving_sum",
                 COALESCE(sum(ch.sign) FILTER (WHERE ch."craving" IS NOT NULL), 0)::int AS "craving_count",
                 COALESCE(sum(ch.sign * ch."mood"), 0)::int AS "mood_sum",
                 COALESCE(sum(ch.sign) FILTER (WHERE ch."mood" IS NOT NULL), 0)::int AS "mood_count",
                 COALESCE(sum(ch.sign) FILTER (WHERE ch."used_substances"), 0)::int AS "used_substances_count",
                 COALESCE(sum(ch.sign) FILTER (WHERE ch."attended_meeting"), 0)::int AS "attended_meeting_count"
            FROM (${changes}) ch
            JOIN "organization" o ON o."id" = ch."organization_id"
           GROUP BY 1, 2
        ),
        updated AS (
          UPDATE "check_in_week" w SET ${counts.map((c) => `"${c}" = w."${c}" + d."${c}"`).join(', ')}
            FROM week_changes d
           WHERE w."client_id" = d."client_id" AND w."week_start" = d."week_start"
          RETURNING w."client_id", w."week_start"
        )
        INSERT INTO "check_in_week" AS w ("client_id", "week_start", ${counts.map((c) => `"${c}"`).join(', ')})
        SELECT d.* FROM week_changes d
         WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u."client_id" = d."client_id" AND u."week_start" = d."week_start")
         ORDER BY 1, 2
        ON CONFLICT ("client_id", "week_start") DO UPDATE SET ${counts.map((c) => `"${c}" = w."${c}" + excluded."${c}"`).join(', ')};`;
}
