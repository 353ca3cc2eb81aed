import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { StaffUserEntity } from './staff-user.entity';

/**
 * A staff member's time-based one-time code secret. Made by beginning enrolment (enabledAt null),
 * turned on by the first correct code. The secret is stored encrypted (two-factor-secret.ts) and is
 * never returned after enrolment.
 */
@Entity({ name: 'staff_two_factor' })
@Check('staff_two_factor_secret_ciphertext_check', `"secret_ciphertext" LIKE 'v1:%'`)
@Check('staff_two_factor_last_used_step_check', `"last_used_step" IS NULL OR "last_used_step" >= 0`)
export class StaffTwoFactorEntity {
  @PrimaryColumn({ name: 'staff_user_id', type: 'uuid', primaryKeyConstraintName: 'staff_two_factor_pkey' })
  staffUserId!: string;

  @OneToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'staff_two_factor_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'staff_two_factor_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'secret_ciphertext', type: 'text' })
  secretCiphertext!: string;

  /** When the first correct code turned two-factor sign-in on; null while enrolment is under way. */
  @Column({ name: 'enabled_at', type: 'timestamptz', nullable: true })
  enabledAt!: Date | null;

  /** The time step of the last code accepted: a code is accepted once, and never an older one. */
  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One single-use recovery code, for signing in without the authenticator; only its SHA-256 is kept. */
@Entity({ name: 'staff_recovery_code' })
@Index('staff_recovery_code_staff_code_key', ['staffUserId', 'codeHash'], { unique: true })
@Check('staff_recovery_code_code_hash_check', `"code_hash" ~ '^[0-9a-f]{64}$'`)
export class StaffRecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'staff_recovery_code_pkey' })
  id!: string;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'staff_recovery_code_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'staff_recovery_code_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
