import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import { CheckInSchedule } from '@carecircle/shared/domain';
import './check-in-enums';

@ArgsType()
export class SetCheckInScheduleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => CheckInSchedule)
  @IsEnum(CheckInSchedule, { message: 'schedule must be one of DAILY, SEVERAL_PER_WEEK, WEEKLY' })
  schedule!: CheckInSchedule;

  @Field(() => Int, { description: "The client's version as you last saw it." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
