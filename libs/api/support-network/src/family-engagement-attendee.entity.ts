import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

/**
 * Who took part in a family engagement event: the join table behind
 * FamilyEngagementEventEntity.attendees, described here so its key, indexes and foreign keys carry
 * readable names (the many-to-many itself leaves the table to this entity). Write attendees through
 * the event's `attendees`.
 */
@Entity({ name: 'family_engagement_attendee' })
@Index('family_engagement_attendee_event_id_idx', ['eventId'])
@Index('family_engagement_attendee_member_id_idx', ['memberId'])
export class FamilyEngagementAttendeeEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'family_engagement_attendee_pkey' })
  eventId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'family_engagement_attendee_pkey' })
  memberId!: string;

  @ManyToOne(() => FamilyEngagementEventEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'family_engagement_attendee_event_id_fkey' })
  event?: FamilyEngagementEventEntity;

  @ManyToOne(() => SupportNetworkMemberEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'family_engagement_attendee_member_id_fkey' })
  member?: SupportNetworkMemberEntity;
}
