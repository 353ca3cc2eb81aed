import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DIAGNOSIS_DESCRIPTION_MAX_LENGTH, DiagnosisStatus } from '@carecircle/shared/domain';
import { IsIcd10Code } from './icd10-code.validator';
import { IsIsoDate, Trimmed } from '@carecircle/api/platform';

@InputType()
export class RecordDiagnosisInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field({ description: 'ICD-10-CM code such as F10.20; stored in upper case.' })
  @IsIcd10Code()
  icd10Code!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the catalog's description; required for codes not in the catalog." })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(DIAGNOSIS_DESCRIPTION_MAX_LENGTH, { message: `description must be at most ${DIAGNOSIS_DESCRIPTION_MAX_LENGTH} characters` })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or earlier.' })
  @IsOptional()
  @IsIsoDate()
  onsetDate?: string | null;

  @Field(() => DiagnosisStatus, { defaultValue: DiagnosisStatus.ACTIVE })
  @IsEnum(DiagnosisStatus, { message: 'status must be ACTIVE, IN_REMISSION or RESOLVED' })
  status: DiagnosisStatus = DiagnosisStatus.ACTIVE;
}
