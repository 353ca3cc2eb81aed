import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ClientIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a client id (a UUID)' })
  id!: string;
}
