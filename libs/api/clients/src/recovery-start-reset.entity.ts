import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '@carecircle/shared/domain';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientEntity } from './client.entity';

/** A counselor-confirmed reset of the recovery start date after reported use; kept as history. */
@Entity({ name: 'recovery_start_reset' })
@Index('recovery_start_reset_client_idx', ['clientId'])
@Check('recovery_start_reset_new_start_date_check', `"new_start_date" <> "previous_start_date"`)
@Check('recovery_start_reset_reason_check', `btrim("reason") <> ''`)
export class RecoveryStartResetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'recovery_start_reset_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'recovery_start_reset_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'recovery_start_reset_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'previous_start_date', type: 'date', nullable: true })
  previousStartDate!: IsoDate | null;

  @Column({ name: 'new_start_date', type: 'date' })
  newStartDate!: IsoDate;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'confirmed_by_id', type: 'uuid' })
  confirmedById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'confirmed_by_id', foreignKeyConstraintName: 'recovery_start_reset_confirmed_by_id_fkey' })
  confirmedBy?: StaffUserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
