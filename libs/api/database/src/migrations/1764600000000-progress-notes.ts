import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress notes (DOMAIN.md, "Progress notes"): one row per session note, the plan objectives it
 * addressed with a progress rating each, and addenda. Staff who need a supervisor's co-signature
 * are marked on `staff_user`. Consents can now cover progress notes.
 *
 * A signed note is locked in the database as well as in the API: triggers refuse any change to a
 * signed note's content or its objective links, and any change at all to an addendum. Co-signature
 * is the one update a signed note takes.
 */
export class ProgressNotes1764600000000 implements MigrationInterface {
  name = 'ProgressNotes1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."consent_scope" ADD VALUE IF NOT EXISTS 'PROGRESS_NOTES'`);
    await queryRunner.query(`ALTER TABLE "staff_user" ADD "requires_cosignature" boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`CREATE TYPE "public"."progress_note_format" AS ENUM('DAP', 'SOAP', 'BIRP')`);
    await queryRunner.query(`CREATE TYPE "public"."session_type" AS ENUM('INDIVIDUAL', 'GROUP', 'FAMILY', 'CASE_MANAGEMENT')`);
    await queryRunner.query(`CREATE TYPE "public"."session_attendance" AS ENUM('ATTENDED', 'NO_SHOW', 'CANCELLED_BY_CLIENT', 'CANCELLED_BY_PROGRAM')`);
    await queryRunner.query(`CREATE TYPE "public"."progress_note_status" AS ENUM('DRAFT', 'SIGNED')`);
    await queryRunner.query(`CREATE TYPE "public"."objective_progress_rating" AS ENUM('NO_PROGRESS', 'SOME_PROGRESS', 'MET', 'REGRESSED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."session_modality" AS ENUM('CBT', 'DBT', 'MI', 'FAMILY_THERAPY', 'TWELVE_STEP_FACILITATION', 'CONTINGENCY_MANAGEMENT', ` +
        `'MEDICATION_FOR_ADDICTION_TREATMENT', 'TRAUMA_INFORMED', 'PEER_RECOVERY_SUPPORT', 'RELAPSE_PREVENTION', 'OTHER')`,
    );

    await queryRunner.query(`
      CREATE TABLE "progress_note" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "client_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "format" "public"."progress_note_format" NOT NULL,
        "session_type" "public"."session_type" NOT NULL,
        "session_date" date NOT NULL,
        "start_time" time,
        "duration_minutes" integer,
        "attendance" "public"."session_attendance" NOT NULL,
        "modality" "public"."session_modality",
        "sections" jsonb NOT NULL DEFAULT '{}',
        "status" "public"."progress_note_status" NOT NULL DEFAULT 'DRAFT',
        "signed_at" TIMESTAMP WITH TIME ZONE,
        "cosignature_required" boolean NOT NULL DEFAULT false,
        "cosigned_at" TIMESTAMP WITH TIME ZONE,
        "cosigned_by_id" uuid,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_by_id" uuid,
        CONSTRAINT "progress_note_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "progress_note_duration_minutes_check" CHECK ("duration_minutes" IS NULL OR "duration_minutes" BETWEEN 1 AND 600),
        CONSTRAINT "progress_note_sections_check" CHECK (jsonb_typeof("sections") = 'object'),
        CONSTRAINT "progress_note_signed_check" CHECK (("status" = 'SIGNED') = ("signed_at" IS NOT NULL)),
        CONSTRAINT "progress_note_cosigned_check" CHECK (("cosigned_at" IS NULL) = ("cosigned_by_id" IS NULL) AND ("cosigned_at" IS NULL OR ("status" = 'SIGNED' AND "cosignature_required"))),
        CONSTRAINT "progress_note_cosigner_check" CHECK ("cosigned_by_id" <> "author_id"),
        CONSTRAINT "progress_note_version_check" CHECK ("version" >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX "progress_note_client_session_idx" ON "progress_note" ("client_id", "session_date")`);
    await queryRunner.query(`CREATE INDEX "progress_note_author_idx" ON "progress_note" ("author_id", "status")`);
    await queryRunner.query(
      `CREATE INDEX "progress_note_awaiting_cosignature_idx" ON "progress_note" ("organization_id") WHERE "cosignature_required" AND "cosigned_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "progress_note_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "progress_note_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "progress_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "progress_note_cosigned_by_id_fkey" FOREIGN KEY ("cosigned_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "progress_note_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`
      CREATE TABLE "progress_note_objective" (
        "note_id" uuid NOT NULL,
        "objective_id" text NOT NULL,
        "care_plan_id" uuid NOT NULL,
        "objective_description" text NOT NULL,
        "progress" "public"."objective_progress_rating" NOT NULL,
        "interventions" jsonb NOT NULL DEFAULT '[]',
        "position" integer NOT NULL,
        CONSTRAINT "progress_note_objective_pkey" PRIMARY KEY ("note_id", "objective_id"),
        CONSTRAINT "progress_note_objective_interventions_check" CHECK (jsonb_typeof("interventions") = 'array')
      )`);
    await queryRunner.query(`CREATE INDEX "progress_note_objective_objective_idx" ON "progress_note_objective" ("objective_id")`);
    await queryRunner.query(`CREATE INDEX "progress_note_objective_care_plan_idx" ON "progress_note_objective" ("care_plan_id")`);
    await queryRunner.query(
      `ALTER TABLE "progress_note_objective" ADD CONSTRAINT "progress_note_objective_note_id_fkey" FOREIGN KEY ("note_id") REFERENCES "progress_note"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      // Checked at commit, not RESTRICT: deleting a client cascades to its plans before its notes,
      // so an immediate check would refuse it; a plan that a note cites still cannot go on its own.
      `ALTER TABLE "progress_note_objective" ADD CONSTRAINT "progress_note_objective_care_plan_id_fkey" FOREIGN KEY ("care_plan_id") REFERENCES "care_plan"("id") ` +
        `ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );

    await queryRunner.query(`
      CREATE TABLE "progress_note_addendum" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "note_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "body" text NOT NULL,
        "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "progress_note_addendum_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "progress_note_addendum_body_check" CHECK (btrim("body") <> '')
      )`);
    await queryRunner.query(`CREATE INDEX "progress_note_addendum_note_idx" ON "progress_note_addendum" ("note_id", "signed_at")`);
    await queryRunner.query(
      `ALTER TABLE "progress_note_addendum" ADD CONSTRAINT "progress_note_addendum_note_id_fkey" FOREIGN KEY ("note_id") REFERENCES "progress_note"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note_addendum" ADD CONSTRAINT "progress_note_addendum_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // The lock. Deleting a client (CASCADE) is the one way a signed note goes; pg_trigger_depth()
    // tells that cascade from a direct DELETE.
    await queryRunner.query(`
      CREATE FUNCTION "progress_note_signed_is_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD."status" = 'SIGNED' AND pg_trigger_depth() = 1 THEN
            RAISE EXCEPTION 'progress note % is signed: it cannot be deleted', OLD."id" USING ERRCODE = 'check_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD."status" = 'SIGNED' AND (
          NEW."status" <> OLD."status" OR NEW."organization_id" <> OLD."organization_id" OR NEW."client_id" <> OLD."client_id" OR NEW."author_id" <> OLD."author_id"
          OR NEW."format" <> OLD."format" OR NEW."session_type" <> OLD."session_type" OR NEW."session_date" <> OLD."session_date"
          OR NEW."start_time" IS DISTINCT FROM OLD."start_time" OR NEW."duration_minutes" IS DISTINCT FROM OLD."duration_minutes"
          OR NEW."attendance" <> OLD."attendance" OR NEW."modality" IS DISTINCT FROM OLD."modality" OR NEW."sections" <> OLD."sections"
          OR NEW."signed_at" <> OLD."signed_at" OR NEW."cosignature_required" <> OLD."cosignature_required"
          OR (OLD."cosigned_at" IS NOT NULL AND (NEW."cosigned_at" IS DISTINCT FROM OLD."cosigned_at" OR NEW."cosigned_by_id" IS DISTINCT FROM OLD."cosigned_by_id"))
        ) THEN
          RAISE EXCEPTION 'progress note % is signed: only an addendum can be added', OLD."id" USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "progress_note_signed_is_locked_trigger" BEFORE UPDATE OR DELETE ON "progress_note" FOR EACH ROW EXECUTE FUNCTION "progress_note_signed_is_locked"()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "progress_note_objective_signed_is_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        note_id uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."note_id" ELSE NEW."note_id" END;
      BEGIN
        IF pg_trigger_depth() = 1 AND EXISTS (SELECT 1 FROM "progress_note" n WHERE n."id" = note_id AND n."status" = 'SIGNED') THEN
          RAISE EXCEPTION 'progress note % is signed: the objectives it addressed cannot change', note_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "progress_note_objective_signed_is_locked_trigger" BEFORE INSERT OR UPDATE OR DELETE ON "progress_note_objective" FOR EACH ROW EXECUTE FUNCTION "progress_note_objective_signed_is_locked"()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "progress_note_addendum_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NOT EXISTS (SELECT 1 FROM "progress_note" n WHERE n."id" = NEW."note_id" AND n."status" = 'SIGNED') THEN
            RAISE EXCEPTION 'an addendum is added to a signed progress note only' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'a progress note addendum is signed: it cannot be changed or deleted' USING ERRCODE = 'check_violation';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "progress_note_addendum_is_append_only_trigger" BEFORE INSERT OR UPDATE OR DELETE ON "progress_note_addendum" FOR EACH ROW EXECUTE FUNCTION "progress_note_addendum_is_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "progress_note_addendum"`);
    await queryRunner.query(`DROP TABLE "progress_note_objective"`);
    await queryRunner.query(`DROP TABLE "progress_note"`);
    await queryRunner.query(`DROP FUNCTION "progress_note_addendum_is_append_only"()`);
    await queryRunner.query(`DROP FUNCTION "progress_note_objective_signed_is_locked"()`);
    await queryRunner.query(`DROP FUNCTION "progress_note_signed_is_locked"()`);
    for (const type of ['session_modality', 'objective_progress_rating', 'progress_note_status', 'session_attendance', 'session_type', 'progress_note_format']) {
      await queryRunner.query(`DROP TYPE "public"."${type}"`);
    }
    await queryRunner.query(`ALTER TABLE "staff_user" DROP COLUMN "requires_cosignature"`);
    // A value cannot be dropped from an enum; PROGRESS_NOTES stays in consent_scope, unused.
  }
}
