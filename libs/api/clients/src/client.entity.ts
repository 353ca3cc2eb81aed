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
import { CheckInSchedule, ClientStatus, DischargeReason, LevelOfCare, type IsoDate } from '@carecircle/shared/domain';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';

@Entity({ name: 'client' })
@Index('client_organization_program_idx', ['organizationId', 'programId'])
@Index('client_organization_name_idx', ['organizationId', 'lastName', 'firstName'])
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
