import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CheckInSchedule } from '@carecircle/shared/domain';
import './check-in-enums';

@ObjectType('CheckInCompletion', {
  description:
    "Check-ins received ÷ check-ins expected by the client's schedule over the days counted. Every check-in counts " +
    '(two on one day count twice), and the rate is capped at 1 so extra check-ins cannot hide missed ones. ' +
    'Days before admission, after discharge or after today are not counted.',
})
export class CheckInCompletionModel {
  @Field({ description: 'YYYY-MM-DD: first day counted.' })
  from!: string;

  @Field({ description: 'YYYY-MM-DD: last day counted.' })
  to!: string;

  @Field(() => Int, { description: 'Days counted (may be fewer than asked for; 0 when none of the range is in the episode).' })
  days!: number;

  @Field(() => CheckInSchedule, { description: "The client's current schedule." })
  schedule!: CheckInSchedule;

  @Field(() => Float, { description: 'Check-ins expected over the days counted; partial weeks count pro rata.' })
  expected!: number;

  @Field(() => Int)
  received!: number;

  @Field(() => Float, { nullable: true, description: '0–1; null when nothing was expected.' })
  rate!: number | null;
}
