import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ConsentRecipientKind, ConsentScope, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

/** A signed 42 CFR Part 2 consent to disclose, as recorded by staff. Revoked, never deleted. */
@Entity({ name: 'consent' })
@Index('consent_client_idx', ['clientId'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ name: 'recipient_kind', type: 'enum', enum: ConsentRecipientKind, enumName: 'consent_recipient_kind' })
  recipientKind!: ConsentRecipientKind;

  @Column({ name: 'recipient_member_id', type: 'uuid', nullable: true })
  recipientMemberId!: string | null;

  @ManyToOne(() => SupportNetworkMemberEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'recipient_member_id' })
  recipientMember?: SupportNetworkMemberEntity | null;

  @Column({ name: 'recipient_organization', type: 'text', nullable: true })
  recipientOrganization!: string | null;

  @Column({ type: 'enum', enum: ConsentScope, enumName: 'consent_scope', array: true })
  scopes!: ConsentScope[];

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: IsoDate;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: IsoDate | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: StaffUserEntity;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
