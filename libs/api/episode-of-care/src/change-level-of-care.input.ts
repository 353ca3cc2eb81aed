import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { LevelOfCare, LEVEL_OF_CARE_REASON_MAX_LENGTH } from '@carecircle/shared/domain';
import { IsIsoDate } from '@carecircle/api/platform';

@InputType()
export class ChangeLevelOfCareInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => Int, { description: "The client's version as you last saw it." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => LevelOfCare)
  @IsEnum(LevelOfCare, { message: 'levelOfCare must be an ASAM level of care' })
  levelOfCare!: LevelOfCare;

  @Field({ description: 'YYYY-MM-DD: not before the admission or the last change, not in the future.' })
  @IsIsoDate()
  effectiveOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LEVEL_OF_CARE_REASON_MAX_LENGTH)
  reason?: string | null;
}
