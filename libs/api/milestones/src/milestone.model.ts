import { Field, Int, ObjectType } from '@nestjs/graphql';
import { calendarDaysBetween, type IsoDate, type Milestone } from '@carecircle/shared/domain';

@ObjectType('Milestone', {
  description: 'A recovery milestone counted from the recovery start date: 1, 7, 30, 60, 90 days; 6, 9 months; 1 year; 18 months; then yearly.',
})
export class MilestoneModel {
  @Field({ description: 'Stable code, e.g. DAYS_30, MONTHS_6, YEARS_2.' })
  code!: string;

  @Field({ description: 'e.g. "30 days".' })
  label!: string;

  @Field({ description: 'YYYY-MM-DD: the day it is reached.' })
  date!: string;

  @Field(() => Int, { description: 'Days from today to the milestone: 0 today, negative once reached.' })
  daysUntil!: number;

  static from(milestone: Milestone, today: IsoDate): MilestoneModel {
    return Object.assign(new MilestoneModel(), {
      code: milestone.code,
      label: milestone.label,
      date: milestone.date,
      daysUntil: calendarDaysBetween(today, milestone.date),
    });
  }
}
