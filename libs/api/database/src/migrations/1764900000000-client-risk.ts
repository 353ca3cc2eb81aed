import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk flags stored, not recomputed per page (issue "Performance at scale", deliverable 3).
 *
 * `client_risk` holds each client's flags as the pure rules (shared/domain `riskFlags`) computed them,
 * before any role or consent filtering, with the highest severity as a rank the caseload sorts and
 * filters by in SQL (0 none, 1 INFO, 2 WARNING, 3 URGENT). The API computes the flags; the database
 * only keeps `stale` honest. Triggers owned by this migration give every new client a stale row and
 * mark a client's row stale whenever one of the rules' inputs changes, whoever writes: the app, the
 * test factory, the demo seed or a bulk SQL load. The API refreshes stale rows: the write path in
 * the mutation's own transaction, a list or count before it reads, and a scheduled job once a day
 * for the flags that age with time (days since a check-in, a review falling overdue).
 *
 * The triggers are statement-level with transition tables, so a bulk insert of a million check-ins
 * marks each client once per statement, not once per row. Every one also sets the transaction-local
 * `carecircle.client_risk_marked`, so the write path asks for the rows it made stale only when it
 * made some. They run as whoever writes: the app role may update `client_risk` (default privileges),
 * so they need no SECURITY DEFINER.
 */
