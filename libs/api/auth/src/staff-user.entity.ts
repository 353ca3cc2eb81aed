import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { StaffRole } from '@carecircle/shared/domain';
import { OrganizationEntity } from '@carecircle/api/organizations';

@Entity({ name: 'staff_user' })
@Index('staff_user_email_key', ['email'], { unique: true })
@Index('staff_user_supervisor_idx', ['supervisorId'])
@Check('staff_user_email_check', `"email" = lower(btrim("email")) AND "email" LIKE '%_@_%'`)
@Check('staff_user_display_name_check', `btrim("display_name") <> ''`)
@Check('staff_user_supervisor_id_check', `"supervisor_id" <> "id"`)
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'staff_user_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'staff_user_organization_id_fkey' })
  organization?: OrganizationEntity;

  /** Stored lower-cased; login compares lower-cased too. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'enum', enum: StaffRole, enumName: 'staff_role' })
  role!: StaffRole;

  /** The clinical supervisor whose team this staff member is on. */
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true })
  supervisorId!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'staff_user_supervisor_id_fkey' })
  supervisor?: StaffUserEntity | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Interns and associate licensees: their signed progress notes wait for their supervisor's co-signature. */
  @Column({ name: 'requires_cosignature', type: 'boolean', default: false })
  requiresCosignature!: boolean;

  /** When this person last signed in; null until their first sign-in. */
  @Column({ name: 'last_signed_in_at', type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;

  /** May read who viewed a record, break-the-glass accesses and the accounting of disclosures. */
  @Column({ name: 'is_privacy_officer', type: 'boolean', default: false })
  isPrivacyOfficer!: boolean;

  /**
   * Tokens issued before this moment are refused. Deactivation and a new password set it, so their
   * sessions end at once and a later reactivation does not revive them.
   */
  @Column({ name: 'sessions_valid_from', type: 'timestamptz', nullable: true })
  sessionsValidFrom!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
