import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CheckInChannel, CheckInTrigger, MutualAidMeetingKind } from '@carecircle/shared/domain';
import { ClientEntity } from '@carecircle/api/clients';
import { StaffUserEntity } from '@carecircle/api/auth';
import type { OrganizationEntity } from '@carecircle/api/organizations';

/** A client's check-in, recorded by staff (or, later, by the client through a staff-issued link). */
@Entity({ name: 'check_in' })
// Key (client_id, occurred_at) INCLUDE (craving, mood, used_substances, attended_meeting) — see migration
// 1764900000100; TypeORM has no INCLUDE, and its schema check compares an index's columns, included ones among them.
@Index('check_in_client_time_covering_idx', ['clientId', 'occurredAt', 'craving', 'mood', 'usedSubstances', 'attendedMeeting'])
@Index('check_in_org_time_idx', ['organizationId', 'occurredAt'])
@Check('check_in_craving_check', `"craving" BETWEEN 0 AND 10`)
@Check('check_in_mood_check', `"mood" BETWEEN 1 AND 5`)
@Check('check_in_confidence_check', `"confidence" BETWEEN 0 AND 10`)
@Check('check_in_substances_check', `"used_substances" OR cardinality("substances") = 0`)
@Check('check_in_meeting_kind_check', `"attended_meeting" OR "meeting_kind" IS NULL`)
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'check_in_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'check_in_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'check_in_client_id_fkey' })
  client?: ClientEntity;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'enum', enum: CheckInChannel, enumName: 'check_in_channel' })
  channel!: CheckInChannel;

  /** 0–10 */
  @Column({ type: 'smallint', nullable: true })
  craving!: number | null;

  /** 1–5 */
  @Column({ type: 'smallint', nullable: true })
  mood!: number | null;

  @Column({ name: 'used_substances', type: 'boolean' })
  usedSubstances!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  substances!: string[];

  @Column({ name: 'attended_meeting', type: 'boolean', default: false })
  attendedMeeting!: boolean;

  @Column({ name: 'meeting_kind', type: 'enum', enum: MutualAidMeetingKind, enumName: 'mutual_aid_meeting_kind', nullable: true })
  meetingKind!: MutualAidMeetingKind | null;

  @Column({ type: 'enum', enum: CheckInTrigger, enumName: 'check_in_trigger', array: true, default: () => "'{}'" })
  triggers!: CheckInTrigger[];

  /** 0–10: confidence in staying in recovery. */
  @Column({ type: 'smallint', nullable: true })
  confidence!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'check_in_recorded_by_id_fkey' })
  recordedBy?: StaffUserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
