import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The schema as designed rather than generated:
 * - readable names for every constraint and index, in PostgreSQL's own convention:
 *   `<table>_pkey`, `<table>_<column>_fkey`, `<table>_<columns>_key`, `<table>_<columns>_idx`,
 *   `<table>_<column>_check`;
 * - a foreign key for every reference column (never on `audit_event`, an append-only log that
 *   must outlive whatever it names);
 * - CHECK constraints for every bounded value, with the bounds the inputs and
 *   libs/shared/domain use (the numbers are written out here: a migration records the rule as it
 *   was when it ran);
 * - `updated_by_id` on the versioned tables, so a stale write can name who made the newer one;
 * - who, from where and with what outcome on `audit_event`;
 * - `disclosure`, the 42 CFR Part 2 accounting of disclosures made under a consent.
 */
export class DesignedSchema1764400000000 implements MigrationInterface {
  name = 'DesignedSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, generated, readable] of RENAMED_CONSTRAINTS) {
      await queryRunner.query(`ALTER TABLE "${table}" RENAME CONSTRAINT "${generated}" TO "${readable}"`);
    }
    for (const [generated, readable] of RENAMED_INDEXES) {
      await queryRunner.query(`ALTER INDEX "${generated}" RENAME TO "${readable}"`);
    }

    // Who, from where, why and with what outcome. Adding columns fires no row trigger, so the
    // append-only trigger stays as it is and existing rows read as ALLOWED.
    await queryRunner.query(`CREATE TYPE "public"."audit_outcome" AS ENUM('ALLOWED', 'DENIED')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "client_address" text`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "user_agent" text`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "reason" text`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "outcome" "public"."audit_outcome" NOT NULL DEFAULT 'ALLOWED'`);

    // The last writer of each versioned row (care_plan has had a NOT NULL updated_by_id from the start).
    for (const table of NEWLY_ATTRIBUTED_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "updated_by_id" uuid`);
    }

    for (const [table, name, definition] of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" ${definition}`);
    }
    for (const [table, name, expression] of CHECKS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${expression})`);
    }

    // 42 CFR Part 2 accounting of disclosures: what was disclosed to whom under which consent, and when.
    await queryRunner.query(`CREATE TABLE "disclosure" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "client_id" uuid NOT NULL,
      "consent_id" uuid NOT NULL,
      "recipient_staff_id" uuid NOT NULL,
      "information_kind" "public"."consent_scope" NOT NULL,
      "request_id" text NOT NULL,
      "disclosed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "disclosure_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "disclosure_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE RESTRICT,
      CONSTRAINT "disclosure_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE,
      CONSTRAINT "disclosure_consent_id_fkey" FOREIGN KEY ("consent_id") REFERENCES "consent" ("id") ON DELETE RESTRICT,
      CONSTRAINT "disclosure_recipient_staff_id_fkey" FOREIGN KEY ("recipient_staff_id") REFERENCES "staff_user" ("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE INDEX "disclosure_client_disclosed_at_idx" ON "disclosure" ("client_id", "disclosed_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "disclosure"`);

    for (const [table, name] of [...CHECKS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
    for (const [table, name] of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
    for (const table of NEWLY_ATTRIBUTED_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "updated_by_id"`);
    }

    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "outcome"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "reason"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "user_agent"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "client_address"`);
    await queryRunner.query(`DROP TYPE "public"."audit_outcome"`);

    for (const [generated, readable] of RENAMED_INDEXES) {
      await queryRunner.query(`ALTER INDEX "${readable}" RENAME TO "${generated}"`);
    }
    for (const [table, generated, readable] of RENAMED_CONSTRAINTS) {
      await queryRunner.query(`ALTER TABLE "${table}" RENAME CONSTRAINT "${readable}" TO "${generated}"`);
    }
  }
}

/** [table, name TypeORM generated, readable name]. Renaming a primary key renames its index too. */
const RENAMED_CONSTRAINTS: ReadonlyArray<readonly [table: string, generated: string, readable: string]> = [
  // Primary keys
  ['audit_event', 'PK_481efbe8b0a403efe3f47a6528f', 'audit_event_pkey'],
  ['organization', 'PK_472c1f99a32def1b0abb219cd67', 'organization_pkey'],
  ['program', 'PK_3bade5945afbafefdd26a3a29fb', 'program_pkey'],
  ['staff_user', 'PK_cec9365d9fc3a3409158b645f2e', 'staff_user_pkey'],
  ['revoked_token', 'PK_608ea928634d7c9135cac89138d', 'revoked_token_pkey'],
  ['client', 'PK_96da49381769303a6515a8785c7', 'client_pkey'],
  ['care_team_assignment', 'PK_40c4517b938a8e9d32179b05db5', 'care_team_assignment_pkey'],
  ['level_of_care_change', 'PK_50da6cc508ffd4854f47414b576', 'level_of_care_change_pkey'],
  ['care_plan', 'PK_cf5bdacdd1e59009093b86399a7', 'care_plan_pkey'],
  ['diagnosis', 'PK_d5dbb1cc4e30790df368da56961', 'diagnosis_pkey'],
  ['support_network_member', 'PK_1eef74ce761dc5f65358335760b', 'support_network_member_pkey'],
  ['family_engagement_event', 'PK_9110a3142fae2279a801f76b565', 'family_engagement_event_pkey'],
  ['consent', 'PK_9115e8d6b082d4fc46d56134d29', 'consent_pkey'],
  ['family_engagement_attendee', 'PK_470f23de5e3e9987b99f737eea1', 'family_engagement_attendee_pkey'],
  ['recovery_start_reset', 'PK_227421b2e82608d6a13a61bb7ee', 'recovery_start_reset_pkey'],
  ['check_in', 'PK_9c026e16735aea10812a3888d6c', 'check_in_pkey'],
  ['peer_contact', 'PK_6dfe6e26d428947f477edd0fe4b', 'peer_contact_pkey'],
  ['measure_administration', 'PK_56f8338d25777f43d159adcbced', 'measure_administration_pkey'],
  // Foreign keys
  ['program', 'FK_2ff4063d818db1c3d9021431636', 'program_organization_id_fkey'],
  ['staff_user', 'FK_9472ec9c16fdb48fc21a25bc591', 'staff_user_organization_id_fkey'],
  ['staff_user', 'FK_a1f2718ed197106a2a995bc129b', 'staff_user_supervisor_id_fkey'],
  ['client', 'FK_017eff9869b6f6a190052c4dba4', 'client_organization_id_fkey'],
  ['client', 'FK_2da8b46b12da50173ec2e8dd91d', 'client_program_id_fkey'],
  ['care_team_assignment', 'FK_a5eb1548570a74149f7eb1b7256', 'care_team_assignment_client_id_fkey'],
  ['care_team_assignment', 'FK_f5d1a10baf64c8ad39ddf19aa2c', 'care_team_assignment_staff_user_id_fkey'],
  ['level_of_care_change', 'FK_a080c1c3ff4eab7344c4689fd22', 'level_of_care_change_client_id_fkey'],
  ['care_plan', 'FK_2403ca94b0f1c319e65bd321593', 'care_plan_client_id_fkey'],
  ['care_plan', 'FK_dd80625f34421ef4ba9003df9ba', 'care_plan_created_by_id_fkey'],
  ['care_plan', 'FK_115db5f54b06e152519db8bc66e', 'care_plan_updated_by_id_fkey'],
  ['diagnosis', 'FK_c31c3b1386ede3375faa8cf3854', 'diagnosis_client_id_fkey'],
  ['diagnosis', 'FK_f5bb74428f2e98a054682aeb9c6', 'diagnosis_recorded_by_id_fkey'],
  ['support_network_member', 'FK_83e69d1d3a220c806413644c1c0', 'support_network_member_client_id_fkey'],
  ['family_engagement_event', 'FK_232d28fec7e193f9916b4d340fc', 'family_engagement_event_client_id_fkey'],
  ['family_engagement_event', 'FK_f5dddcb043f7890ef92e6c2ce77', 'family_engagement_event_staff_user_id_fkey'],
  ['consent', 'FK_0e984f4e2e451260a3ec425aab6', 'consent_client_id_fkey'],
  ['consent', 'FK_cdab7415cb86cc504e643ea21c7', 'consent_recipient_member_id_fkey'],
  ['consent', 'FK_da1e9e204e02e8a05ce5a87d97f', 'consent_recorded_by_id_fkey'],
  ['family_engagement_attendee', 'FK_966cfd15a40cd82e5b6a711987b', 'family_engagement_attendee_event_id_fkey'],
  ['family_engagement_attendee', 'FK_0a20fccfdf29363cb2f4fd4618a', 'family_engagement_attendee_member_id_fkey'],
  ['check_in', 'FK_81032bc8217c0fc8327a24e72cd', 'check_in_client_id_fkey'],
  ['check_in', 'FK_dcdf0001e21ce1e94a416d83953', 'check_in_recorded_by_id_fkey'],
  ['peer_contact', 'FK_a13e216daa7042a7228ece58583', 'peer_contact_client_id_fkey'],
  ['peer_contact', 'FK_9e1ba73747c758fe62e1e9d7a1d', 'peer_contact_peer_worker_id_fkey'],
  ['measure_administration', 'FK_fb8aeaa45cbce9a212f45771d34', 'measure_administration_client_id_fkey'],
  ['measure_administration', 'FK_aac80717c12c701ea8f95e7608d', 'measure_administration_administered_by_id_fkey'],
];

/** [index TypeORM generated, readable name]: the join table's indexes (all others were named already). */
const RENAMED_INDEXES: ReadonlyArray<readonly [generated: string, readable: string]> = [
  ['IDX_966cfd15a40cd82e5b6a711987', 'family_engagement_attendee_event_id_idx'],
  ['IDX_0a20fccfdf29363cb2f4fd4618', 'family_engagement_attendee_member_id_idx'],
];

/** Versioned tables that gain `updated_by_id`. */
const NEWLY_ATTRIBUTED_TABLES = ['client', 'diagnosis', 'consent', 'support_network_member'] as const;

const ORGANIZATION = `REFERENCES "organization" ("id") ON DELETE RESTRICT`;
const CLIENT = `REFERENCES "client" ("id") ON DELETE CASCADE`;
const STAFF = `REFERENCES "staff_user" ("id") ON DELETE RESTRICT`;

/**
 * [table, name, definition] of the foreign keys that were missing. As before: a client's records
 * go with the client (CASCADE), organizations and staff cannot be deleted while referenced
 * (RESTRICT). Not on audit_event, which must outlive what it names.
 */
const FOREIGN_KEYS: ReadonlyArray<readonly [table: string, name: string, definition: string]> = [
  ['revoked_token', 'revoked_token_staff_user_id_fkey', `FOREIGN KEY ("staff_user_id") REFERENCES "staff_user" ("id") ON DELETE CASCADE`],
  ['client', 'client_updated_by_id_fkey', `FOREIGN KEY ("updated_by_id") ${STAFF}`],
  ['care_team_assignment', 'care_team_assignment_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['level_of_care_change', 'level_of_care_change_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['level_of_care_change', 'level_of_care_change_changed_by_id_fkey', `FOREIGN KEY ("changed_by_id") ${STAFF}`],
  ['recovery_start_reset', 'recovery_start_reset_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['recovery_start_reset', 'recovery_start_reset_client_id_fkey', `FOREIGN KEY ("client_id") ${CLIENT}`],
  ['recovery_start_reset', 'recovery_start_reset_confirmed_by_id_fkey', `FOREIGN KEY ("confirmed_by_id") ${STAFF}`],
  ['care_plan', 'care_plan_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  // The version a draft was copied from; if that version ever went, the draft stands on its own.
  ['care_plan', 'care_plan_based_on_plan_id_fkey', `FOREIGN KEY ("based_on_plan_id") REFERENCES "care_plan" ("id") ON DELETE SET NULL`],
  ['care_plan', 'care_plan_submitted_by_id_fkey', `FOREIGN KEY ("submitted_by_id") ${STAFF}`],
  ['care_plan', 'care_plan_signed_by_id_fkey', `FOREIGN KEY ("signed_by_id") ${STAFF}`],
  ['care_plan', 'care_plan_returned_by_id_fkey', `FOREIGN KEY ("returned_by_id") ${STAFF}`],
  ['diagnosis', 'diagnosis_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['diagnosis', 'diagnosis_updated_by_id_fkey', `FOREIGN KEY ("updated_by_id") ${STAFF}`],
  ['support_network_member', 'support_network_member_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['support_network_member', 'support_network_member_updated_by_id_fkey', `FOREIGN KEY ("updated_by_id") ${STAFF}`],
  ['family_engagement_event', 'family_engagement_event_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['consent', 'consent_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['consent', 'consent_updated_by_id_fkey', `FOREIGN KEY ("updated_by_id") ${STAFF}`],
  ['check_in', 'check_in_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['peer_contact', 'peer_contact_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
  ['measure_administration', 'measure_administration_organization_id_fkey', `FOREIGN KEY ("organization_id") ${ORGANIZATION}`],
];

const NOT_BLANK = (column: string) => `btrim("${column}") <> ''`;

/**
 * [table, name, expression]. A CHECK passes on NULL, so an optional value is checked only when
 * present. Rules that compare with today or with other rows stay in the services.
 */
const CHECKS: ReadonlyArray<readonly [table: string, name: string, expression: string]> = [
  ['organization', 'organization_name_check', NOT_BLANK('name')],
  ['program', 'program_name_check', NOT_BLANK('name')],

  // Stored trimmed and lower-cased; login compares the same way.
  ['staff_user', 'staff_user_email_check', `"email" = lower(btrim("email")) AND "email" LIKE '%_@_%'`],
  ['staff_user', 'staff_user_display_name_check', NOT_BLANK('display_name')],
  ['staff_user', 'staff_user_supervisor_id_check', `"supervisor_id" <> "id"`],

  ['client', 'client_first_name_check', NOT_BLANK('first_name')],
  ['client', 'client_last_name_check', NOT_BLANK('last_name')],
  ['client', 'client_date_of_birth_check', `"date_of_birth" < "admission_date"`],
  ['client', 'client_discharge_date_check', `"discharge_date" >= "admission_date"`],
  // Discharged exactly when a discharge date and reason are recorded.
  [
    'client',
    'client_discharge_check',
    `("status" = 'DISCHARGED') = ("discharge_date" IS NOT NULL) AND ("discharge_date" IS NULL) = ("discharge_reason" IS NULL)`,
  ],
  ['client', 'client_version_check', `"version" >= 1`],

  // ended_on is exclusive; an assignment ended before it began (discharge) ends on its first day.
  ['care_team_assignment', 'care_team_assignment_ended_on_check', `"ended_on" >= "started_on"`],

  ['level_of_care_change', 'level_of_care_change_to_level_check', `"to_level" <> "from_level"`],
  ['level_of_care_change', 'level_of_care_change_reason_check', NOT_BLANK('reason')],

  ['recovery_start_reset', 'recovery_start_reset_new_start_date_check', `"new_start_date" <> "previous_start_date"`],
  ['recovery_start_reset', 'recovery_start_reset_reason_check', NOT_BLANK('reason')],

  ['care_plan', 'care_plan_plan_version_check', `"plan_version" >= 1`],
  ['care_plan', 'care_plan_version_check', `"version" >= 1`],
  ['care_plan', 'care_plan_based_on_plan_id_check', `"based_on_plan_id" <> "id"`],
  // Each step of the review records when and who together.
  ['care_plan', 'care_plan_submitted_check', `("submitted_at" IS NULL) = ("submitted_by_id" IS NULL)`],
  ['care_plan', 'care_plan_signed_check', `("signed_at" IS NULL) = ("signed_by_id" IS NULL)`],
  ['care_plan', 'care_plan_returned_check', `("returned_at" IS NULL) = ("returned_by_id" IS NULL)`],

  // ICD10_CM_PATTERN in libs/shared/domain: stored upper-case.
  ['diagnosis', 'diagnosis_icd10_code_check', `"icd10_code" ~ '^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$'`],
  ['diagnosis', 'diagnosis_description_check', NOT_BLANK('description')],
  ['diagnosis', 'diagnosis_version_check', `"version" >= 1`],

  ['support_network_member', 'support_network_member_name_check', NOT_BLANK('name')],
  ['support_network_member', 'support_network_member_version_check', `"version" >= 1`],

  ['consent', 'consent_scopes_check', `cardinality("scopes") >= 1`],
  ['consent', 'consent_purpose_check', NOT_BLANK('purpose')],
  ['consent', 'consent_expires_on_check', `"expires_on" >= "effective_on"`],
  // A member for SUPPORT_NETWORK_MEMBER, an organization's name for ORGANIZATION, nothing for the peer support team.
  [
    'consent',
    'consent_recipient_check',
    `CASE "recipient_kind"
      WHEN 'SUPPORT_NETWORK_MEMBER' THEN "recipient_member_id" IS NOT NULL AND "recipient_organization" IS NULL
      WHEN 'ORGANIZATION' THEN "recipient_member_id" IS NULL AND "recipient_organization" IS NOT NULL AND btrim("recipient_organization") <> ''
      WHEN 'PEER_SUPPORT_TEAM' THEN "recipient_member_id" IS NULL AND "recipient_organization" IS NULL
      ELSE false
    END`,
  ],
  ['consent', 'consent_version_check', `"version" >= 1`],

  // CRAVING_SCALE, MOOD_SCALE and CONFIDENCE_SCALE; LogCheckInInput.
  ['check_in', 'check_in_craving_check', `"craving" BETWEEN 0 AND 10`],
  ['check_in', 'check_in_mood_check', `"mood" BETWEEN 1 AND 5`],
  ['check_in', 'check_in_confidence_check', `"confidence" BETWEEN 0 AND 10`],
  // Substances are named only when use is reported; a meeting kind only when a meeting was attended.
  ['check_in', 'check_in_substances_check', `"used_substances" OR cardinality("substances") = 0`],
  ['check_in', 'check_in_meeting_kind_check', `"attended_meeting" OR "meeting_kind" IS NULL`],

  // PEER_CONTACT_MIN_MINUTES..PEER_CONTACT_MAX_MINUTES; LogPeerContactInput.
  ['peer_contact', 'peer_contact_duration_minutes_check', `"duration_minutes" BETWEEN 1 AND 600`],
  ['peer_contact', 'peer_contact_next_follow_up_on_check', `"next_follow_up_on" >= "occurred_on"`],
  // At least one kind of support, and practical help always counts as instrumental support.
  [
    'peer_contact',
    'peer_contact_support_types_check',
    `cardinality("support_types") >= 1 AND (cardinality("practical_help") = 0 OR 'INSTRUMENTAL' = ANY ("support_types"))`,
  ],

  ['measure_administration', 'measure_administration_instrument_version_check', NOT_BLANK('instrument_version')],
  // Item count and answer range per instrument, answers as given: PHQ-9 nine 0–3, GAD-7 seven 0–3,
  // BARC-10 ten 1–6, BAM seventeen 0–4 except the day-count items (4, 5, 6, 8, 11, 12, 13, 14), 0–30.
  [
    'measure_administration',
    'measure_administration_answers_check',
    `array_position("answers", NULL) IS NULL AND CASE "instrument"
      WHEN 'PHQ_9' THEN cardinality("answers") = 9 AND 0 <= ALL ("answers") AND 3 >= ALL ("answers")
      WHEN 'GAD_7' THEN cardinality("answers") = 7 AND 0 <= ALL ("answers") AND 3 >= ALL ("answers")
      WHEN 'BARC_10' THEN cardinality("answers") = 10 AND 1 <= ALL ("answers") AND 6 >= ALL ("answers")
      WHEN 'BAM' THEN cardinality("answers") = 17 AND 0 <= ALL ("answers") AND 30 >= ALL ("answers")
        AND 4 >= ALL (ARRAY["answers"[1], "answers"[2], "answers"[3], "answers"[7], "answers"[9], "answers"[10], "answers"[15], "answers"[16], "answers"[17]])
      ELSE false
    END`,
  ],
  // measureTotalRange: PHQ-9 0–27, GAD-7 0–21, BARC-10 10–60; the BAM has sub-scores and no total.
  [
    'measure_administration',
    'measure_administration_total_check',
    `CASE "instrument"
      WHEN 'PHQ_9' THEN "total" IS NOT NULL AND "total" BETWEEN 0 AND 27
      WHEN 'GAD_7' THEN "total" IS NOT NULL AND "total" BETWEEN 0 AND 21
      WHEN 'BARC_10' THEN "total" IS NOT NULL AND "total" BETWEEN 10 AND 60
      WHEN 'BAM' THEN "total" IS NULL
      ELSE false
    END`,
  ],
  // BAM items 7A–7G only.
  [
    'measure_administration',
    'measure_administration_substances_named_check',
    `cardinality("substances_named") = 0 OR ("instrument" = 'BAM' AND cardinality("substances_named") <= 7)`,
  ],
];
