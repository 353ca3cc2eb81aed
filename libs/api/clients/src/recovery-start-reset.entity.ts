import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '@carecircle/shared/domain';

/** A counselor-confirmed reset of the recovery start date after reported use; kept as history. */
@Entity({ name: 'recovery_start_reset' })
@Index('recovery_start_reset_client_idx', ['clientId'])
export class RecoveryStartResetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'previous_start_date', type: 'date', nullable: true })
  previousStartDate!: IsoDate | null;

  @Column({ name: 'new_start_date', type: 'date' })
  newStartDate!: IsoDate;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'confirmed_by_id', type: 'uuid' })
  confirmedById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
