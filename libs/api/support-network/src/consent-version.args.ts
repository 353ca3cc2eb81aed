import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@ArgsType()
export class ConsentVersionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'consentId must be a consent id (a UUID)' })
  consentId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
