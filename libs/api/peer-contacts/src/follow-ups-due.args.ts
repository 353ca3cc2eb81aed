import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';

@ArgsType()
export class FollowUpsDueArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: follow-ups due on or before this day; defaults to a week from today.' })
  @IsOptional()
  @IsIsoDate()
  until?: string | null;
}
