import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RiskFlagCode } from '@carecircle/shared/domain';

@ObjectType('RiskThresholdPreviewFlag', { description: 'Clients with one flag under the thresholds in force and under the proposed ones.' })
export class RiskThresholdPreviewFlagModel {
  @Field(() => RiskFlagCode)
  code!: RiskFlagCode;

  @Field(() => Int)
  now!: number;

  @Field(() => Int)
  after!: number;
}

@ObjectType('RiskThresholdPreview', {
  description:
    "What proposed thresholds would change among the program's clients in care that the caller may count: a supervisor's own " +
    "and their team's clients; for an administrator, the whole program. Counts only. A client counts as flagged when a flag " +
    'the thresholds tune fires (no recent check-in, high craving, recent use, missed sessions, no recent peer contact).',
})
export class RiskThresholdPreviewModel {
  @Field(() => Int)
  clientsCounted!: number;

  @Field(() => Int)
  flaggedNow!: number;

  @Field(() => Int)
  flaggedAfter!: number;

  @Field(() => Int, { description: 'Clients flagged after the change who are not flagged now.' })
  newlyFlagged!: number;

  @Field(() => Int, { description: 'Clients flagged now who would not be after the change.' })
  noLongerFlagged!: number;

  @Field(() => [RiskThresholdPreviewFlagModel])
  byFlag!: RiskThresholdPreviewFlagModel[];
}
