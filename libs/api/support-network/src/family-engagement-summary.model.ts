import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FamilyEngagementSummary', {
  description: 'Family engagement counted up to today; "last 30 days" is today and the 29 days before it.',
})
export class FamilyEngagementSummaryModel {
  @Field(() => Int)
  eventsLast30Days!: number;

  @Field(() => Int)
  eventsLast90Days!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the most recent event; null when there has been none.' })
  lastEventOn!: string | null;
}
