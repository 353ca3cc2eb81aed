import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';

@ArgsType()
export class MyPeerContactsArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day included; defaults to 30 days before `to`.' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day included; defaults to today.' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;
}