export class ClientRisk1764900000000 implements MigrationInterface {
  name = 'ClientRisk1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "client_risk" (
        "client_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "flags" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "highest_severity_rank" smallint NOT NULL DEFAULT 0,
        "flag_count" smallint NOT NULL DEFAULT 0,
        "stale" boolean NOT NULL DEFAULT true,
        "refreshed_on" date,
        "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "client_risk_pkey" PRIMARY KEY ("client_id"),
        CONSTRAINT "client_risk_highest_severity_rank_check" CHECK ("highest_severity_rank" BETWEEN 0 AND 3),
        CONSTRAINT "client_risk_flag_count_check" CHECK ("flag_count" >= 0)
      )`);
    await queryRunner.query(
      `ALTER TABLE "client_risk" ADD CONSTRAINT "client_risk_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_risk" ADD CONSTRAINT "client_risk_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The caseload sorts and filters by risk across an organization.
    await queryRunner.query(`CREATE INDEX "client_risk_organization_rank_idx" ON "client_risk" ("organization_id", "highest_severity_rank" DESC)`);
    // "Is anything of this organization stale, or last refreshed before today?" is asked before every
    // list and count: two small index probes (BitmapOr), cheap when the answer is no.
    await queryRunner.query(`CREATE INDEX "client_risk_stale_idx" ON "client_risk" ("organization_id") WHERE "stale"`);
    await queryRunner.query(`CREATE INDEX "client_risk_refreshed_on_idx" ON "client_risk" ("organization_id", "refreshed_on")`);

    // --- Triggers -------------------------------------------------------------------------------
    // Rows of a table with client_id added or removed: their clients' flags may change.
    await queryRunner.query(`
      CREATE FUNCTION client_risk_stale_for_added_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "client_risk" SET "stale" = true WHERE "client_id" IN (SELECT DISTINCT "client_id" FROM added);
        IF FOUND THEN PERFORM set_config('${MARKED_SETTING}', 'on', true); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION client_risk_stale_for_removed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "client_risk" SET "stale" = true WHERE "client_id" IN (SELECT DISTINCT "client_id" FROM removed);
        IF FOUND THEN PERFORM set_config('${MARKED_SETTING}', 'on', true); END IF;
        RETURN NULL;
      END $$`);
    for (const { table, columns } of RISK_INPUT_TABLES) {
      await queryRunner.query(`
        CREATE FUNCTION ${updateFunction(table)}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- Only a change to what the rules read counts: a progress note's autosave does not.
          UPDATE "client_risk" SET "stale" = true
           WHERE "client_id" IN (
             SELECT unnest(ARRAY[o."client_id", n."client_id"]) FROM before_rows o JOIN after_rows n ON n."id" = o."id"
              WHERE (${[...columns, 'client_id'].map((c) => `o."${c}"`).join(', ')}) IS DISTINCT FROM (${[...columns, 'client_id']
                .map((c) => `n."${c}"`)
                .join(', ')}));
          IF FOUND THEN PERFORM set_config('${MARKED_SETTING}', 'on', true); END IF;
          RETURN NULL;
        END $$`);
      await queryRunner.query(
        `CREATE TRIGGER "${table}_marks_client_risk_stale_on_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION client_risk_stale_for_added_rows()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_marks_client_risk_stale_on_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION ${updateFunction(table)}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_marks_client_risk_stale_on_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION client_risk_stale_for_removed_rows()`,
      );
    }

    // A new client gets a stale row (removing a client removes its row through the foreign key).
    await queryRunner.query(`
      CREATE FUNCTION client_risk_for_new_clients() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "client_risk" ("client_id", "organization_id") SELECT "id", "organization_id" FROM added
        ON CONFLICT ("client_id") DO UPDATE SET "stale" = true;
        PERFORM set_config('${MARKED_SETTING}', 'on', true);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION client_risk_stale_for_changed_clients() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "client_risk" r SET "stale" = true, "organization_id" = n."organization_id"
          FROM before_rows o JOIN after_rows n ON n."id" = o."id"
         WHERE r."client_id" = n."id"
           AND (o."status", o."admission_date", o."program_id", o."organization_id")
               IS DISTINCT FROM (n."status", n."admission_date", n."program_id", n."organization_id");
        IF FOUND THEN PERFORM set_config('${MARKED_SETTING}', 'on', true); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "client_gets_client_risk" AFTER INSERT ON "client" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION client_risk_for_new_clients()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "client_marks_client_risk_stale_on_update" AFTER UPDATE ON "client" REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION client_risk_stale_for_changed_clients()`,
    );

    // A program's thresholds apply to all of its clients.
    await queryRunner.query(`
      CREATE FUNCTION client_risk_stale_for_program_thresholds() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "client_risk" r SET "stale" = true
          FROM before_rows o JOIN after_rows n ON n."id" = o."id"
          JOIN "client" c ON c."organization_id" = n."organization_id" AND c."program_id" = n."id"
         WHERE r."client_id" = c."id" AND o."risk_thresholds" IS DISTINCT FROM n."risk_thresholds";
        IF FOUND THEN PERFORM set_config('${MARKED_SETTING}', 'on', true); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "program_marks_client_risk_stale_on_update" AFTER UPDATE ON "program" REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION client_risk_stale_for_program_thresholds()`,
    );

    // Clients already on file start stale; the first read (or the scheduled refresh) computes them.
    await queryRunner.query(`INSERT INTO "client_risk" ("client_id", "organization_id") SELECT "id", "organization_id" FROM "client"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "program_marks_client_risk_stale_on_update" ON "program"`);
    await queryRunner.query(`DROP TRIGGER "client_marks_client_risk_stale_on_update" ON "client"`);
    await queryRunner.query(`DROP TRIGGER "client_gets_client_risk" ON "client"`);
    for (const { table } of RISK_INPUT_TABLES) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "${table}_marks_client_risk_stale_on_${event}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION ${updateFunction(table)}()`);
    }
    await queryRunner.query(`DROP FUNCTION client_risk_stale_for_program_thresholds()`);
    await queryRunner.query(`DROP FUNCTION client_risk_stale_for_changed_clients()`);
    await queryRunner.query(`DROP FUNCTION client_risk_for_new_clients()`);
    await queryRunner.query(`DROP FUNCTION client_risk_stale_for_removed_rows()`);
    await queryRunner.query(`DROP FUNCTION client_risk_stale_for_added_rows()`);
    await queryRunner.query(`DROP TABLE "client_risk"`);
  }
}

/** Set (transaction-local) by every trigger that marked a row stale; the write path reads it. Frozen with this migration. */
const MARKED_SETTING = 'carecircle.client_risk_marked';

/**
 * The tables the risk rules read (RiskFlagsService.inputsFor), each with the columns whose change
 * can change a flag. Every one has `id` and `client_id`.
 */
const RISK_INPUT_TABLES: ReadonlyArray<{ table: string; columns: readonly string[] }> = [
  { table: 'check_in', columns: ['occurred_at', 'craving', 'used_substances'] },
  { table: 'measure_administration', columns: ['instrument', 'administered_on', 'answers', 'created_at'] },
  { table: 'care_plan', columns: ['status', 'review_due_on'] },
  { table: 'care_team_assignment', columns: ['role', 'started_on', 'ended_on'] },
  { table: 'peer_contact', columns: ['occurred_on', 'withdrawn_at'] },
  { table: 'support_network_member', columns: ['stance', 'removed_at'] },
  { table: 'progress_note', columns: ['attendance', 'status', 'session_date'] },
];

const updateFunction = (table: string) => `client_risk_stale_for_changed_${table}`;
