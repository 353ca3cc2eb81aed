import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { RecoveryStance, SupportRelationship } from '@carecircle/shared/domain';
import { MEMBER_LIMITS, PHONE_PATTERN, PHONE_PROBLEM } from './support-network-member.limits';
import './support-network.enums';

/**
 * Only the fields sent change. name, relationship, stance and involvedInTreatment cannot be
 * cleared; phone, email and note are cleared with an explicit null.
 */
@InputType()
export class UpdateSupportNetworkMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a support network member id (a UUID)' })
  memberId!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means someone else changed it.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @ValidateIf((_input, value) => value !== undefined)
  @IsString({ message: 'name must be text and cannot be cleared' })
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(MEMBER_LIMITS.name, { message: `name must be at most ${MEMBER_LIMITS.name} characters` })
  name?: string;

  @Field(() => SupportRelationship, { nullable: true })
  @ValidateIf((_input, value) => value !== undefined)
  @IsEnum(SupportRelationship, { message: 'relationship must be one of the listed relationships and cannot be cleared' })
  relationship?: SupportRelationship;

  @Field(() => RecoveryStance, { nullable: true })
  @ValidateIf((_input, value) => value !== undefined)
  @IsEnum(RecoveryStance, { message: 'stance must be SUPPORTIVE, NEUTRAL or RISK and cannot be cleared' })
  stance?: RecoveryStance;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: PHONE_PROBLEM })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(MEMBER_LIMITS.email)
  email?: string | null;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf((_input, value) => value !== undefined)
  @IsBoolean({ message: 'involvedInTreatment must be true or false' })
  involvedInTreatment?: boolean;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(MEMBER_LIMITS.note, { message: `note must be at most ${MEMBER_LIMITS.note} characters` })
  note?: string | null;
}
