import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffUserEntity } from '@carecircle/api/auth';
import { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity } from '@carecircle/api/organizations';

/**
 * One emergency opening of a client record (break-the-glass), documented as 42 CFR 2.51 asks: who
 * (staff user), when (granted at), the nature of the emergency and, when information went to
 * medical personnel, the recipient's name and affiliation. The grant reads the record until
 * `expiresAt`. The application only inserts and selects these rows.
 */
@Entity({ name: 'emergency_access' })
@Index('emergency_access_staff_client_idx', ['staffUserId', 'clientId', 'expiresAt'])
@Index('emergency_access_client_idx', ['clientId', 'grantedAt'])
@Index('emergency_access_organization_idx', ['organizationId', 'grantedAt'])
@Check('emergency_access_nature_check', `btrim("nature_of_emergency") <> '' AND char_length("nature_of_emergency") <= 1000`)
@Check('emergency_access_recipient_check', `char_length("recipient_name") <= 200 AND char_length("recipient_affiliation") <= 200`)
@Check('emergency_access_expires_at_check', `"expires_at" > "granted_at"`)
export class EmergencyAccessEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'emergency_access_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'emergency_access_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'emergency_access_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'emergency_access_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  @Column({ name: 'nature_of_emergency', type: 'text' })
  natureOfEmergency!: string;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName!: string | null;

  @Column({ name: 'recipient_affiliation', type: 'text', nullable: true })
  recipientAffiliation!: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** The request that opened it, to find its audit rows. */
  @Column({ name: 'request_id', type: 'text' })
  requestId!: string;
}
