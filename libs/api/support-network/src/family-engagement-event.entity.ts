import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FamilyEngagementType, type IsoDate } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

@Entity({ name: 'family_engagement_event' })
@Index('family_engagement_event_client_idx', ['clientId', 'occurredOn'])
export class FamilyEngagementEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'family_engagement_event_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'family_engagement_event_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'family_engagement_event_client_id_fkey' })
  client?: ClientEntity;

  @Column({ type: 'enum', enum: FamilyEngagementType, enumName: 'family_engagement_type' })
  type!: FamilyEngagementType;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: IsoDate;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'family_engagement_event_staff_user_id_fkey' })
  staffUser?: StaffUserEntity;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /**
   * The join table is described by FamilyEngagementAttendeeEntity, which names its key and indexes
   * (a join table's generated names cannot be set here), so schema checks read that one instead.
   */
  @ManyToMany(() => SupportNetworkMemberEntity)
  @JoinTable({
    name: 'family_engagement_attendee',
    joinColumn: { name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'family_engagement_attendee_event_id_fkey' },
    inverseJoinColumn: { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'family_engagement_attendee_member_id_fkey' },
    synchronize: false,
  })
  attendees?: SupportNetworkMemberEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
