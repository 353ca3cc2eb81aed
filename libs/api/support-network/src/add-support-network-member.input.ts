import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { RecoveryStance, SupportRelationship } from '@carecircle/shared/domain';
import { MEMBER_LIMITS, PHONE_PATTERN, PHONE_PROBLEM } from './support-network-member.limits';
import './support-network.enums';

@InputType()
export class AddSupportNetworkMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(MEMBER_LIMITS.name, { message: `name must be at most ${MEMBER_LIMITS.name} characters` })
  name!: string;

  @Field(() => SupportRelationship)
  @IsEnum(SupportRelationship, { message: 'relationship must be one of the listed relationships' })
  relationship!: SupportRelationship;

  @Field(() => RecoveryStance)
  @IsEnum(RecoveryStance, { message: 'stance must be SUPPORTIVE, NEUTRAL or RISK' })
  stance!: RecoveryStance;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: PHONE_PROBLEM })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(MEMBER_LIMITS.email)
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to false.' })
  @IsOptional()
  @IsBoolean()
  involvedInTreatment?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MEMBER_LIMITS.note, { message: `note must be at most ${MEMBER_LIMITS.note} characters` })
  note?: string | null;
}
