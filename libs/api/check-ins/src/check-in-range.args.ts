import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';

/** A client and an inclusive range of the organization's days (its time zone); the server checks from ≤ to and at most 400 days. */
@ArgsType()
export class CheckInRangeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field({ description: "YYYY-MM-DD, first day included (in the organization's time zone)." })
  @IsIsoDate()
  from!: string;

  @Field({ description: "YYYY-MM-DD, last day included (in the organization's time zone)." })
  @IsIsoDate()
  to!: string;
}
