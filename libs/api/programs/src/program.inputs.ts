import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CheckInSchedule, LevelOfCare, PROGRAM_NAME_MAX_LENGTH, REVIEW_INTERVAL_LIMITS, type RiskThresholds } from '@carecircle/shared/domain';
import { Trimmed } from '@carecircle/api/platform';

const IsProgramId = () => IsUUID('all', { message: 'programId must be a program id (a UUID)' });

@InputType({ description: "A level of care whose plan reviews follow this program's own interval." })
export class ReviewIntervalOverrideInput {
  @Field(() => LevelOfCare)
  @IsEnum(LevelOfCare, { message: 'levelOfCare must be a level of care' })
  levelOfCare!: LevelOfCare;

  @Field(() => Int, { description: `Days between plan reviews, ${REVIEW_INTERVAL_LIMITS.min} to ${REVIEW_INTERVAL_LIMITS.max}.` })
  @IsInt({ message: 'days must be a whole number' })
  @Min(REVIEW_INTERVAL_LIMITS.min, { message: `days must be from ${REVIEW_INTERVAL_LIMITS.min} to ${REVIEW_INTERVAL_LIMITS.max}` })
  @Max(REVIEW_INTERVAL_LIMITS.max, { message: `days must be from ${REVIEW_INTERVAL_LIMITS.min} to ${REVIEW_INTERVAL_LIMITS.max}` })
  days!: number;
}

/**
 * A program's risk thresholds. A setting left out (or null) takes DOMAIN.md's default; the bounds
 * are RISK_THRESHOLD_LIMITS in shared/domain, checked by the service with the rule that ties two
 * settings together (craving hits within the window).
 */
@InputType({ description: 'Risk-flag thresholds; a setting left out takes the default.' })
export class RiskThresholdsInput implements Partial<Record<keyof RiskThresholds, number | null>> {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'noCheckInDays must be a whole number' }) noCheckInDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'highCraving must be a whole number' }) highCraving?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'cravingWindow must be a whole number' }) cravingWindow?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'cravingHits must be a whole number' }) cravingHits?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'useLookbackDays must be a whole number' }) useLookbackDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'noPeerContactDays must be a whole number' }) noPeerContactDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'noShowCount must be a whole number' }) noShowCount?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'noShowWindowDays must be a whole number' }) noShowWindowDays?: number | null;
}

@InputType({ description: 'A new program of the organization.' })
export class CreateProgramInput {
  @Field({ description: `Unique in the organization, up to ${PROGRAM_NAME_MAX_LENGTH} characters.` })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(PROGRAM_NAME_MAX_LENGTH, { message: `name can be at most ${PROGRAM_NAME_MAX_LENGTH} characters` })
  name!: string;

  @Field(() => LevelOfCare)
  @IsEnum(LevelOfCare, { message: 'defaultLevelOfCare must be a level of care' })
  defaultLevelOfCare!: LevelOfCare;

  @Field(() => CheckInSchedule, { description: 'The check-in schedule a client admitted to this program starts with.' })
  @IsEnum(CheckInSchedule, { message: 'defaultCheckInSchedule must be a check-in schedule' })
  defaultCheckInSchedule!: CheckInSchedule;

  @Field({ description: "Whether counselors new to this program start out needing a supervisor's co-signature on their notes." })
  @IsBoolean()
  notesRequireCosignature!: boolean;

  @Field(() => [ReviewIntervalOverrideInput], { description: 'Levels of care whose plan reviews differ from the default interval; each level once.' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ReviewIntervalOverrideInput)
  reviewIntervalOverrides!: ReviewIntervalOverrideInput[];

  @Field(() => RiskThresholdsInput, { nullable: true, description: 'Left out: the defaults (creating) or the thresholds in force (editing).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RiskThresholdsInput)
  riskThresholds?: RiskThresholdsInput | null;
}

@InputType({ description: 'A program as it should now read.' })
export class UpdateProgramInput extends CreateProgramInput {
  @Field(() => ID)
  @IsProgramId()
  programId!: string;
}

@InputType({ description: "A program's risk thresholds as they should now read; a setting left out takes the default." })
export class UpdateRiskThresholdsInput {
  @Field(() => ID)
  @IsProgramId()
  programId!: string;

  @Field(() => RiskThresholdsInput)
  @ValidateNested()
  @Type(() => RiskThresholdsInput)
  thresholds!: RiskThresholdsInput;
}

@ArgsType()
export class RiskThresholdPreviewArgs {
  @Field(() => ID)
  @IsProgramId()
  programId!: string;

  @Field(() => RiskThresholdsInput)
  @ValidateNested()
  @Type(() => RiskThresholdsInput)
  thresholds!: RiskThresholdsInput;
}

@ArgsType()
export class ProgramIdArgs {
  @Field(() => ID)
  @IsProgramId()
  programId!: string;
}
