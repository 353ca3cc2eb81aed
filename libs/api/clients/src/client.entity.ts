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
import { CheckInSchedule, ClientStatus, DischargeReason, LevelOfCare, type IsoDate } from '@carecircle/shared/domain';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import { StaffUserEntity } from '@carecircle/api/auth';

@Entity({ name: 'client' })
@Index('client_organization_program_idx', ['organizationId', 'programId'])
@Index('client_organization_name_idx', ['organizationId', 'lastName', 'firstName'])
@Check('client_first_name_check', `btrim("first_name") <> ''`)
@Check('client_last_name_check', `btrim("last_name") <> ''`)
@Check('client_date_of_birth_check', `"date_of_birth" < "admission_date"`)
@Check('client_discharge_date_check', `"discharge_date" >= "admission_date"`)
@Check(
  'client_discharge_check',
  `("status" = 'DISCHARGED') = ("discharge_date" IS NOT NULL) AND ("discharge_date" IS NULL) = ("discharge_reason" IS NULL)`,
)
@Check('client_version_check', `"version" >= 1`)
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'client_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'client_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'client_program_id_fkey' })
  program?: ProgramEntity;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'preferred_name', type: 'text', nullable: true })
  preferredName!: string | null;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: IsoDate;

  @Column({ type: 'text', nullable: true })
  pronouns!: string | null;

  @Column({ name: 'level_of_care', type: 'enum', enum: LevelOfCare, enumName: 'level_of_care' })
  levelOfCare!: LevelOfCare;

  @Column({ type: 'enum', enum: ClientStatus, enumName: 'client_status' })
  status!: ClientStatus;

  @Column({ name: 'admission_date', type: 'date' })
  admissionDate!: IsoDate;

  @Column({ name: 'recovery_start_date', type: 'date', nullable: true })
  recoveryStartDate!: IsoDate | null;

  @Column({ name: 'discharge_date', type: 'date', nullable: true })
  dischargeDate!: IsoDate | null;

  @Column({ name: 'discharge_reason', type: 'enum', enum: DischargeReason, enumName: 'discharge_reason', nullable: true })
  dischargeReason!: DischargeReason | null;

  /** How often this client is expected to check in; completion rates are measured against it. */
  @Column({ name: 'check_in_schedule', type: 'enum', enum: CheckInSchedule, enumName: 'check_in_schedule', default: CheckInSchedule.WEEKLY })
  checkInSchedule!: CheckInSchedule;

  /** Set by the clinician: mental-health and substance-use care delivered together. */
  @Column({ name: 'receiving_integrated_treatment', type: 'boolean', default: false })
  receivingIntegratedTreatment!: boolean;

  @VersionColumn({ type: 'integer' })
  version!: number;

  /** Who made the latest versioned change; null until the first one. */
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'client_updated_by_id_fkey' })
  updatedBy?: StaffUserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
