import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';
import { EMERGENCY_REASON_MAX_LENGTH, EMERGENCY_RECIPIENT_MAX_LENGTH } from '@carecircle/shared/domain';

@ArgsType()
export class ClientRestrictionArgs {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field({ description: 'Why (recorded in the audit trail).' })
  @IsString()
  @MaxLength(EMERGENCY_REASON_MAX_LENGTH)
  reason!: string;
}

@ArgsType()
export class EmergencyAccessArgs {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field({ description: 'The nature of the emergency (42 CFR 2.51); required.' })
  @IsString()
  @MaxLength(EMERGENCY_REASON_MAX_LENGTH)
  natureOfEmergency!: string;

  @Field(() => String, { nullable: true, description: 'When information goes to medical personnel: who receives it.' })
  @IsOptional()
  @IsString()
  @MaxLength(EMERGENCY_RECIPIENT_MAX_LENGTH)
  recipientName?: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's affiliation (hospital, ambulance service…)." })
  @IsOptional()
  @IsString()
  @MaxLength(EMERGENCY_RECIPIENT_MAX_LENGTH)
  recipientAffiliation?: string | null;
}

@ArgsType()
export class EmergencyLookupArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  lastName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'dateOfBirth must be a date written YYYY-MM-DD' })
  dateOfBirth!: string;
}

@ArgsType()
export class EmergencyClientArgs {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;
}
