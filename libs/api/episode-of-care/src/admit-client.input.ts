import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CheckInSchedule, LevelOfCare, CLIENT_NAME_MAX_LENGTH, CLIENT_PRONOUNS_MAX_LENGTH } from '@carecircle/shared/domain';
import { IsIsoDate, Trimmed } from '@carecircle/api/platform';


@InputType({ description: 'Starts an episode of care. Date rules relative to today are checked by the server.' })
export class AdmitClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programId must be a program id' })
  programId!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(CLIENT_NAME_MAX_LENGTH)
  firstName!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(CLIENT_NAME_MAX_LENGTH)
  lastName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(CLIENT_NAME_MAX_LENGTH)
  preferredName?: string | null;

  @Field({ description: 'YYYY-MM-DD, in the past.' })
  @IsIsoDate()
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(CLIENT_PRONOUNS_MAX_LENGTH)
  pronouns?: string | null;

  @Field(() => LevelOfCare)
  @IsEnum(LevelOfCare, { message: 'levelOfCare must be an ASAM level of care' })
  levelOfCare!: LevelOfCare;

  @Field({ description: 'YYYY-MM-DD, today or earlier.' })
  @IsIsoDate()
  admissionDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or earlier: the day sobriety began.' })
  @IsOptional()
  @IsIsoDate()
  recoveryStartDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The primary counselor. A counselor admits onto their own caseload (omit it or give your own id); a supervisor must name a counselor on their team.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'counselorId must be a staff member id' })
  counselorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A peer support worker of the organization to assign from the admission date.' })
  @IsOptional()
  @IsUUID('all', { message: 'peerWorkerId must be a staff member id' })
  peerWorkerId?: string | null;

  @Field(() => CheckInSchedule, {
    nullable: true,
    description: "How often the client is expected to check in; when left out, the program's default check-in schedule.",
  })
  @IsOptional()
  @IsEnum(CheckInSchedule, { message: 'checkInSchedule must be a check-in schedule' })
  checkInSchedule?: CheckInSchedule | null;
}
