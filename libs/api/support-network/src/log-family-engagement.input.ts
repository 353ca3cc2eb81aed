import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FAMILY_ENGAGEMENT_LIMITS, FamilyEngagementType } from '@carecircle/shared/domain';
import './support-network.enums';
import { IsIsoDate } from '@carecircle/api/platform';

@InputType()
export class LogFamilyEngagementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => FamilyEngagementType)
  @IsEnum(FamilyEngagementType, { message: 'type must be one of the family engagement types' })
  type!: FamilyEngagementType;

  @Field({ description: 'YYYY-MM-DD; today or earlier.' })
  @IsIsoDate()
  occurredOn!: string;

  @Field(() => [ID], { description: "Members of this client's support network who took part (at least one)." })
  @IsArray()
  @ArrayMinSize(1, { message: 'attendeeIds must name at least one support network member' })
  @ArrayMaxSize(FAMILY_ENGAGEMENT_LIMITS.attendees)
  @ArrayUnique({ message: 'attendeeIds must not repeat a member' })
  @IsUUID('all', { each: true, message: 'attendeeIds must be support network member ids (UUIDs)' })
  attendeeIds!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FAMILY_ENGAGEMENT_LIMITS.note, { message: `note must be at most ${FAMILY_ENGAGEMENT_LIMITS.note} characters` })
  note?: string | null;
}
