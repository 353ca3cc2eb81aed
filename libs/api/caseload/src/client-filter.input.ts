import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ClientStatus, LevelOfCare, Modality, RiskFlagCode, RiskSeverity } from '@carecircle/shared/domain';
import { IsIsoDate } from '@carecircle/api/platform';

registerEnumType(RiskSeverity, { name: 'RiskSeverity' });
registerEnumType(RiskFlagCode, { name: 'RiskFlagCode' });

@InputType()
export class ClientFilterInput {
  @Field({ nullable: true, description: 'Matches first, last or preferred name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string;

  @Field(() => [ClientStatus], { nullable: true, description: 'Defaults to every status.' })
  @IsOptional()
  @IsEnum(ClientStatus, { each: true })
  statuses?: ClientStatus[];

  @Field(() => LevelOfCare, { nullable: true })
  @IsOptional()
  @IsEnum(LevelOfCare)
  levelOfCare?: LevelOfCare;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only clients with a dual diagnosis (active SUD other than nicotine and an active mental-health diagnosis); ' +
      'false: only those without. A peer support worker matches only clients whose consent shares diagnoses with the peer support team.',
  })
  @IsOptional()
  @IsBoolean({ message: 'dualDiagnosis must be true or false' })
  dualDiagnosis?: boolean;

  @Field(() => RiskSeverity, { nullable: true, description: 'Only clients with a risk flag at least this severe.' })
  @IsOptional()
  @IsEnum(RiskSeverity)
  riskSeverityAtLeast?: RiskSeverity;

  @Field(() => RiskFlagCode, { nullable: true, description: 'Only clients with this risk flag.' })
  @IsOptional()
  @IsEnum(RiskFlagCode)
  riskFlag?: RiskFlagCode;

  @Field(() => ID, { nullable: true, description: "Only clients on this counselor's current caseload (supervisors: click-through from a counselor row)." })
  @IsOptional()
  @IsUUID('all', { message: 'counselorId must be a staff id' })
  counselorId?: string;

  @Field(() => Modality, { nullable: true, description: 'Only clients whose signed care plan has an intervention in this modality.' })
  @IsOptional()
  @IsEnum(Modality)
  modality?: Modality;

  @Field({ nullable: true, description: 'Admitted on or after this day, YYYY-MM-DD (cohort click-through).' })
  @IsOptional()
  @IsIsoDate({ message: 'admittedFrom must be a date like 2026-01-31' })
  admittedFrom?: string;

  @Field({ nullable: true, description: 'Admitted on or before this day, YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate({ message: 'admittedTo must be a date like 2026-01-31' })
  admittedTo?: string;
}
