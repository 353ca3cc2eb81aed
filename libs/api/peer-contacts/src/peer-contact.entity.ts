import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PeerContactMode, PracticalHelp, SupportType, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';

/** A contact logged by a peer support worker: non-clinical by design. */
@Entity({ name: 'peer_contact' })
// Key (client_id, occurred_on) INCLUDE (withdrawn_at): the support-system grouping counts contacts index-only (migration 1765000000000).
@Index('peer_contact_client_covering_idx', ['clientId', 'occurredOn', 'withdrawnAt'])
@Index('peer_contact_worker_follow_up_idx', ['peerWorkerId', 'nextFollowUpOn'])
@Check('peer_contact_duration_minutes_check', `"duration_minutes" BETWEEN 1 AND 600`)
@Check('peer_contact_next_follow_up_on_check', `"next_follow_up_on" >= "occurred_on"`)
@Check(
  'peer_contact_support_types_check',
  `cardinality("support_types") >= 1 AND (cardinality("practical_help") = 0 OR 'INSTRUMENTAL' = ANY ("support_types"))`,
)
export class PeerContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'peer_contact_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'peer_contact_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'peer_contact_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'peer_worker_id', type: 'uuid' })
  peerWorkerId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'peer_worker_id', foreignKeyConstraintName: 'peer_contact_peer_worker_id_fkey' })
  peerWorker?: StaffUserEntity;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: IsoDate;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes!: number;

  @Column({ type: 'enum', enum: PeerContactMode, enumName: 'peer_contact_mode' })
  mode!: PeerContactMode;

  @Column({ name: 'support_types', type: 'enum', enum: SupportType, enumName: 'support_type', array: true, default: () => "'{}'" })
  supportTypes!: SupportType[];

  @Column({ name: 'practical_help', type: 'enum', enum: PracticalHelp, enumName: 'practical_help', array: true, default: () => "'{}'" })
  practicalHelp!: PracticalHelp[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'next_follow_up_on', type: 'date', nullable: true })
  nextFollowUpOn!: IsoDate | null;

  /** Undo within minutes of logging: the row stays for the audit trail, hidden from lists. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
