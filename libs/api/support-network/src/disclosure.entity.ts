import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentScope } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';
import { ConsentEntity } from './consent.entity';

/**
 * One disclosure of a client's information made under a consent (42 CFR Part 2 accounting of
 * disclosures): what kind of information, to which staff member, under which consent, when, and in
 * which request. Written, never changed.
 */
@Entity({ name: 'disclosure' })
@Index('disclosure_client_disclosed_at_idx', ['clientId', 'disclosedAt'])
export class DisclosureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'disclosure_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'disclosure_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'disclosure_client_id_fkey' })
  client?: ClientEntity;

  /** A consent under which information was disclosed cannot be deleted (consents are revoked, not deleted). */
  @Column({ name: 'consent_id', type: 'uuid' })
  consentId!: string;

  @ManyToOne(() => ConsentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_id', foreignKeyConstraintName: 'disclosure_consent_id_fkey' })
  consent?: ConsentEntity;

  /** The staff member the information was disclosed to. */
  @Column({ name: 'recipient_staff_id', type: 'uuid' })
  recipientStaffId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_staff_id', foreignKeyConstraintName: 'disclosure_recipient_staff_id_fkey' })
  recipientStaff?: StaffUserEntity;

  @Column({ name: 'information_kind', type: 'enum', enum: ConsentScope, enumName: 'consent_scope' })
  informationKind!: ConsentScope;

  @Column({ name: 'request_id', type: 'text' })
  requestId!: string;

  @Column({ name: 'disclosed_at', type: 'timestamptz', default: () => 'now()' })
  disclosedAt!: Date;
}
