import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CheckInSchedule, LevelOfCare, type RiskThresholds } from '@carecircle/shared/domain';
import { OrganizationEntity } from './organization.entity';

@Entity({ name: 'program' })
@Index('program_organization_name_key', ['organizationId', 'name'], { unique: true })
@Check('program_name_check', `btrim("name") <> ''`)
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'program_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'program_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'default_level_of_care', type: 'enum', enum: LevelOfCare, enumName: 'level_of_care' })
  defaultLevelOfCare!: LevelOfCare;

  /** Days between care-plan reviews per level of care, where this program's state rule differs from the default. */
  @Column({ name: 'review_interval_overrides', type: 'jsonb', default: () => "'{}'" })
  reviewIntervalOverrides!: Partial<Record<LevelOfCare, number>>;

  /** Risk-flag thresholds where this program differs from DOMAIN.md's defaults. */
  @Column({ name: 'risk_thresholds', type: 'jsonb', default: () => "'{}'" })
  riskThresholds!: Partial<RiskThresholds>;

  /** The check-in schedule a client admitted to this program starts with. */
  @Column({ name: 'default_check_in_schedule', type: 'enum', enum: CheckInSchedule, enumName: 'check_in_schedule', default: CheckInSchedule.WEEKLY })
  defaultCheckInSchedule!: CheckInSchedule;

  /** Whether counselors new to this program start out needing a supervisor's co-signature on their notes. */
  @Column({ name: 'notes_require_cosignature', type: 'boolean', default: false })
  notesRequireCosignature!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
