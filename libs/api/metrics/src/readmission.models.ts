import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DischargeReason, EpisodeSelection } from '@carecircle/shared/domain';

@ObjectType('ReadmissionRate', {
  description:
    'Discharges and how many came back within 30 and 90 days. A rate counts the discharges whose outcome is known ' +
    '(readmitted already, or discharged at least that many days ago); deaths are in no rate.',
})
export class ReadmissionRateModel {
  @Field(() => DischargeReason, { nullable: true, description: 'Empty on the row for all reasons together.' })
  dischargeReason!: DischargeReason | null;

  @Field(() => Int, { description: 'Discharges in the range.' })
  discharges!: number;

  @Field(() => Int, { description: 'Discharges whose 30-day outcome is known (deaths excluded).' })
  eligibleWithin30Days!: number;

  @Field(() => Int, { description: 'Of those, readmitted within 30 days of the discharge.' })
  readmittedWithin30Days!: number;

  @Field(() => Float, { nullable: true, description: 'readmittedWithin30Days ÷ eligibleWithin30Days; null when nobody is eligible yet.' })
  rateWithin30Days!: number | null;

  @Field(() => Int, { description: 'Discharges whose 90-day outcome is known (deaths excluded).' })
  eligibleWithin90Days!: number;

  @Field(() => Int, { description: 'Of those, readmitted within 90 days of the discharge.' })
  readmittedWithin90Days!: number;

  @Field(() => Float, { nullable: true, description: 'readmittedWithin90Days ÷ eligibleWithin90Days; null when nobody is eligible yet.' })
  rateWithin90Days!: number | null;
}

@ObjectType('ReadmissionReport', { description: 'Readmission after discharges in the range, within the caller’s scope.' })
export class ReadmissionReportModel {
  @Field({ description: 'First discharge date counted, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last discharge date counted, YYYY-MM-DD.' })
  to!: string;

  @Field(() => EpisodeSelection)
  episodes!: EpisodeSelection;

  @Field(() => ReadmissionRateModel, { description: 'All discharge reasons together.' })
  overall!: ReadmissionRateModel;

  @Field(() => [ReadmissionRateModel], { description: 'One row per discharge reason with a discharge in the range.' })
  byDischargeReason!: ReadmissionRateModel[];
}
