import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsIsoDate, Trimmed } from '@carecircle/api/platform';
import { RECOVERY_RESET_REASON_MAX_LENGTH } from '@carecircle/shared/domain';


@InputType({ description: "A counselor's confirmation that reported use resets the recovery start date." })
export class ResetRecoveryStartDateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => Int, { description: "The client's version as you last saw it." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ description: 'YYYY-MM-DD: the new day sobriety began. Not in the future, not more than 5 years before admission.' })
  @IsIsoDate()
  newStartDate!: string;

  @Field({ description: 'Why, e.g. the check-in or conversation where use was reported.' })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(RECOVERY_RESET_REASON_MAX_LENGTH, { message: `reason must be at most ${RECOVERY_RESET_REASON_MAX_LENGTH} characters` })
  reason!: string;
}
