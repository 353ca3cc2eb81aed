import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';
import { EpisodeSelection, RiskFlagCode, RiskSeverity } from '@carecircle/shared/domain';
import { ClientModel } from '@carecircle/api/clients';
import { MetricDimension } from './metric-dimension';

// RiskSeverity and RiskFlagCode are registered with the caseload filter (libs/api/caseload) that also uses them.

registerEnumType(EpisodeSelection, { name: 'EpisodeSelection', description: 'Which episodes of care a metric counts: all, or each person’s first.' });

@InputType()
export class MetricsRangeInput {
  @Field({ description: 'First day, YYYY-MM-DD. For retention: the earliest admission date.' })
  @IsIsoDate({ message: 'from must be a date like 2026-01-31' })
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD, inclusive.' })
  @IsIsoDate({ message: 'to must be a date like 2026-01-31' })
  to!: string;

  @Field(() => MetricDimension, { defaultValue: MetricDimension.ALL })
  @IsOptional()
  @IsEnum(MetricDimension)
  dimension: MetricDimension = MetricDimension.ALL;

  @Field(() => EpisodeSelection, {
    defaultValue: EpisodeSelection.ALL,
    description: 'Retention, curves and readmissions count episodes of care: all of them, or each person’s first only.',
  })
  @IsOptional()
  @IsEnum(EpisodeSelection)
  episodes: EpisodeSelection = EpisodeSelection.ALL;
}

@ObjectType('RiskFlag', { description: 'An explainable flag: a rule that fired, with the data behind it.' })
export class RiskFlagModel {
  @Field(() => RiskFlagCode)
  code!: RiskFlagCode;

  @Field(() => RiskSeverity)
  severity!: RiskSeverity;

  @Field({ description: 'One line citing the data.' })
  reason!: string;
}

@ObjectType('ClientRisk')
export class ClientRiskModel {
  @Field(() => ClientModel)
  client!: ClientModel;

  @Field(() => [RiskFlagModel])
  flags!: RiskFlagModel[];

  @Field(() => RiskSeverity)
  highestSeverity!: RiskSeverity;
}

@ObjectType('RetentionRate')
export class RetentionRateModel {
  @Field()
  group!: string;

  @Field(() => Int, { description: 'N in "retention at N days".' })
  days!: number;

  @Field(() => Int, { description: 'Episodes of care begun at least N days ago.' })
  eligible!: number;

  @Field(() => Int, { description: 'Of those, episodes that lasted at least N days.' })
  retained!: number;

  @Field(() => Float, { nullable: true, description: 'retained ÷ eligible; null when nobody is eligible yet.' })
  rate!: number | null;
}

@ObjectType('SurvivalStep')
export class SurvivalStepModel {
  @Field(() => Int, { description: 'Days since admission.' })
  days!: number;

  @Field(() => Int)
  atRisk!: number;

  @Field(() => Int, { description: 'Clients who left care on this day.' })
  events!: number;

  @Field(() => Int, { description: 'Clients censored on this day (still in care, completed or transferred).' })
  censored!: number;

  @Field(() => Float, { description: 'Kaplan–Meier estimate of still being in treatment.' })
  survival!: number;
}

@ObjectType('RetentionCurve')
export class RetentionCurveModel {
  @Field()
  group!: string;

  @Field(() => Int)
  clients!: number;

  @Field(() => [SurvivalStepModel])
  steps!: SurvivalStepModel[];
}

@ObjectType('RetentionReport')
export class RetentionReportModel {
  @Field(() => MetricDimension)
  dimension!: MetricDimension;

  @Field(() => [RetentionRateModel])
  rates!: RetentionRateModel[];

  @Field(() => [RetentionCurveModel])
  curves!: RetentionCurveModel[];
}

@ObjectType('CheckInWeek')
export class CheckInWeekModel {
  @Field({ description: 'Monday of the ISO week, YYYY-MM-DD.' })
  weekStart!: string;

  @Field(() => Int)
  clientsInCare!: number;

  @Field(() => Float)
  expected!: number;

  @Field(() => Int)
  received!: number;

  @Field(() => Float, { nullable: true })
  completionRate!: number | null;

  @Field(() => Float, { nullable: true, description: '0–10' })
  meanCraving!: number | null;

  @Field(() => Float, { nullable: true, description: '1–5' })
  meanMood!: number | null;

  @Field(() => Float, { nullable: true })
  shareReportingUse!: number | null;

  @Field(() => Float, { nullable: true })
  shareAttendingMeetings!: number | null;
}

@ObjectType('CheckInTrend')
export class CheckInTrendModel {
  @Field()
  group!: string;

  @Field(() => [CheckInWeekModel])
  weeks!: CheckInWeekModel[];
}

@ObjectType('CounselorCaseload')
export class CounselorCaseloadModel {
  @Field()
  counselorId!: string;

  @Field()
  counselorName!: string;

  @Field(() => Int)
  activeClients!: number;

  @Field(() => Int)
  urgentFlags!: number;

  @Field(() => Int)
  warningFlags!: number;

  @Field(() => Int)
  infoFlags!: number;

  @Field(() => Int)
  clientsWithUrgentFlags!: number;

  @Field(() => Int)
  plansOverdue!: number;

  @Field(() => Int)
  plansAwaitingSignOff!: number;

  @Field(() => Int, { description: 'Clients with a family engagement event in the last 30 days.' })
  familyEngagedLast30Days!: number;

  @Field(() => Int)
  clientsWithPeerWorker!: number;

  @Field(() => Int, { description: 'Clients with a peer contact in the last 14 days.' })
  peerContactedLast14Days!: number;
}
