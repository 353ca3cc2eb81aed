import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Min, ValidateNested } from 'class-validator';
import { CarePlanContentInput } from './care-plan-content.input';

@InputType()
export class SaveCarePlanDraftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId must be a care plan id (a UUID)' })
  planId!: string;

  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else saved first.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => CarePlanContentInput)
  @ValidateNested()
  @Type(() => CarePlanContentInput)
  content!: CarePlanContentInput;
}
