import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { CheckInSchedule, LevelOfCare } from '@carecircle/shared/domain';
import { IsIsoDate } from '@carecircle/api/platform';

@InputType({
  description:
    'Starts the next episode of care on a discharged client’s record. A counselor readmits onto their own caseload; ' +
    'a supervisor names a counselor on their team.',
})
export class ReadmitClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => Int, { description: "The client's version as you last saw it (PossibleDuplicateClient.version or Client.version)." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => ID)
  @IsUUID('all', { message: 'programId must be a program id' })
  programId!: string;

  @Field(() => LevelOfCare)
  @IsEnum(LevelOfCare, { message: 'levelOfCare must be an ASAM level of care' })
  levelOfCare!: LevelOfCare;

  @Field({ description: 'YYYY-MM-DD: on or after the last discharge date, not in the future.' })
  @IsIsoDate()
  admissionDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or earlier. Left empty, the recorded recovery start date stays.' })
  @IsOptional()
  @IsIsoDate()
  recoveryStartDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The primary counselor: yourself as a counselor (or empty); a counselor on your team as a supervisor.' })
  @IsOptional()
  @IsUUID('all', { message: 'counselorId must be a staff member id' })
  counselorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An active peer support worker of the organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'peerWorkerId must be a staff member id' })
  peerWorkerId?: string | null;

  @Field(() => CheckInSchedule, { nullable: true, description: 'Left empty, the schedule stays as it was.' })
  @IsOptional()
  @IsEnum(CheckInSchedule, { message: 'checkInSchedule must be a check-in schedule' })
  checkInSchedule?: CheckInSchedule | null;
}
