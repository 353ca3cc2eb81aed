import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { RecoveryStance, SupportRelationship } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';

/** A person in the client's support network. Removal is soft so past events keep their attendees. */
@Entity({ name: 'support_network_member' })
@Index('support_network_member_client_idx', ['clientId'])
export class SupportNetworkMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
