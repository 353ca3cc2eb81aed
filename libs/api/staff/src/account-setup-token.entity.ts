import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffUserEntity } from '@carecircle/api/auth';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { AccountSetupPurpose } from './account-setup-purpose';

/**
 * A one-time link to set a password. Only the SHA-256 of the token is stored; the token itself is
 * shown once, to the administrator who issued it. A link is usable while it is unused, not voided
 * (a newer link or a deactivation voids it) and not expired.
 */
@Entity({ name: 'account_setup_token' })
@Index('account_setup_token_token_hash_key', ['tokenHash'], { unique: true })
@Index('account_setup_token_staff_user_idx', ['staffUserId'])
@Check('account_setup_token_token_hash_check', `"token_hash" ~ '^[0-9a-f]{64}$'`)
@Check('account_setup_token_expires_at_check', `"expires_at" > "created_at"`)
@Check('account_setup_token_used_or_voided_check', `"used_at" IS NULL OR "voided_at" IS NULL`)
export class AccountSetupTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'account_setup_token_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'account_setup_token_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'account_setup_token_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  /** Lower-case hex SHA-256 of the token in the link. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ type: 'enum', enum: AccountSetupPurpose, enumName: 'account_setup_purpose' })
  purpose!: AccountSetupPurpose;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** Set when a newer link for the same person, or their deactivation, made this one worthless. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  /** The administrator who issued the link. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'account_setup_token_created_by_id_fkey' })
  createdBy?: StaffUserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
