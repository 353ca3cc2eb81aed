import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PeerContactMode, PracticalHelp, SupportType, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';

/** A contact logged by a peer support worker: non-clinical by design. */
@Entity({ name: 'peer_contact' })
@Index('peer_contact_client_idx', ['clientId', 'occurredOn'])
@Index('peer_contact_worker_follow_up_idx', ['peerWorkerId', 'nextFollowUpOn'])
export class PeerContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ name: 'peer_worker_id', type: 'uuid' })
  peerWorkerId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'peer_worker_id' })
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
