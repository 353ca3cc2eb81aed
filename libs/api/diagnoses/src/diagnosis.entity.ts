import {
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

@Entity({ name: 'diagnosis' })
@Index('diagnosis_client_status_idx', ['clientId', 'status'])
export class DiagnosisEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
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
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: StaffUserEntity;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
