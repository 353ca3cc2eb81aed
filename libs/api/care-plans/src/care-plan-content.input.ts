import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ICD10_CM_PATTERN, normalizeIcd10Code } from '@carecircle/shared/domain';
import { Modality, ObjectiveStatus } from './care-plan-enums';
import { IsIsoDate } from '@carecircle/api/platform';

export const MAX_ITEMS_PER_LEVEL = 20;
const NOT_BLANK = /\S/;
const ITEM_ID = 'must be a UUID (the web makes one with crypto.randomUUID) or left out for a new item';

@InputType({ description: 'One intervention. Leave id out for a new item, or send a UUID made by the client.' })
export class CarePlanInterventionInput {
  @Field(() => ID, { nullable: true, description: 'Keep the id of an existing item so the diff can follow it.' })
  @IsOptional()
  @IsUUID('all', { message: `intervention id ${ITEM_ID}` })
  id?: string | null;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'intervention description must say what staff will do' })
  @MaxLength(1000, { message: 'intervention description must be at most 1000 characters' })
  description!: string;

  @Field({ description: 'How often, e.g. "weekly, 50 minutes".' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'intervention frequency must say how often' })
  @MaxLength(200, { message: 'intervention frequency must be at most 200 characters' })
  frequency!: string;

  @Field(() => ID, { nullable: true, description: 'A staff member of your organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'responsibleStaffId must be a staff member id (a UUID)' })
  responsibleStaffId?: string | null;

  @Field(() => Modality)
  @IsEnum(Modality, { message: 'modality must be one of the listed modalities' })
  modality!: Modality;
}

@InputType()
export class CarePlanObjectiveInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: `objective id ${ITEM_ID}` })
  id?: string | null;

  @Field({ description: 'Measurable: what will be different, by when.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'objective description must not be blank' })
  @MaxLength(1000, { message: 'objective description must be at most 1000 characters' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate({ message: 'targetDate must be a date written YYYY-MM-DD' })
  targetDate?: string | null;

  @Field(() => ObjectiveStatus)
  @IsEnum(ObjectiveStatus, { message: 'objective status must be NOT_STARTED, IN_PROGRESS, MET, NOT_MET or DEFERRED' })
  status!: ObjectiveStatus;

  @Field(() => [CarePlanInterventionInput])
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS_PER_LEVEL, { message: `an objective can have at most ${MAX_ITEMS_PER_LEVEL} interventions` })
  @ValidateNested({ each: true })
  @Type(() => CarePlanInterventionInput)
  interventions!: CarePlanInterventionInput[];
}

@InputType()
export class CarePlanGoalInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: `goal id ${ITEM_ID}` })
  id?: string | null;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'goal description must not be blank' })
  @MaxLength(1000, { message: 'goal description must be at most 1000 characters' })
  description!: string;

  @Field(() => [CarePlanObjectiveInput])
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS_PER_LEVEL, { message: `a goal can have at most ${MAX_ITEMS_PER_LEVEL} objectives` })
  @ValidateNested({ each: true })
  @Type(() => CarePlanObjectiveInput)
  objectives!: CarePlanObjectiveInput[];
}

@InputType()
export class CarePlanProblemInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: `problem id ${ITEM_ID}` })
  id?: string | null;

  @Field({ description: "In the client's own words; may be empty when the clinical description is given." })
  @IsString()
  @MaxLength(2000, { message: 'clientStatement must be at most 2000 characters' })
  clientStatement!: string;

  @Field({ description: "The clinician's formulation; may be empty when the client statement is given." })
  @IsString()
  @MaxLength(4000, { message: 'clinicalDescription must be at most 4000 characters' })
  clinicalDescription!: string;

  @Field(() => [String], {
    nullable: true,
    description: "ICD-10-CM codes of the client's diagnoses this problem addresses (each on the client's record); left out means none.",
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normalizeIcd10Code(v) : v)) : value))
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS_PER_LEVEL, { message: `a problem can address at most ${MAX_ITEMS_PER_LEVEL} diagnoses` })
  @IsString({ each: true })
  @Matches(ICD10_CM_PATTERN, { each: true, message: 'addressesDiagnosisCodes must be ICD-10-CM codes such as F41.1' })
  addressesDiagnosisCodes?: string[] | null;

  @Field(() => [CarePlanGoalInput])
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS_PER_LEVEL, { message: `a problem can have at most ${MAX_ITEMS_PER_LEVEL} goals` })
  @ValidateNested({ each: true })
  @Type(() => CarePlanGoalInput)
  goals!: CarePlanGoalInput[];
}

@InputType({ description: 'The whole problem → goal → objective → intervention tree of a draft.' })
export class CarePlanContentInput {
  @Field(() => [CarePlanProblemInput])
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS_PER_LEVEL, { message: `a plan can have at most ${MAX_ITEMS_PER_LEVEL} problems` })
  @ValidateNested({ each: true })
  @Type(() => CarePlanProblemInput)
  problems!: CarePlanProblemInput[];
}
