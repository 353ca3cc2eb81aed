import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditEntityType, StaffRole, daysInTreatment, type IsoDate } from '@carecircle/shared/domain';
import { ApiError, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { CaseloadSummaryService } from './caseload-summary.service';
import { CheckInTrendsService } from './check-in-trends.service';
import {
  CheckInTrendModel,
  CounselorCaseloadModel,
  MetricsRangeInput,
  RetentionReportModel,
  type RetentionCurveModel,
} from './metrics.models';
import { ReadmissionReportModel } from './readmission.models';
import { ReadmissionService } from './readmission.service';
import { RetentionService } from './retention.service';

const MAX_RANGE_DAYS = 3 * 366;

/** Aggregates over the caller's clients. Counselors see their caseload's; supervisors their team's. */
@Resolver()
export class MetricsResolver {
  constructor(
    private readonly retentionService: RetentionService,
    private readonly trends: CheckInTrendsService,
    private readonly caseloads: CaseloadSummaryService,
    private readonly readmission: ReadmissionService,
  ) {}

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => RetentionReportModel, { description: 'Retention at 30/60/90/180 days and Kaplan–Meier curves for clients admitted in the range.' })
  async retention(@Ctx() ctx: RequestContext, @Args('input') input: MetricsRangeInput): Promise<RetentionReportModel> {
    checkRange(input);
    const window = { admittedFrom: input.from, admittedTo: input.to, dimension: input.dimension, episodes: input.episodes };
    const rates = await this.retentionService.retentionRates(ctx, window);
    const steps = await this.retentionService.kaplanMeier(ctx, window);
    recordRead(ctx, 'retention');
    const curves = new Map<string, RetentionCurveModel>();
    for (const { group, ...step } of steps) {
      const curve = curves.get(group) ?? { group, clients: 0, steps: [] };
      curve.steps.push(step);
      curve.clients = Math.max(curve.clients, step.atRisk);
      curves.set(group, curve);
    }
    return { dimension: input.dimension, rates, curves: [...curves.values()] };
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => ReadmissionReportModel, {
    description:
      'Discharges in the range (from/to are discharge dates) and readmissions within 30 and 90 days, overall and by discharge ' +
      'reason, over the same clients as retention. `dimension` is not used.',
  })
  async readmissions(@Ctx() ctx: RequestContext, @Args('input') input: MetricsRangeInput): Promise<ReadmissionReportModel> {
    checkRange(input);
    const report = await this.readmission.rates(ctx, { dischargedFrom: input.from, dischargedTo: input.to, episodes: input.episodes });
    recordRead(ctx, 'readmissions');
    return { from: input.from, to: input.to, episodes: input.episodes, ...report };
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => [CheckInTrendModel], { description: 'Weekly check-in completion, craving, mood, use and meetings.' })
  async checkInTrends(@Ctx() ctx: RequestContext, @Args('input') input: MetricsRangeInput): Promise<CheckInTrendModel[]> {
    checkRange(input);
    const rows = await this.trends.weekly(ctx, input);
    recordRead(ctx, 'checkInTrends');
    const series = new Map<string, CheckInTrendModel>();
    for (const { group, ...week } of rows) {
      const trend = series.get(group) ?? { group, weeks: [] };
      trend.weeks.push(week);
      series.set(group, trend);
    }
    return [...series.values()];
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => [CounselorCaseloadModel], { description: "Active clients, flags and follow-through per counselor in the caller's scope." })
  async caseloadSummary(@Ctx() ctx: RequestContext): Promise<CounselorCaseloadModel[]> {
    const rows = await this.caseloads.byCounselor(ctx);
    recordRead(ctx, 'caseloadSummary');
    return rows;
  }
}

/** Aggregates over the caller's scope: one READ_METRICS row naming the metric, written with the request's read audit. */
function recordRead(ctx: RequestContext, metric: string): void {
  ctx.recordRead(AuditEntityType.METRICS, [metric], AuditAction.READ_METRICS);
}

function checkRange(input: { from: IsoDate; to: IsoDate }): void {
  if (input.from > input.to) throw ApiError.badInput('from must be on or before to.', [{ field: 'from', problem: 'after to' }]);
  if (daysInTreatment(input.from, null, input.to) > MAX_RANGE_DAYS) {
    throw ApiError.badInput(`A metrics range can span at most ${MAX_RANGE_DAYS} days.`, [{ field: 'to', problem: 'range too long' }]);
  }
}

