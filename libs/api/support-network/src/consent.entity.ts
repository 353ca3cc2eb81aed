import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ConsentRecipientKind, ConsentScope, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

/** A signed 42 CFR Part 2 consent to disclose, as recorded by staff. Revoked, never deleted. */
@Entity({ name: 'consent' })
@Index('consent_client_idx', ['clientId'])
@Check('consent_scopes_check', `cardinality("scopes") >= 1`)
@Check('consent_purpose_check', `btrim("purpose") <> ''`)
@Check('consent_expires_on_check', `"expires_on" >= "effective_on"`)
/** A member for SUPPORT_NETWORK_MEMBER, an organization's name for ORGANIZATION, nothing for the peer support team. */
@Check(
  'consent_recipient_check',
  `CASE "recipient_kind"
    WHEN 'SUPPORT_NETWORK_MEMBER' THEN "recipient_member_id" IS NOT NULL AND "recipient_organization" IS NULL
    WHEN 'ORGANIZATION' THEN "recipient_member_id" IS NULL AND "recipient_organization" IS NOT NULL AND btrim("recipient_organization") <> ''
    WHEN 'PEER_SUPPORT_TEAM' THEN "recipient_member_id" IS NULL AND "recipient_organization" IS NULL
    ELSE false
  END`,
)
@Check('consent_version_check', `"version" >= 1`)
/** A consent takes effect on or after the day it is signed; a revocation is dated on or after the signing and recorded with its time. */
@Check('consent_signed_on_check', `"signed_on" <= "effective_on"`)
@Check('consent_revoked_on_check', `("revoked_on" IS NULL) = ("revoked_at" IS NULL) AND ("revoked_on" IS NULL OR "revoked_on" >= "signed_on")`)
@Check('consent_expiry_event_check', `"expiry_event" IS NULL OR btrim("expiry_event") <> ''`)
@Check('consent_information_description_check', `"information_description" IS NULL OR btrim("information_description") <> ''`)
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'consent_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'consent_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'consent_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'recipient_kind', type: 'enum', enum: ConsentRecipientKind, enumName: 'consent_recipient_kind' })
  recipientKind!: ConsentRecipientKind;

  @Column({ name: 'recipient_member_id', type: 'uuid', nullable: true })
  recipientMemberId!: string | null;

  @ManyToOne(() => SupportNetworkMemberEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'recipient_member_id', foreignKeyConstraintName: 'consent_recipient_member_id_fkey' })
  recipientMember?: SupportNetworkMemberEntity | null;

  @Column({ name: 'recipient_organization', type: 'text', nullable: true })
  recipientOrganization!: string | null;

  @Column({ type: 'enum', enum: ConsentScope, enumName: 'consent_scope', array: true })
  scopes!: ConsentScope[];

  @Column({ type: 'text' })
  purpose!: string;

  /** The day the client signed it (42 CFR Part 2: signed and dated). */
  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: IsoDate;

  /** What information, in the consent's own words, beyond the scope categories; null when the categories say it all. */
  @Column({ name: 'information_description', type: 'text', nullable: true })
  informationDescription!: string | null;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: IsoDate;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: IsoDate | null;

  /** The event that ends it when the consent names one instead of (or as well as) a date, e.g. "end of treatment". */
  @Column({ name: 'expiry_event', type: 'text', nullable: true })
  expiryEvent!: string | null;

  /** When the revocation was recorded; disclosure decisions compare against it. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** The date of the client's revocation as they gave it (today or earlier); set with revokedAt. */
  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn!: IsoDate | null;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'consent_recorded_by_id_fkey' })
  recordedBy?: StaffUserEntity;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  /** Who made the latest versioned change; null until the first one. */
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'consent_updated_by_id_fkey' })
  updatedBy?: StaffUserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
