import { StaffRole } from '@carecircle/shared/domain';
import { DataSource, type MigrationInterface } from 'typeorm';
import { migrations } from '@carecircle/api/database';
import { Factory, createTestApp, type TestApp } from '@carecircle/api/testing';

/**
 * The 1764500000100 migration on rows written before it: old default version names become the
 * version identifiers, BAMs recorded under the wrong item types are labelled legacy and kept as
 * recorded, and the answers check then holds new BAMs to the published item types.
 */
describe('migration 1764500000100: measure instrument versions and BAM item types', () => {
  let t: TestApp;
  const Migration = migrations.find((m) => m.name === 'MeasureInstrumentVersion1764500000100');
  if (!Migration) throw new Error('MeasureInstrumentVersion1764500000100 is not registered in migrations/index.ts');
  const migration: MigrationInterface = new Migration();

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('backfills versions, keeps old BAMs as recorded under a legacy label, and enforces the published BAM types afterwards', async () => {
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const client = await f.client(organization.id, program.id);
    // Migrations change the schema, which only its owner may do (the app connects as carecircle_app).
    const owner = await new DataSource({ type: 'postgres', url: t.ownerUrl }).initialize();
    const runner = owner.createQueryRunner();
    try {
      // Back to the schema as it was, with rows as the old code wrote them.
      await migration.down(runner);
      const insert = (instrument: string, version: string, answers: number[], total: number | null, subscores: object) =>
        runner.query(
          `INSERT INTO measure_administration (organization_id, client_id, instrument, instrument_version, administered_on, answers, total, band, subscores, administered_by_id)
           VALUES ($1, $2, $3, $4, '2026-01-05', $5, $6, NULL, $7, $8) RETURNING id`,
          [organization.id, client.id, instrument, version, answers, total, JSON.stringify(subscores), counselor.id],
        ) as Promise<Array<{ id: string }>>;
      const [phq] = await insert('PHQ_9', 'PHQ-9', [1, 1, 1, 1, 1, 1, 1, 1, 0], 8, { item9: 0 });
      const [gadVariant] = await insert('GAD_7', 'GAD-7 (Spanish)', [0, 0, 0, 0, 0, 0, 0], 0, {});
      // Item 8 was taken as days (12) under the old types.
      const oldBam = [2, 1, 0, 3, 0, 0, 0, 12, 3, 4, 1, 30, 20, 4, 2, 3, 3];
      const [bam] = await insert('BAM', 'BAM (Likert, past 30 days)', oldBam, null, { use: 1, risk: 9, protective: 20 });

      await migration.up(runner);

      const rows = (await runner.query(`SELECT id, instrument_version, answers, subscores FROM measure_administration WHERE client_id = $1`, [
        client.id,
      ])) as Array<{ id: string; instrument_version: string; answers: number[]; subscores: Record<string, number> }>;
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(phq!.id)?.instrument_version).toBe('2001');
      expect(byId.get(gadVariant!.id)?.instrument_version).toBe('GAD-7 (Spanish)');
      expect(byId.get(bam!.id)).toMatchObject({
        instrument_version: 'Legacy item types: BAM (Likert, past 30 days)',
        answers: oldBam,
        subscores: { use: 1, risk: 9, protective: 20 },
      });

      // After the migration a 'Likert-2010' BAM must follow the published types: 23 answers, item 8 Likert 0–4.
      const bamAnswers = (item8: number) => [2, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, item8, 3, 4, 1, 3, 20, 4, 2, 30, 3];
      await expect(insert('BAM', 'Likert-2010', bamAnswers(12), null, {})).rejects.toThrow(/measure_administration_answers_check/);
      await expect(insert('BAM', 'Likert-2010', oldBam, null, {})).rejects.toThrow(/measure_administration_answers_check/);
      await expect(insert('BAM', 'Likert-2010', bamAnswers(4), null, {})).resolves.toHaveLength(1);
    } finally {
      await runner.release();
      await owner.destroy();
    }
  });
});
