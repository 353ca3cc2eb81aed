import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LevelOfCare, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from './client.entity';

/** The history of a client's level of care within the episode; the admission level is the first row. */
@Entity({ name: 'level_of_care_change' })
@Index('level_of_care_change_client_idx', ['clientId', 'effectiveOn'])
export class LevelOfCareChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ name: 'from_level', type: 'enum', enum: LevelOfCare, enumName: 'level_of_care', nullable: true })
  fromLevel!: LevelOfCare | null;

  @Column({ name: 'to_level', type: 'enum', enum: LevelOfCare, enumName: 'level_of_care' })
  toLevel!: LevelOfCare;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: IsoDate;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'changed_by_id', type: 'uuid' })
  changedById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
