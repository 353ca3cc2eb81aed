import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class PeerContactIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a peer contact id (a UUID)' })
  id!: string;
}
