import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 42 CFR Part 2 elements a consent lacked:
 * - `signed_on`, the day the client signed (a consent is signed and dated). Existing consents take
 *   their effective date, or the revocation date when that came first: nothing before this
 *   migration recorded the signing, and a consent takes effect no earlier than it is signed;
 * - `information_description`, what information in the consent's own words (null: the scope
 *   categories say it all);
 * - `expiry_event`, the event that ends a consent when it names one ("end of treatment");
 * - `revoked_on`, the date on the client's revocation, which may be earlier than the day staff
 *   record it. Existing revocations take the day they were recorded.
 *
 * A row written without `signed_on` or `revoked_on` (code that predates them, such as older
 * seed and test factories) gets them from the same rules as the backfill, by a trigger; the API
 * always sends both.
 */
export class ConsentPart2Elements1764500000300 implements MigrationInterface {
  name = 'ConsentPart2Elements1764500000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent" ADD "signed_on" date`);
    await queryRunner.query(`ALTER TABLE "consent" ADD "information_description" text`);
    await queryRunner.query(`ALTER TABLE "consent" ADD "expiry_event" text`);
    await queryRunner.query(`ALTER TABLE "consent" ADD "revoked_on" date`);

    await queryRunner.query(`UPDATE "consent" SET "revoked_on" = "revoked_at"::date WHERE "revoked_at" IS NOT NULL`);
    await queryRunner.query(`UPDATE "consent" SET "signed_on" = LEAST("effective_on", COALESCE("revoked_on", "effective_on"))`);
    await queryRunner.query(`ALTER TABLE "consent" ALTER COLUMN "signed_on" SET NOT NULL`);

    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "consent_signed_on_check" CHECK ("signed_on" <= "effective_on")`);
    await queryRunner.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "consent_revoked_on_check" ` +
        `CHECK (("revoked_on" IS NULL) = ("revoked_at" IS NULL) AND ("revoked_on" IS NULL OR "revoked_on" >= "signed_on"))`,
    );
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "consent_expiry_event_check" CHECK ("expiry_event" IS NULL OR btrim("expiry_event") <> '')`);
    await queryRunner.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "consent_information_description_check" ` +
        `CHECK ("information_description" IS NULL OR btrim("information_description") <> '')`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "consent_fill_part2_dates"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."revoked_at" IS NOT NULL AND NEW."revoked_on" IS NULL THEN
          NEW."revoked_on" := NEW."revoked_at"::date;
        END IF;
        IF NEW."signed_on" IS NULL THEN
          NEW."signed_on" := LEAST(NEW."effective_on", COALESCE(NEW."revoked_on", NEW."effective_on"));
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "consent_fill_part2_dates_trigger" BEFORE INSERT OR UPDATE ON "consent" FOR EACH ROW EXECUTE FUNCTION "consent_fill_part2_dates"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "consent_fill_part2_dates_trigger" ON "consent"`);
    await queryRunner.query(`DROP FUNCTION "consent_fill_part2_dates"()`);
    for (const constraint of ['consent_information_description_check', 'consent_expiry_event_check', 'consent_revoked_on_check', 'consent_signed_on_check']) {
      await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "${constraint}"`);
    }
    for (const column of ['revoked_on', 'expiry_event', 'information_description', 'signed_on']) {
      await queryRunner.query(`ALTER TABLE "consent" DROP COLUMN "${column}"`);
    }
  }
}
