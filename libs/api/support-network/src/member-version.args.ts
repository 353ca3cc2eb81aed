import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@ArgsType()
export class MemberVersionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a support network member id (a UUID)' })
  memberId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
