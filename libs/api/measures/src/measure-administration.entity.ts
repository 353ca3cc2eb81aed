import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeasureInstrument, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';

/** One administration of a standardized measure, with the answers and the server-computed score. */
@Entity({ name: 'measure_administration' })
@Index('measure_administration_client_idx', ['clientId', 'instrument', 'administeredOn'])
export class MeasureAdministrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ type: 'enum', enum: MeasureInstrument, enumName: 'measure_instrument' })
  instrument!: MeasureInstrument;

  /** e.g. "BAM Likert 2013" or "BAM-IOP weekly". */
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
  @JoinColumn({ name: 'administered_by_id' })
  administeredBy?: StaffUserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
