import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring: check-ins with each client's expected schedule, peer contacts, standardized measure
 * administrations, counselor-confirmed recovery-start resets and per-program risk thresholds.
 */
export class Monitoring1764200000000 implements MigrationInterface {
  name = 'Monitoring1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recovery_start_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "previous_start_date" date, "new_start_date" date NOT NULL, "reason" text NOT NULL, "confirmed_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_227421b2e82608d6a13a61bb7ee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "recovery_start_reset_client_idx" ON "recovery_start_reset" ("client_id")`);
    await queryRunner.query(`CREATE TYPE "public"."check_in_channel" AS ENUM('IN_PERSON', 'PHONE', 'TEXT', 'APP')`);
    await queryRunner.query(`CREATE TYPE "public"."mutual_aid_meeting_kind" AS ENUM('AA', 'NA', 'SMART_RECOVERY', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."check_in_trigger" AS ENUM('STRESS', 'CONFLICT', 'PEOPLE', 'PLACES', 'BOREDOM', 'LONELINESS', 'PAIN', 'CELEBRATION', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "channel" "public"."check_in_channel" NOT NULL, "craving" smallint, "mood" smallint, "used_substances" boolean NOT NULL, "substances" text array NOT NULL DEFAULT '{}', "attended_meeting" boolean NOT NULL DEFAULT false, "meeting_kind" "public"."mutual_aid_meeting_kind", "triggers" "public"."check_in_trigger" array NOT NULL DEFAULT '{}', "confidence" smallint, "note" text, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c026e16735aea10812a3888d6c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "check_in_org_time_idx" ON "check_in" ("organization_id", "occurred_at")`);
    await queryRunner.query(`CREATE INDEX "check_in_client_time_idx" ON "check_in" ("client_id", "occurred_at")`);
    await queryRunner.query(`CREATE TYPE "public"."peer_contact_mode" AS ENUM('IN_PERSON', 'PHONE', 'TEXT', 'VIDEO')`);
    await queryRunner.query(`CREATE TYPE "public"."support_type" AS ENUM('EMOTIONAL', 'INFORMATIONAL', 'INSTRUMENTAL', 'AFFILIATIONAL')`);
    await queryRunner.query(`CREATE TYPE "public"."practical_help" AS ENUM('TRANSPORTATION', 'HOUSING', 'EMPLOYMENT', 'FOOD', 'ERRANDS', 'BENEFITS', 'MEETING_ACCOMPANIMENT')`);
    await queryRunner.query(`CREATE TABLE "peer_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "peer_worker_id" uuid NOT NULL, "occurred_on" date NOT NULL, "duration_minutes" smallint NOT NULL, "mode" "public"."peer_contact_mode" NOT NULL, "support_types" "public"."support_type" array NOT NULL DEFAULT '{}', "practical_help" "public"."practical_help" array NOT NULL DEFAULT '{}', "note" text, "next_follow_up_on" date, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6dfe6e26d428947f477edd0fe4b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "peer_contact_worker_follow_up_idx" ON "peer_contact" ("peer_worker_id", "next_follow_up_on")`);
    await queryRunner.query(`CREATE INDEX "peer_contact_client_idx" ON "peer_contact" ("client_id", "occurred_on")`);
    await queryRunner.query(`CREATE TYPE "public"."measure_instrument" AS ENUM('PHQ_9', 'GAD_7', 'BARC_10', 'BAM')`);
    await queryRunner.query(`CREATE TABLE "measure_administration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "instrument" "public"."measure_instrument" NOT NULL, "instrument_version" text NOT NULL, "administered_on" date NOT NULL, "answers" smallint array NOT NULL, "substances_named" text array NOT NULL DEFAULT '{}', "total" smallint, "band" text, "subscores" jsonb NOT NULL DEFAULT '{}', "alerts" text array NOT NULL DEFAULT '{}', "administered_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56f8338d25777f43d159adcbced" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "measure_administration_client_idx" ON "measure_administration" ("client_id", "instrument", "administered_on")`);
    await queryRunner.query(`ALTER TABLE "program" ADD "risk_thresholds" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE TYPE "public"."check_in_schedule" AS ENUM('DAILY', 'SEVERAL_PER_WEEK', 'WEEKLY')`);
    await queryRunner.query(`ALTER TABLE "client" ADD "check_in_schedule" "public"."check_in_schedule" NOT NULL DEFAULT 'WEEKLY'`);
    await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_81032bc8217c0fc8327a24e72cd" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "check_in" ADD CONSTRAINT "FK_dcdf0001e21ce1e94a416d83953" FOREIGN KEY ("recorded_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "peer_contact" ADD CONSTRAINT "FK_a13e216daa7042a7228ece58583" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "peer_contact" ADD CONSTRAINT "FK_9e1ba73747c758fe62e1e9d7a1d" FOREIGN KEY ("peer_worker_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_administration" ADD CONSTRAINT "FK_fb8aeaa45cbce9a212f45771d34" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_administration" ADD CONSTRAINT "FK_aac80717c12c701ea8f95e7608d" FOREIGN KEY ("administered_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "measure_administration"`);
    await queryRunner.query(`DROP TABLE "peer_contact"`);
    await queryRunner.query(`DROP TABLE "check_in"`);
    await queryRunner.query(`DROP TABLE "recovery_start_reset"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "check_in_schedule"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "risk_thresholds"`);
    for (const type of ['check_in_schedule', 'measure_instrument', 'practical_help', 'support_type', 'peer_contact_mode', 'check_in_trigger', 'mutual_aid_meeting_kind', 'check_in_channel']) {
      await queryRunner.query(`DROP TYPE "public"."${type}"`);
    }
  }
}
