import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import { DischargeReason } from '@carecircle/shared/domain';
import { IsIsoDate } from '@carecircle/api/platform';

@InputType()
export class DischargeClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => Int, { description: "The client's version as you last saw it." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ description: 'YYYY-MM-DD: the last day in treatment; not before admission, not in the future.' })
  @IsIsoDate()
  dischargeDate!: string;

  @Field(() => DischargeReason)
  @IsEnum(DischargeReason, { message: 'reason must be a TEDS discharge reason' })
  reason!: DischargeReason;
}
