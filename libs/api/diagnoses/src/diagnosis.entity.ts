import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DiagnosisStatus, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';

@Entity({ name: 'diagnosis' })
@Index('diagnosis_client_status_idx', ['clientId', 'status'])
@Check('diagnosis_icd10_code_check', `"icd10_code" ~ '^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$'`)
@Check('diagnosis_description_check', `btrim("description") <> ''`)
@Check('diagnosis_version_check', `"version" >= 1`)
export class DiagnosisEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'diagnosis_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'diagnosis_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'diagnosis_client_id_fkey' })
  client?: ClientEntity;

  /** Upper-case ICD-10-CM, e.g. F10.20. */
  @Column({ name: 'icd10_code', type: 'text' })
  icd10Code!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'onset_date', type: 'date', nullable: true })
  onsetDate!: IsoDate | null;

  @Column({ type: 'enum', enum: DiagnosisStatus, enumName: 'diagnosis_status' })
  status!: DiagnosisStatus;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'diagnosis_recorded_by_id_fkey' })
  recordedBy?: StaffUserEntity;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  /** Who made the latest versioned change; null until the first one. */
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'diagnosis_updated_by_id_fkey' })
  updatedBy?: StaffUserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
