import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FamilyEngagementType, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

@Entity({ name: 'family_engagement_event' })
@Index('family_engagement_event_client_idx', ['clientId', 'occurredOn'])
export class FamilyEngagementEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ type: 'enum', enum: FamilyEngagementType, enumName: 'family_engagement_type' })
  type!: FamilyEngagementType;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: IsoDate;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_user_id' })
  staffUser?: StaffUserEntity;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToMany(() => SupportNetworkMemberEntity)
  @JoinTable({
    name: 'family_engagement_attendee',
    joinColumn: { name: 'event_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'member_id', referencedColumnName: 'id' },
  })
  attendees?: SupportNetworkMemberEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
