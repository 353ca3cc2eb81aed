import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClientStatus, DischargeReason, LevelOfCare, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import { StaffUserEntity } from '@carecircle/api/auth';

/**
 * One episode of care: admission to discharge in one program. A person may have several, numbered
 * from 1; at most one is open. The client row carries the latest episode's admission, program,
 * level of care, status and discharge as a projection that only EpisodeOfCareService writes, in
 * the same transaction as the episode. Rows inserted straight into `client` get episode 1 from a
 * deferred trigger (see migration 1764500000000).
 */
@Entity({ name: 'episode_of_care' })
@Index('episode_of_care_client_id_sequence_key', ['clientId', 'sequence'], { unique: true })
@Index('episode_of_care_one_open_per_client', ['clientId'], { unique: true, where: `status <> 'DISCHARGED'` })
@Index('episode_of_care_organization_discharge_idx', ['organizationId', 'dischargeDate'])
@Check('episode_of_care_sequence_check', `"sequence" >= 1`)
@Check('episode_of_care_discharge_date_check', `"discharge_date" >= "admission_date"`)
@Check(
  'episode_of_care_discharge_check',
  `("status" = 'DISCHARGED') = ("discharge_date" IS NOT NULL) AND ("discharge_date" IS NULL) = ("discharge_reason" IS NULL)`,
)
@Check('episode_of_care_counselor_at_discharge_check', `"counselor_at_discharge_id" IS NULL OR "status" = 'DISCHARGED'`)
export class EpisodeOfCareEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'episode_of_care_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'episode_of_care_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'episode_of_care_client_id_fkey' })
  client?: ClientEntity;

  /** 1 for the first admission, 2 for the first readmission… */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'episode_of_care_program_id_fkey' })
  program?: ProgramEntity;

  @Column({ name: 'admission_date', type: 'date' })
  admissionDate!: IsoDate;

  /** The current level of care, or the level at discharge. */
  @Column({ name: 'level_of_care', type: 'enum', enum: LevelOfCare, enumName: 'level_of_care' })
  levelOfCare!: LevelOfCare;

  @Column({ type: 'enum', enum: ClientStatus, enumName: 'client_status' })
  status!: ClientStatus;

  @Column({ name: 'discharge_date', type: 'date', nullable: true })
  dischargeDate!: IsoDate | null;

  @Column({ name: 'discharge_reason', type: 'enum', enum: DischargeReason, enumName: 'discharge_reason', nullable: true })
  dischargeReason!: DischargeReason | null;

  /** The primary counselor on the discharge date, kept because the care team ends with the episode. */
  @Column({ name: 'counselor_at_discharge_id', type: 'uuid', nullable: true })
  counselorAtDischargeId!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'counselor_at_discharge_id', foreignKeyConstraintName: 'episode_of_care_counselor_at_discharge_id_fkey' })
  counselorAtDischarge?: StaffUserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
