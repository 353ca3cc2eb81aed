import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LevelOfCare } from '@carecircle/shared/domain';
import { StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import type { LevelOfCareChangeEntity } from './level-of-care-change.entity';

/** A change row loaded together with the staff member who made it. */
export type LevelOfCareChangeWithStaff = LevelOfCareChangeEntity & { changedBy?: StaffUserEntity };

@ObjectType('LevelOfCareChange', { description: 'One step in the episode: the admission level is the first, with no previous level.' })
export class LevelOfCareChangeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LevelOfCare, { nullable: true, description: 'Empty for the admission row.' })
  fromLevel!: LevelOfCare | null;

  @Field(() => LevelOfCare)
  toLevel!: LevelOfCare;

  @Field({ description: 'YYYY-MM-DD' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => StaffMemberModel)
  changedBy!: StaffMemberModel;

  @Field({ description: 'When the change was recorded.' })
  recordedAt!: Date;

  static from(entity: LevelOfCareChangeWithStaff): LevelOfCareChangeModel {
    if (!entity.changedBy) throw new Error('LevelOfCareChangeModel.from needs the change loaded with its staff member');
    return Object.assign(new LevelOfCareChangeModel(), {
      id: entity.id,
      fromLevel: entity.fromLevel,
      toLevel: entity.toLevel,
      effectiveOn: entity.effectiveOn,
      reason: entity.reason,
      changedBy: StaffMemberModel.from(entity.changedBy),
      recordedAt: entity.createdAt,
    });
  }
}
