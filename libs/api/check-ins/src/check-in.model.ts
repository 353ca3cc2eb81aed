import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CheckInChannel, CheckInTrigger, MutualAidMeetingKind } from '@carecircle/shared/domain';
import { StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import type { CheckInEntity } from './check-in.entity';
import './check-in-enums';

/** A check-in row loaded together with the staff member who recorded it. */
export type CheckInWithStaff = CheckInEntity & { recordedBy?: StaffUserEntity | null };

@ObjectType('CheckIn')
export class CheckInModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field({ description: 'When the check-in happened.' })
  occurredAt!: Date;

  @Field(() => CheckInChannel)
  channel!: CheckInChannel;

  @Field(() => Int, { nullable: true, description: '0–10' })
  craving!: number | null;

  @Field(() => Int, { nullable: true, description: '1–5' })
  mood!: number | null;

  @Field({ description: 'Substance use since the last check-in.' })
  usedSubstances!: boolean;

  @Field(() => [String])
  substances!: string[];

  @Field()
  attendedMeeting!: boolean;

  @Field(() => MutualAidMeetingKind, { nullable: true })
  meetingKind!: MutualAidMeetingKind | null;

  @Field(() => [CheckInTrigger])
  triggers!: CheckInTrigger[];

  @Field(() => Int, { nullable: true, description: 'Confidence in staying in recovery, 0–10.' })
  confidence!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => StaffMemberModel, { nullable: true, description: 'Who recorded it; empty when the client checked in themselves.' })
  recordedBy!: StaffMemberModel | null;

  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;

  static from(entity: CheckInWithStaff): CheckInModel {
    return Object.assign(new CheckInModel(), {
      id: entity.id,
      clientId: entity.clientId,
      occurredAt: entity.occurredAt,
      channel: entity.channel,
      craving: entity.craving,
      mood: entity.mood,
      usedSubstances: entity.usedSubstances,
      substances: entity.substances,
      attendedMeeting: entity.attendedMeeting,
      meetingKind: entity.meetingKind,
      triggers: entity.triggers,
      confidence: entity.confidence,
      note: entity.note,
      recordedBy: entity.recordedBy ? StaffMemberModel.from(entity.recordedBy) : null,
      recordedAt: entity.createdAt,
    });
  }
}
