import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

@ArgsType()
export class CarePlanIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a care plan id (a UUID)' })
  id!: string;
}

@ArgsType()
export class ClientCarePlanArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;
}

@ArgsType()
export class CarePlanDiffArgs {
  @Field(() => ID, { description: 'The earlier version.' })
  @IsUUID('all', { message: 'fromPlanId must be a care plan id (a UUID)' })
  fromPlanId!: string;

  @Field(() => ID, { description: 'The later version.' })
  @IsUUID('all', { message: 'toPlanId must be a care plan id (a UUID)' })
  toPlanId!: string;
}

/** A step in the plan's lifecycle, made against the version the caller loaded. */
@ArgsType()
export class CarePlanVersionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId must be a care plan id (a UUID)' })
  planId!: string;

  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed the plan first.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}

@ArgsType()
export class SignOffCarePlanArgs extends CarePlanVersionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment?: string | null;
}

@ArgsType()
export class ReturnCarePlanArgs extends CarePlanVersionArgs {
  @Field({ description: 'What needs to change before the plan can be signed.' })
  @IsString({ message: 'comment must say what needs to change' })
  @Matches(/\S/, { message: 'comment must say what needs to change' })
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment!: string;
}
