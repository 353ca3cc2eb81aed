import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every administration names the published form its answers follow, and the BAM follows the
 * published item types (../shared/DOMAIN.md):
 * - PHQ-9, GAD-7 and BARC-10 rows stored under the old default names ('PHQ-9', 'GAD-7', 'BARC-10')
 *   get the version identifiers the server now stores: '2001', '2006', '2017'. Names a caller gave
 *   (a variant) are kept as given.
 * - BAM rows so far were recorded with the wrong item types (days for items 8, 12 and 14, Likert for
 *   2, 3, 10 and 16, no 7A–7G day counts). What a person meant cannot be recovered from those
 *   answers, so they are neither converted nor re-scored: they keep their 17 answers and sub-scores
 *   as recorded and their version is prefixed 'Legacy item types: ' so no one reads them as the
 *   published form. New BAMs are 'Likert-2010' with 23 answers (1–6, 7A–7G, 8–17).
 * - measure_administration_answers_check enforces each item's type for 'Likert-2010' BAMs: Likert
 *   0–4 at items 1, 8, 9, 12, 15, 17 (positions 1, 14, 15, 18, 21, 23), item 14 no 0 / yes 4
 *   (position 20), days 0–30 elsewhere; legacy BAMs keep the rule they were written under.
 */
export class MeasureInstrumentVersion1764500000100 implements MigrationInterface {
  name = 'MeasureInstrumentVersion1764500000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_administration" DROP CONSTRAINT "measure_administration_answers_check"`);
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = '2001' WHERE "instrument" = 'PHQ_9' AND "instrument_version" = 'PHQ-9'`,
    );
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = '2006' WHERE "instrument" = 'GAD_7' AND "instrument_version" = 'GAD-7'`,
    );
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = '2017' WHERE "instrument" = 'BARC_10' AND "instrument_version" = 'BARC-10'`,
    );
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = 'Legacy item types: ' || "instrument_version" WHERE "instrument" = 'BAM'`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_administration" ADD CONSTRAINT "measure_administration_answers_check" CHECK (${ANSWERS_CHECK})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // 'Likert-2010' BAMs (23 answers) have no place under the old rule: they stay, and the old rule
    // is added NOT VALID so it binds only new writes.
    await queryRunner.query(`ALTER TABLE "measure_administration" DROP CONSTRAINT "measure_administration_answers_check"`);
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = substr("instrument_version", length('Legacy item types: ') + 1)
        WHERE "instrument" = 'BAM' AND starts_with("instrument_version", 'Legacy item types: ')`,
    );
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = 'BARC-10' WHERE "instrument" = 'BARC_10' AND "instrument_version" = '2017'`,
    );
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = 'GAD-7' WHERE "instrument" = 'GAD_7' AND "instrument_version" = '2006'`,
    );
    await queryRunner.query(
      `UPDATE "measure_administration" SET "instrument_version" = 'PHQ-9' WHERE "instrument" = 'PHQ_9' AND "instrument_version" = '2001'`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_administration" ADD CONSTRAINT "measure_administration_answers_check" CHECK (${OLD_ANSWERS_CHECK}) NOT VALID`,
    );
  }
}

// The numbers are written out here: a migration records the rule as it was when it ran.
const ANSWERS_CHECK = `array_position("answers", NULL) IS NULL AND CASE "instrument"
    WHEN 'PHQ_9' THEN cardinality("answers") = 9 AND 0 <= ALL ("answers") AND 3 >= ALL ("answers")
    WHEN 'GAD_7' THEN cardinality("answers") = 7 AND 0 <= ALL ("answers") AND 3 >= ALL ("answers")
    WHEN 'BARC_10' THEN cardinality("answers") = 10 AND 1 <= ALL ("answers") AND 6 >= ALL ("answers")
    WHEN 'BAM' THEN 0 <= ALL ("answers") AND 30 >= ALL ("answers") AND CASE
      WHEN "instrument_version" = 'Likert-2010' THEN cardinality("answers") = 23
        AND 4 >= ALL (ARRAY["answers"[1], "answers"[14], "answers"[15], "answers"[18], "answers"[21], "answers"[23]])
        AND "answers"[20] IN (0, 4)
      ELSE starts_with("instrument_version", 'Legacy item types: ') AND cardinality("answers") = 17
        AND 4 >= ALL (ARRAY["answers"[1], "answers"[2], "answers"[3], "answers"[7], "answers"[9], "answers"[10], "answers"[15], "answers"[16], "answers"[17]])
    END
    ELSE false
  END`;

const OLD_ANSWERS_CHECK = `array_position("answers", NULL) IS NULL AND CASE "instrument"
    WHEN 'PHQ_9' THEN cardinality("answers") = 9 AND 0 <= ALL ("answers") AND 3 >= ALL ("answers")
    WHEN 'GAD_7' THEN cardinality("answers") = 7 AND 0 <= ALL ("answers") AND 3 >= ALL ("answers")
    WHEN 'BARC_10' THEN cardinality("answers") = 10 AND 1 <= ALL ("answers") AND 6 >= ALL ("answers")
    WHEN 'BAM' THEN cardinality("answers") = 17 AND 0 <= ALL ("answers") AND 30 >= ALL ("answers")
      AND 4 >= ALL (ARRAY["answers"[1], "answers"[2], "answers"[3], "answers"[7], "answers"[9], "answers"[10], "answers"[15], "answers"[16], "answers"[17]])
    ELSE false
  END`;
