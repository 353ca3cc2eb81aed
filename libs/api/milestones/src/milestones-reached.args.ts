import { ArgsType, Field } from '@nestjs/graphql';
import { IsIsoDate } from '@carecircle/api/platform';

@ArgsType()
export class MilestonesReachedArgs {
  @Field({ description: 'YYYY-MM-DD, first day included.' })
  @IsIsoDate()
  from!: string;

  @Field({ description: 'YYYY-MM-DD, last day included; at most 366 days after from.' })
  @IsIsoDate()
  to!: string;
}
