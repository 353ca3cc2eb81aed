import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PeerContactMode, PracticalHelp, SupportType } from '@carecircle/shared/domain';
import './peer-contact-enums';
import { IsIsoDate } from '@carecircle/api/platform';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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

  @Field(() => Int, { defaultValue: 15, description: 'Minutes, 1 to 600.' })
  @IsInt({ message: 'durationMinutes must be a whole number of minutes from 1 to 600' })
  @Min(1, { message: 'durationMinutes must be a whole number of minutes from 1 to 600' })
  @Max(600, { message: 'durationMinutes must be a whole number of minutes from 1 to 600' })
  durationMinutes: number = 15;

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

  @Field(() => String, { nullable: true, description: 'Non-clinical: what happened and what comes next, at most 1000 characters.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after occurredOn.' })
  @IsOptional()
  @IsIsoDate()
  nextFollowUpOn?: string | null;
}
