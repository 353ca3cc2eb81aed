import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import { StaffUserEntity } from './staff-user.entity';

/** The programs a staff member works in: a peer worker is assigned only to clients of their programs. */
@Entity({ name: 'staff_program' })
@Index('staff_program_program_idx', ['programId'])
export class StaffProgramEntity {
  @PrimaryColumn({ name: 'staff_user_id', type: 'uuid', primaryKeyConstraintName: 'staff_program_pkey' })
  staffUserId!: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid', primaryKeyConstraintName: 'staff_program_pkey' })
  programId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'staff_program_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'staff_program_program_id_fkey' })
  program?: ProgramEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'staff_program_organization_id_fkey' })
  organization?: OrganizationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
