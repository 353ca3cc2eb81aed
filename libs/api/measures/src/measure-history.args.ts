import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { MeasureInstrument } from '@carecircle/shared/domain';
import './measure-enums';

@ArgsType()
export class MeasureHistoryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => MeasureInstrument, { nullable: true, description: 'Only this instrument; every instrument when omitted.' })
  @IsOptional()
  @IsEnum(MeasureInstrument, { message: 'instrument must be one of PHQ_9, GAD_7, BARC_10, BAM' })
  instrument?: MeasureInstrument | null;
}
