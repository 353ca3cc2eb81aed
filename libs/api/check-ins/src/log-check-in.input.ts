import { Field, ID, InputType, Int } from '@nestjs/graphql';
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
import {
  CHECK_IN_MAX_SUBSTANCES,
  CHECK_IN_NOTE_MAX_LENGTH,
  CHECK_IN_SUBSTANCE_MAX_LENGTH,
  CONFIDENCE_SCALE,
  CRAVING_SCALE,
  CheckInChannel,
  CheckInTrigger,
  MOOD_SCALE,
  MutualAidMeetingKind,
  type RatingScale,
} from '@carecircle/shared/domain';
import './check-in-enums';
import { Trimmed, TrimmedEach } from '@carecircle/api/platform';

const onScale = (field: string, scale: RatingScale) => ({ message: `${field} must be a whole number from ${scale.min} to ${scale.max}` });

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

  @Field(() => CheckInChannel, { description: 'How the check-in was taken: IN_PERSON, PHONE or TEXT (APP is for check-ins the client sends).' })
  @IsEnum(CheckInChannel, { message: 'channel must be one of IN_PERSON, PHONE, TEXT, APP' })
  channel!: CheckInChannel;

  @Field(() => Int, { nullable: true, description: `Craving, ${CRAVING_SCALE.min} (none) to ${CRAVING_SCALE.max} (strongest).` })
  @IsOptional()
  @IsInt(onScale('craving', CRAVING_SCALE))
  @Min(CRAVING_SCALE.min, onScale('craving', CRAVING_SCALE))
  @Max(CRAVING_SCALE.max, onScale('craving', CRAVING_SCALE))
  craving?: number | null;

  @Field(() => Int, { nullable: true, description: `Mood, ${MOOD_SCALE.min} (very low) to ${MOOD_SCALE.max} (very good).` })
  @IsOptional()
  @IsInt(onScale('mood', MOOD_SCALE))
  @Min(MOOD_SCALE.min, onScale('mood', MOOD_SCALE))
  @Max(MOOD_SCALE.max, onScale('mood', MOOD_SCALE))
  mood?: number | null;

  @Field({ description: 'Any substance use since the last check-in.' })
  @IsBoolean({ message: 'usedSubstances must be true or false' })
  usedSubstances!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Which substances; required (at least one) when usedSubstances is true, empty otherwise.' })
  @TrimmedEach()
  @IsArray({ message: 'substances must be a list' })
  @ArrayMaxSize(CHECK_IN_MAX_SUBSTANCES, { message: `substances can name at most ${CHECK_IN_MAX_SUBSTANCES} substances` })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'substances must not contain empty names' })
  @MaxLength(CHECK_IN_SUBSTANCE_MAX_LENGTH, { each: true, message: `each substance name must be at most ${CHECK_IN_SUBSTANCE_MAX_LENGTH} characters` })
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

  @Field(() => Int, { nullable: true, description: `Confidence in staying in recovery, ${CONFIDENCE_SCALE.min} to ${CONFIDENCE_SCALE.max}.` })
  @IsOptional()
  @IsInt(onScale('confidence', CONFIDENCE_SCALE))
  @Min(CONFIDENCE_SCALE.min, onScale('confidence', CONFIDENCE_SCALE))
  @Max(CONFIDENCE_SCALE.max, onScale('confidence', CONFIDENCE_SCALE))
  confidence?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(CHECK_IN_NOTE_MAX_LENGTH, { message: `note must be at most ${CHECK_IN_NOTE_MAX_LENGTH} characters` })
  note?: string | null;
}
