import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { DIAGNOSIS_DESCRIPTION_MAX_LENGTH, DiagnosisStatus } from '@carecircle/shared/domain';
import { IsIsoDate, Trimmed } from '@carecircle/api/platform';

/** Only the fields given change. The code itself is not edited: resolve it and record the right one. */
@InputType()
export class UpdateDiagnosisInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'diagnosisId must be a diagnosis id (a UUID)' })
  diagnosisId!: string;

  @Field(() => Int, { description: 'The version you last saw.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => DiagnosisStatus, { nullable: true })
  @ValidateIf((input: UpdateDiagnosisInput) => input.status !== undefined)
  @IsEnum(DiagnosisStatus, { message: 'status must be ACTIVE, IN_REMISSION or RESOLVED' })
  status?: DiagnosisStatus;

  @Field(() => String, { nullable: true })
  @ValidateIf((input: UpdateDiagnosisInput) => input.description !== undefined)
  @Trimmed()
  @IsString({ message: 'description cannot be removed, only changed' })
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(DIAGNOSIS_DESCRIPTION_MAX_LENGTH, { message: `description must be at most ${DIAGNOSIS_DESCRIPTION_MAX_LENGTH} characters` })
  description?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or earlier; null clears it.' })
  @IsOptional()
  @IsIsoDate()
  onsetDate?: string | null;
}
