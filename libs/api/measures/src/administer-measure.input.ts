import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MeasureInstrument } from '@carecircle/shared/domain';
import './measure-enums';
import { IsIsoDate, Trimmed, TrimmedEach } from '@carecircle/api/platform';


@InputType({ description: 'One administration of a standardized measure; the server scores it.' })
export class AdministerMeasureInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => MeasureInstrument)
  @IsEnum(MeasureInstrument, { message: 'instrument must be one of PHQ_9, GAD_7, BARC_10, BAM' })
  instrument!: MeasureInstrument;

  @Field(() => String, {
    nullable: true,
    description:
      "The published form the answers follow; defaults to, and today must be, the one the server scores: PHQ_9 '2001', GAD_7 '2006', " +
      "BARC_10 '2017', BAM 'Likert-2010' (MEASURE_INSTRUMENT_VERSIONS).",
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: 'instrumentVersion must not be empty' })
  @MaxLength(100, { message: 'instrumentVersion must be at most 100 characters' })
  instrumentVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today. Not in the future.' })
  @IsOptional()
  @IsIsoDate()
  administeredOn?: string | null;

  @Field(() => [Int], {
    description:
      'Item answers in form order, as given: PHQ-9 nine 0–3, GAD-7 seven 0–3, BARC-10 ten 1–6. BAM twenty-three: items 1–6, ' +
      '7A–7G (days each drug kind was used, recorded not scored), 8–17; day counts 0–30 for items 2, 3, 4, 5, 6, 7A–7G, 10, 11, 13, 16; ' +
      'Likert 0–4 for 1, 8, 9, 12, 15, 17; item 14 no 0 / yes 4. A refused answer is reported on the field answers.<position from 0>.',
  })
  @IsArray({ message: 'answers must be a list' })
  @ArrayMaxSize(40, { message: 'answers has too many items' })
  @IsInt({ each: true, message: 'answers must be whole numbers' })
  answers!: number[];

  @Field(() => [String], { defaultValue: [], description: 'BAM item 7A–7G: the drugs named. Recorded, not scored; BAM only.' })
  @TrimmedEach()
  @IsArray({ message: 'substancesNamed must be a list' })
  @ArrayMaxSize(7, { message: 'substancesNamed can hold at most 7 entries (BAM items 7A–7G)' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'substancesNamed must not contain empty names' })
  @MaxLength(100, { each: true, message: 'each substance name must be at most 100 characters' })
  substancesNamed: string[] = [];
}
