import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Episodes of care (DOMAIN.md): a person may be admitted, discharged and readmitted several times,
 * each time with their own program, admission, level-of-care history, care plans and discharge.
 *
 * - `episode_of_care` holds one row per episode, numbered 1, 2, 3… per client; at most one is open
 *   (not discharged) at a time. The client row's admission, program, level of care, status and
 *   discharge columns stay, as the projection of the client's latest episode, written with it by
 *   EpisodeOfCareService in the same transaction.
 * - The backfill turns each existing client into one episode (sequence 1) from those columns, with
 *   the counselor responsible on the discharge date, and attaches every level-of-care change and
 *   care plan to it; nothing is dropped.
 * - `level_of_care_change.episode_id` and `care_plan.episode_id` are NOT NULL. A writer may name
 *   the episode; when it does not, a BEFORE INSERT trigger attaches the row to the client's latest
 *   episode, so writers that predate episodes (the care-plan lifecycle, the demo seed) keep working.
 * - A client row never exists without an episode: a deferred trigger opens episode 1 from the row
 *   at commit when nobody did (rows inserted straight into `client` by the seed or test factories).
 *   EpisodeOfCareService inserts episode 1 itself on admission, so the trigger finds it and does nothing.
 * - Care-team assignments keep no episode column: they are dated, discharge ends them and a
 *   readmission starts new ones, so an episode's team is the assignments within its dates.
 */
export class EpisodesOfCare1764500000000 implements MigrationInterface {
  name = 'EpisodesOfCare1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "episode_of_care" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "client_id" uuid NOT NULL,
      "sequence" integer NOT NULL,
      "program_id" uuid NOT NULL,
      "admission_date" date NOT NULL,
      "level_of_care" "public"."level_of_care" NOT NULL,
      "status" "public"."client_status" NOT NULL,
      "discharge_date" date,
      "discharge_reason" "public"."discharge_reason",
      "counselor_at_discharge_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "episode_of_care_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "episode_of_care_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE RESTRICT,
      CONSTRAINT "episode_of_care_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE,
      CONSTRAINT "episode_of_care_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program" ("id") ON DELETE RESTRICT,
      CONSTRAINT "episode_of_care_counselor_at_discharge_id_fkey" FOREIGN KEY ("counselor_at_discharge_id") REFERENCES "staff_user" ("id") ON DELETE RESTRICT,
      CONSTRAINT "episode_of_care_sequence_check" CHECK ("sequence" >= 1),
      CONSTRAINT "episode_of_care_discharge_date_check" CHECK ("discharge_date" >= "admission_date"),
      CONSTRAINT "episode_of_care_discharge_check" CHECK (("status" = 'DISCHARGED') = ("discharge_date" IS NOT NULL) AND ("discharge_date" IS NULL) = ("discharge_reason" IS NULL)),
      CONSTRAINT "episode_of_care_counselor_at_discharge_check" CHECK ("counselor_at_discharge_id" IS NULL OR "status" = 'DISCHARGED')
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "episode_of_care_client_id_sequence_key" ON "episode_of_care" ("client_id", "sequence")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "episode_of_care_one_open_per_client" ON "episode_of_care" ("client_id") WHERE status <> 'DISCHARGED'`);
    await queryRunner.query(`CREATE INDEX "episode_of_care_organization_discharge_idx" ON "episode_of_care" ("organization_id", "discharge_date")`);

    // One episode per existing client, from the client row; the counselor at discharge is the
    // counselor assignment that covered the discharge date (ended_on is exclusive).
    await queryRunner.query(`INSERT INTO "episode_of_care"
        ("organization_id", "client_id", "sequence", "program_id", "admission_date", "level_of_care", "status",
         "discharge_date", "discharge_reason", "counselor_at_discharge_id", "created_at", "updated_at")
      SELECT c.organization_id, c.id, 1, c.program_id, c.admission_date, c.level_of_care, c.status,
             c.discharge_date, c.discharge_reason,
             (SELECT a.staff_user_id FROM care_team_assignment a
               WHERE a.client_id = c.id AND a.role = 'COUNSELOR' AND c.discharge_date IS NOT NULL
                 AND a.started_on <= c.discharge_date AND (a.ended_on IS NULL OR a.ended_on > c.discharge_date)
               ORDER BY a.started_on DESC, a.created_at DESC LIMIT 1),
             c.created_at, c.updated_at
      FROM client c`);

    for (const table of EPISODE_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "episode_id" uuid`);
      await queryRunner.query(`UPDATE "${table}" t SET "episode_id" = e.id FROM "episode_of_care" e WHERE e.client_id = t.client_id AND e.sequence = 1`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "episode_id" SET NOT NULL`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode_of_care" ("id") ON DELETE CASCADE`,
      );
      await queryRunner.query(`CREATE INDEX "${table}_episode_id_idx" ON "${table}" ("episode_id")`);
    }

    // The latest episode of a client, opening episode 1 from the client row when it has none yet.
    await queryRunner.query(`CREATE FUNCTION "episode_of_care_current_id"(p_client_id uuid) RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE
        episode uuid;
      BEGIN
        SELECT id INTO episode FROM episode_of_care WHERE client_id = p_client_id ORDER BY sequence DESC LIMIT 1;
        IF episode IS NULL THEN
          INSERT INTO episode_of_care (organization_id, client_id, sequence, program_id, admission_date, level_of_care, status, discharge_date, discharge_reason)
          SELECT c.organization_id, c.id, 1, c.program_id, c.admission_date, c.level_of_care, c.status, c.discharge_date, c.discharge_reason
          FROM client c WHERE c.id = p_client_id
          RETURNING id INTO episode;
        END IF;
        RETURN episode;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "episode_of_care_attach_row"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.episode_id IS NULL THEN
          NEW.episode_id := episode_of_care_current_id(NEW.client_id);
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "episode_of_care_open_first"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM client WHERE id = NEW.id) THEN
          PERFORM episode_of_care_current_id(NEW.id);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of EPISODE_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_attach_episode" BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION episode_of_care_attach_row()`,
      );
    }
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "client_opens_first_episode" AFTER INSERT ON "client"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION episode_of_care_open_first()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "client_opens_first_episode" ON "client"`);
    for (const table of [...EPISODE_TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${table}_attach_episode" ON "${table}"`);
      await queryRunner.query(`DROP INDEX "${table}_episode_id_idx"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_episode_id_fkey"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "episode_id"`);
    }
    await queryRunner.query(`DROP FUNCTION "episode_of_care_open_first"()`);
    await queryRunner.query(`DROP FUNCTION "episode_of_care_attach_row"()`);
    await queryRunner.query(`DROP FUNCTION "episode_of_care_current_id"(uuid)`);
    // The client row already holds the latest episode; earlier episodes go with the table.
    await queryRunner.query(`DROP TABLE "episode_of_care"`);
  }
}

/** Rows that belong to one episode of a client. */
const EPISODE_TABLES = ['level_of_care_change', 'care_plan'] as const;
