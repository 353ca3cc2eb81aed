import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID, Min } from 'class-validator';

@ArgsType()
export class SetIntegratedTreatmentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field({ description: 'Whether mental-health and substance-use care are delivered together.' })
  @IsBoolean({ message: 'receiving must be true or false' })
  receiving!: boolean;

  @Field(() => Int, { description: "The client's version as you last saw it." })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
