import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeasureInstrument, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';

/** One administration of a standardized measure, with the answers and the server-computed score. */
@Entity({ name: 'measure_administration' })
@Index('measure_administration_client_idx', ['clientId', 'instrument', 'administeredOn'])
@Check('measure_administration_instrument_version_check', `btrim("instrument_version") <> ''`)
/**
 * Item count and answer type per instrument, answers as given, in form order (MEASURE_FORMS). The BAM
 * 'Likert-2010' form has 23 answers: 1–6, 7A–7G, 8–17; Likert 0–4 at items 1, 8, 9, 12, 15, 17
 * (positions 1, 14, 15, 18, 21, 23), item 14 no 0 / yes 4 (position 20), days 0–30 elsewhere.
 * Older BAM rows (recorded under the wrong item types, see the 1764500000100 migration) keep the old rule.
 */
@Check(
  'measure_administration_answers_check',
  `array_position("answers", NULL) IS NULL AND CASE "instrument"
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
  END`,
)
/** measureTotalRange per instrument; the BAM has sub-scores and no total. */
@Check(
  'measure_administration_total_check',
  `CASE "instrument"
    WHEN 'PHQ_9' THEN "total" IS NOT NULL AND "total" BETWEEN 0 AND 27
    WHEN 'GAD_7' THEN "total" IS NOT NULL AND "total" BETWEEN 0 AND 21
    WHEN 'BARC_10' THEN "total" IS NOT NULL AND "total" BETWEEN 10 AND 60
    WHEN 'BAM' THEN "total" IS NULL
    ELSE false
  END`,
)
@Check(
  'measure_administration_substances_named_check',
  `cardinality("substances_named") = 0 OR ("instrument" = 'BAM' AND cardinality("substances_named") <= 7)`,
)
export class MeasureAdministrationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'measure_administration_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'measure_administration_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'measure_administration_client_id_fkey' })
  client?: ClientEntity;

  @Column({ type: 'enum', enum: MeasureInstrument, enumName: 'measure_instrument' })
  instrument!: MeasureInstrument;

  /** The published form the answers follow: MEASURE_INSTRUMENT_VERSIONS, e.g. '2001' (PHQ-9), 'Likert-2010' (BAM). */
  @Column({ name: 'instrument_version', type: 'text' })
  instrumentVersion!: string;

  @Column({ name: 'administered_on', type: 'date' })
  administeredOn!: IsoDate;

  @Column({ type: 'smallint', array: true })
  answers!: number[];

  /** BAM item 7 sub-items (7A–7G): which drugs, recorded not scored. */
  @Column({ name: 'substances_named', type: 'text', array: true, default: () => "'{}'" })
  substancesNamed!: string[];

  @Column({ type: 'smallint', nullable: true })
  total!: number | null;

  @Column({ type: 'text', nullable: true })
  band!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  subscores!: Record<string, number>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  alerts!: string[];

  @Column({ name: 'administered_by_id', type: 'uuid' })
  administeredById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administered_by_id', foreignKeyConstraintName: 'measure_administration_administered_by_id_fkey' })
  administeredBy?: StaffUserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
