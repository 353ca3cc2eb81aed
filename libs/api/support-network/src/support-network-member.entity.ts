import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { RecoveryStance, SupportRelationship } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';

/** A person in the client's support network. Removal is soft so past events keep their attendees. */
@Entity({ name: 'support_network_member' })
// Key (client_id) INCLUDE (stance, created_at, removed_at): the support-system grouping reads members index-only (migration 1765000000000).
@Index('support_network_member_client_covering_idx', ['clientId', 'stance', 'createdAt', 'removedAt'])
@Check('support_network_member_name_check', `btrim("name") <> ''`)
@Check('support_network_member_version_check', `"version" >= 1`)
export class SupportNetworkMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'support_network_member_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'support_network_member_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'support_network_member_client_id_fkey' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: SupportRelationship, enumName: 'support_relationship' })
  relationship!: SupportRelationship;

  @Column({ type: 'enum', enum: RecoveryStance, enumName: 'recovery_stance' })
  stance!: RecoveryStance;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'involved_in_treatment', type: 'boolean', default: false })
  involvedInTreatment!: boolean;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  /** Who made the latest versioned change; null until the first one. */
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'support_network_member_updated_by_id_fkey' })
  updatedBy?: StaffUserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
