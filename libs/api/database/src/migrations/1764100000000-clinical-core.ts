import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clinical core: care plans (versioned documents), diagnoses, level-of-care history, the support
 * network, family engagement and 42 CFR Part 2 consents.
 */
export class ClinicalCore1764100000000 implements MigrationInterface {
  name = 'ClinicalCore1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "level_of_care_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "from_level" "public"."level_of_care", "to_level" "public"."level_of_care" NOT NULL, "effective_on" date NOT NULL, "reason" text, "changed_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50da6cc508ffd4854f47414b576" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "level_of_care_change_client_idx" ON "level_of_care_change" ("client_id", "effective_on")`);
    await queryRunner.query(`CREATE TYPE "public"."care_plan_status" AS ENUM('DRAFT', 'PENDING_REVIEW', 'ACTIVE', 'SUPERSEDED')`);
    await queryRunner.query(`CREATE TABLE "care_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "plan_version" integer NOT NULL, "status" "public"."care_plan_status" NOT NULL, "content" jsonb NOT NULL, "based_on_plan_id" uuid, "created_by_id" uuid NOT NULL, "updated_by_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE, "signed_by_id" uuid, "sign_off_comment" text, "returned_at" TIMESTAMP WITH TIME ZONE, "returned_by_id" uuid, "return_comment" text, "review_due_on" date, "superseded_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf5bdacdd1e59009093b86399a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "care_plan_one_active_per_client" ON "care_plan" ("client_id") WHERE status = 'ACTIVE'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "care_plan_one_open_per_client" ON "care_plan" ("client_id") WHERE status IN ('DRAFT', 'PENDING_REVIEW')`);
    await queryRunner.query(`CREATE INDEX "care_plan_org_status_idx" ON "care_plan" ("organization_id", "status", "review_due_on")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "care_plan_client_version_key" ON "care_plan" ("client_id", "plan_version")`);
    await queryRunner.query(`CREATE TYPE "public"."diagnosis_status" AS ENUM('ACTIVE', 'IN_REMISSION', 'RESOLVED')`);
    await queryRunner.query(`CREATE TABLE "diagnosis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "icd10_code" text NOT NULL, "description" text NOT NULL, "onset_date" date, "status" "public"."diagnosis_status" NOT NULL, "recorded_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5dbb1cc4e30790df368da56961" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "diagnosis_client_status_idx" ON "diagnosis" ("client_id", "status")`);
    await queryRunner.query(`CREATE TYPE "public"."support_relationship" AS ENUM('PARENT', 'PARTNER', 'SPOUSE', 'CHILD', 'SIBLING', 'OTHER_FAMILY', 'FRIEND', 'SPONSOR', 'MENTOR', 'PEER', 'EMPLOYER', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."recovery_stance" AS ENUM('SUPPORTIVE', 'NEUTRAL', 'RISK')`);
    await queryRunner.query(`CREATE TABLE "support_network_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "name" text NOT NULL, "relationship" "public"."support_relationship" NOT NULL, "stance" "public"."recovery_stance" NOT NULL, "phone" text, "email" text, "involved_in_treatment" boolean NOT NULL DEFAULT false, "note" text, "removed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1eef74ce761dc5f65358335760b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "support_network_member_client_idx" ON "support_network_member" ("client_id")`);
    await queryRunner.query(`CREATE TYPE "public"."family_engagement_type" AS ENUM('FAMILY_THERAPY_SESSION', 'FAMILY_EDUCATION_GROUP', 'PHONE_CONTACT', 'VISIT', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "family_engagement_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "type" "public"."family_engagement_type" NOT NULL, "occurred_on" date NOT NULL, "staff_user_id" uuid NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9110a3142fae2279a801f76b565" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "family_engagement_event_client_idx" ON "family_engagement_event" ("client_id", "occurred_on")`);
    await queryRunner.query(`CREATE TYPE "public"."consent_recipient_kind" AS ENUM('SUPPORT_NETWORK_MEMBER', 'ORGANIZATION', 'PEER_SUPPORT_TEAM')`);
    await queryRunner.query(`CREATE TYPE "public"."consent_scope" AS ENUM('ATTENDANCE', 'CARE_PLAN', 'DIAGNOSES', 'CHECK_INS', 'MEASURES')`);
    await queryRunner.query(`CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "recipient_kind" "public"."consent_recipient_kind" NOT NULL, "recipient_member_id" uuid, "recipient_organization" text, "scopes" "public"."consent_scope" array NOT NULL, "purpose" text NOT NULL, "effective_on" date NOT NULL, "expires_on" date, "revoked_at" TIMESTAMP WITH TIME ZONE, "recorded_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consent_client_idx" ON "consent" ("client_id")`);
    await queryRunner.query(`CREATE TABLE "family_engagement_attendee" ("event_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_470f23de5e3e9987b99f737eea1" PRIMARY KEY ("event_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_966cfd15a40cd82e5b6a711987" ON "family_engagement_attendee" ("event_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_0a20fccfdf29363cb2f4fd4618" ON "family_engagement_attendee" ("member_id")`);
    await queryRunner.query(`ALTER TABLE "program" ADD "review_interval_overrides" jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await queryRunner.query(`ALTER TABLE "client" ADD "receiving_integrated_treatment" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "level_of_care_change" ADD CONSTRAINT "FK_a080c1c3ff4eab7344c4689fd22" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_plan" ADD CONSTRAINT "FK_2403ca94b0f1c319e65bd321593" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_plan" ADD CONSTRAINT "FK_dd80625f34421ef4ba9003df9ba" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "care_plan" ADD CONSTRAINT "FK_115db5f54b06e152519db8bc66e" FOREIGN KEY ("updated_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnosis" ADD CONSTRAINT "FK_c31c3b1386ede3375faa8cf3854" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnosis" ADD CONSTRAINT "FK_f5bb74428f2e98a054682aeb9c6" FOREIGN KEY ("recorded_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "support_network_member" ADD CONSTRAINT "FK_83e69d1d3a220c806413644c1c0" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "family_engagement_event" ADD CONSTRAINT "FK_232d28fec7e193f9916b4d340fc" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "family_engagement_event" ADD CONSTRAINT "FK_f5dddcb043f7890ef92e6c2ce77" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_0e984f4e2e451260a3ec425aab6" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_cdab7415cb86cc504e643ea21c7" FOREIGN KEY ("recipient_member_id") REFERENCES "support_network_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_da1e9e204e02e8a05ce5a87d97f" FOREIGN KEY ("recorded_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "family_engagement_attendee" ADD CONSTRAINT "FK_966cfd15a40cd82e5b6a711987b" FOREIGN KEY ("event_id") REFERENCES "family_engagement_event"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "family_engagement_attendee" ADD CONSTRAINT "FK_0a20fccfdf29363cb2f4fd4618a" FOREIGN KEY ("member_id") REFERENCES "support_network_member"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "family_engagement_attendee"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP TABLE "family_engagement_event"`);
    await queryRunner.query(`DROP TABLE "support_network_member"`);
    await queryRunner.query(`DROP TABLE "diagnosis"`);
    await queryRunner.query(`DROP TABLE "care_plan"`);
    await queryRunner.query(`DROP TABLE "level_of_care_change"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "receiving_integrated_treatment"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "review_interval_overrides"`);
    for (const type of ['consent_scope', 'consent_recipient_kind', 'family_engagement_type', 'recovery_stance', 'support_relationship', 'diagnosis_status', 'care_plan_status']) {
      await queryRunner.query(`DROP TYPE "public"."${type}"`);
    }
  }
}
