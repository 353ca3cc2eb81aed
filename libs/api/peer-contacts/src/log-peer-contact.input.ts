import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  PEER_CONTACT_DEFAULT_MINUTES,
  PEER_CONTACT_MAX_MINUTES,
  PEER_CONTACT_MIN_MINUTES,
  PEER_CONTACT_NOTE_MAX_LENGTH,
  PeerContactMode,
  PracticalHelp,
  SupportType,
} from '@carecircle/shared/domain';
import './peer-contact-enums';
import { IsIsoDate, Trimmed } from '@carecircle/api/platform';

const DURATION = { message: `durationMinutes must be a whole number of minutes from ${PEER_CONTACT_MIN_MINUTES} to ${PEER_CONTACT_MAX_MINUTES}` };

/** A peer contact as the peer support worker logs it, usually from a phone right after. */
@InputType()
export class LogPeerContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today. Not in the future, not before admission.' })
  @IsOptional()
  @IsIsoDate()
  occurredOn?: string | null;

  @Field(() => Int, {
    defaultValue: PEER_CONTACT_DEFAULT_MINUTES,
    description: `Minutes, ${PEER_CONTACT_MIN_MINUTES} to ${PEER_CONTACT_MAX_MINUTES}.`,
  })
  @IsInt(DURATION)
  @Min(PEER_CONTACT_MIN_MINUTES, DURATION)
  @Max(PEER_CONTACT_MAX_MINUTES, DURATION)
  durationMinutes: number = PEER_CONTACT_DEFAULT_MINUTES;

  @Field(() => PeerContactMode, { defaultValue: PeerContactMode.IN_PERSON })
  @IsEnum(PeerContactMode, { message: 'mode must be one of IN_PERSON, PHONE, TEXT, VIDEO' })
  mode: PeerContactMode = PeerContactMode.IN_PERSON;

  @Field(() => [SupportType], {
    defaultValue: [SupportType.EMOTIONAL],
    description: 'At least one. INSTRUMENTAL is added by the server whenever practical help is given.',
  })
  @IsArray({ message: 'supportTypes must be a list' })
  @ArrayMinSize(1, { message: 'supportTypes must name at least one kind of support' })
  @ArrayUnique({ message: 'supportTypes must not repeat a kind of support' })
  @IsEnum(SupportType, { each: true, message: 'each support type must be EMOTIONAL, INFORMATIONAL, INSTRUMENTAL or AFFILIATIONAL' })
  supportTypes: SupportType[] = [SupportType.EMOTIONAL];

  @Field(() => [PracticalHelp], { defaultValue: [] })
  @IsArray({ message: 'practicalHelp must be a list' })
  @ArrayUnique({ message: 'practicalHelp must not repeat a kind of help' })
  @IsEnum(PracticalHelp, { each: true, message: 'each practicalHelp entry must be one of the practical help kinds' })
  practicalHelp: PracticalHelp[] = [];

  @Field(() => String, {
    nullable: true,
    description: `Non-clinical: what happened and what comes next, at most ${PEER_CONTACT_NOTE_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(PEER_CONTACT_NOTE_MAX_LENGTH, { message: `note must be at most ${PEER_CONTACT_NOTE_MAX_LENGTH} characters` })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after occurredOn.' })
  @IsOptional()
  @IsIsoDate()
  nextFollowUpOn?: string | null;
}
