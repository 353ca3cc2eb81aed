import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CheckInChannel, CheckInTrigger, MutualAidMeetingKind } from '@carecircle/shared/domain';
import './check-in-enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;

/**
 * A check-in as staff record it. Rules that tie fields together (substances named only when use
 * is reported, a meeting kind only when a meeting was attended, not in the future) are checked by
 * the server and reported as BAD_USER_INPUT like these.
 */
@InputType()
export class LogCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => Date, { nullable: true, description: 'When the check-in happened; defaults to now. Not in the future.' })
  @IsOptional()
  @IsDate({ message: 'occurredAt must be a date and time' })
  occurredAt?: Date | null;

  @Field(() => CheckInChannel)
  @IsEnum(CheckInChannel, { message: 'channel must be one of IN_PERSON, PHONE, TEXT, APP' })
  channel!: CheckInChannel;

  @Field(() => Int, { nullable: true, description: 'Craving, 0 (none) to 10 (strongest).' })
  @IsOptional()
  @IsInt({ message: 'craving must be a whole number from 0 to 10' })
  @Min(0, { message: 'craving must be a whole number from 0 to 10' })
  @Max(10, { message: 'craving must be a whole number from 0 to 10' })
  craving?: number | null;

  @Field(() => Int, { nullable: true, description: 'Mood, 1 (very low) to 5 (very good).' })
  @IsOptional()
  @IsInt({ message: 'mood must be a whole number from 1 to 5' })
  @Min(1, { message: 'mood must be a whole number from 1 to 5' })
  @Max(5, { message: 'mood must be a whole number from 1 to 5' })
  mood?: number | null;

  @Field({ description: 'Any substance use since the last check-in.' })
  @IsBoolean({ message: 'usedSubstances must be true or false' })
  usedSubstances!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Which substances; required (at least one) when usedSubstances is true, empty otherwise.' })
  @Transform(trimEach)
  @IsArray({ message: 'substances must be a list' })
  @ArrayMaxSize(20, { message: 'substances can name at most 20 substances' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'substances must not contain empty names' })
  @MaxLength(100, { each: true, message: 'each substance name must be at most 100 characters' })
  substances: string[] = [];

  @Field(() => Boolean, { defaultValue: false, description: 'Attended a mutual-aid meeting since the last check-in.' })
  @IsBoolean({ message: 'attendedMeeting must be true or false' })
  attendedMeeting: boolean = false;

  @Field(() => MutualAidMeetingKind, { nullable: true, description: 'Required when attendedMeeting is true; empty otherwise.' })
  @IsOptional()
  @IsEnum(MutualAidMeetingKind, { message: 'meetingKind must be one of AA, NA, SMART_RECOVERY, OTHER' })
  meetingKind?: MutualAidMeetingKind | null;

  @Field(() => [CheckInTrigger], { defaultValue: [] })
  @IsArray({ message: 'triggers must be a list' })
  @ArrayUnique({ message: 'triggers must not repeat a trigger' })
  @IsEnum(CheckInTrigger, { each: true, message: 'each trigger must be one of the check-in triggers' })
  triggers: CheckInTrigger[] = [];

  @Field(() => Int, { nullable: true, description: 'Confidence in staying in recovery, 0 to 10.' })
  @IsOptional()
  @IsInt({ message: 'confidence must be a whole number from 0 to 10' })
  @Min(0, { message: 'confidence must be a whole number from 0 to 10' })
  @Max(10, { message: 'confidence must be a whole number from 0 to 10' })
  confidence?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string | null;
}
