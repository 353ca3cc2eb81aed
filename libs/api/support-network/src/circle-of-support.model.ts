import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/**
 * Fewest clients a program median is taken over. A median over a handful of clients is close to one
 * named person's figure (with three clients it IS one client's count), so below this it is not given.
 */
export const CIRCLE_OF_SUPPORT_MEDIAN_MIN_CLIENTS = 5;

@ObjectType('CircleOfSupportMedians', {
  description:
    'Medians of the same measures over the clients with an open episode in the client’s program that the caller may see. ' +
    `Each is null when fewer than ${CIRCLE_OF_SUPPORT_MEDIAN_MIN_CLIENTS} such clients exist: a median over a handful reveals individuals.`,
})
export class CircleOfSupportMediansModel {
  @Field(() => Int, { description: 'Clients the medians are taken over (the caller’s visible clients in the program with an open episode).' })
  medianOverClients!: number;

  @Field(() => Float, { nullable: true })
  supportiveMembers!: number | null;

  @Field(() => Float, { nullable: true })
  riskMembers!: number | null;

  @Field(() => Float, { nullable: true })
  familyEventsLast30Days!: number | null;

  @Field(() => Float, { nullable: true })
  peerContactsLast30Days!: number | null;

  @Field(() => Float, { nullable: true })
  checkInsLast30Days!: number | null;

  @Field(() => Float, { nullable: true })
  meetingsReportedLast30Days!: number | null;
}

@ObjectType('CircleOfSupport', {
  description:
    'A compact count of the client’s support system beside the program’s median. ' +
    '"Last 30 days" is the organization’s today and the 29 days before it.',
})
export class CircleOfSupportModel {
  @Field(() => Int, { description: 'Current (not removed) network members marked supportive of recovery.' })
  supportiveMembers!: number;

  @Field(() => Int, { description: 'Current (not removed) network members marked as a risk to recovery.' })
  riskMembers!: number;

  @Field(() => Int)
  familyEventsLast30Days!: number;

  @Field(() => Int, { description: 'Peer contacts, withdrawn ones left out.' })
  peerContactsLast30Days!: number;

  @Field(() => Int)
  checkInsLast30Days!: number;

  @Field(() => Int, { description: 'Check-ins in the last 30 days that reported attending a mutual-aid meeting.' })
  meetingsReportedLast30Days!: number;

  @Field(() => CircleOfSupportMediansModel)
  programMedian!: CircleOfSupportMediansModel;
}
