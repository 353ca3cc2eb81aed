import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate } from '@carecircle/api/platform';
import {
  EpisodeSelection,
  LANDMARK_DAYS_DEFAULT,
  LANDMARK_DAYS_MAX,
  LANDMARK_DAYS_MIN,
  RiskFlagCode,
  RiskSeverity,
  SMALL_GROUP_MIN_CLIENTS,
} from '@carecircle/shared/domain';
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

  @Field(() => Int, {
    defaultValue: LANDMARK_DAYS_DEFAULT,
    description:
      `Support-system dimensions only: the landmark, in days after admission (${LANDMARK_DAYS_MIN}–${LANDMARK_DAYS_MAX}). ` +
      'An episode is grouped by what was recorded up to that day, and counted only if still in treatment after it.',
  })
  @IsOptional()
  @IsInt({ message: `landmarkDays must be a whole number of days from ${LANDMARK_DAYS_MIN} to ${LANDMARK_DAYS_MAX}` })
  @Min(LANDMARK_DAYS_MIN, { message: `landmarkDays must be from ${LANDMARK_DAYS_MIN} to ${LANDMARK_DAYS_MAX}` })
  @Max(LANDMARK_DAYS_MAX, { message: `landmarkDays must be from ${LANDMARK_DAYS_MIN} to ${LANDMARK_DAYS_MAX}` })
  landmarkDays: number = LANDMARK_DAYS_DEFAULT;
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

  @Field(() => Int, {
    description:
      'Episodes of care begun at least N days ago. For a support-system dimension only episodes still in treatment after the ' +
      'landmark count, so the rate is conditional on being in care at the landmark (and 1 for N at or before it).',
  })
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

  @Field(() => Int, { description: 'Episodes at the start of the curve (at the landmark, for a support-system dimension).' })
  clients!: number;

  @Field(() => [SurvivalStepModel])
  steps!: SurvivalStepModel[];

  @Field({ description: `Fewer than ${SMALL_GROUP_MIN_CLIENTS} episodes at the start of the curve: shown, but too small to read.` })
  tooSmallToRead!: boolean;
}

@ObjectType('LogRankTest', { description: 'The log-rank test between the curves: χ² with groups − 1 degrees of freedom.' })
export class LogRankTestModel {
  @Field(() => Float)
  chiSquare!: number;

  @Field(() => Int)
  degreesOfFreedom!: number;

  @Field(() => Float, { description: 'The chance of differences at least this large if the groups stayed in care alike.' })
  pValue!: number;

  @Field(() => Int, { description: 'Groups compared (those with anyone at risk).' })
  groups!: number;
}

@ObjectType('RetentionReport')
export class RetentionReportModel {
  @Field(() => MetricDimension)
  dimension!: MetricDimension;

  @Field(() => [RetentionRateModel])
  rates!: RetentionRateModel[];

  @Field(() => [RetentionCurveModel])
  curves!: RetentionCurveModel[];

  @Field(() => Int, {
    nullable: true,
    description: 'For a support-system dimension: the landmark day the groups were fixed at and the curves start from; null otherwise.',
  })
  landmarkDays!: number | null;

  @Field(() => LogRankTestModel, {
    nullable: true,
    description: 'For a support-system dimension with two or more groups (and any departure): the log-rank test between them; null otherwise.',
  })
  logRank!: LogRankTestModel | null;
}

@ObjectType('RetentionGroupClient', { description: 'One episode of care behind a retention curve.' })
export class RetentionGroupClientModel {
  @Field(() => ClientModel)
  client!: ClientModel;

  @Field({ description: 'YYYY-MM-DD' })
  admissionDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while the episode is open.' })
  dischargeDate!: string | null;

  @Field(() => Int, { description: 'Days from admission to discharge, or to today while open.' })
  daysInTreatment!: number;

  @Field({ description: 'The discharge counts as leaving care (not a completion or a transfer).' })
  leftCare!: boolean;
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
