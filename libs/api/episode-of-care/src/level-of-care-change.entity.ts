import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LevelOfCare, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { EpisodeOfCareEntity } from './episode-of-care.entity';

/** The history of a client's level of care within the episode; the admission level is the first row. */
@Entity({ name: 'level_of_care_change' })
@Index('level_of_care_change_client_idx', ['clientId', 'effectiveOn'])
@Index('level_of_care_change_episode_id_idx', ['episodeId'])
@Check('level_of_care_change_to_level_check', `"to_level" <> "from_level"`)
@Check('level_of_care_change_reason_check', `btrim("reason") <> ''`)
export class LevelOfCareChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'level_of_care_change_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'level_of_care_change_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'level_of_care_change_client_id_fkey' })
  client?: ClientEntity;

  /** The episode this step belongs to; the admission level is the first step of each episode. */
  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId!: string;

  @ManyToOne('EpisodeOfCareEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'episode_id', foreignKeyConstraintName: 'level_of_care_change_episode_id_fkey' })
  episode?: EpisodeOfCareEntity;

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

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id', foreignKeyConstraintName: 'level_of_care_change_changed_by_id_fkey' })
  changedBy?: StaffUserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
