import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  AuditAction,
  AuditEntityType,
  SMALL_GROUP_MIN_CLIENTS,
  StaffRole,
  daysInTreatment,
  logRankTest,
  type IsoDate,
} from '@carecircle/shared/domain';
import { ApiError, Clock, selectionUnder, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientAccessPolicy, ClientModel } from '@carecircle/api/clients';
import { CaseloadSummaryService } from './caseload-summary.service';
import { CheckInTrendsService } from './check-in-trends.service';
import { supportGroupsOf } from './metric-dimension';
import {
  CheckInTrendModel,
  CounselorCaseloadModel,
  MetricsRangeInput,
  RetentionGroupClientModel,
  RetentionReportModel,
  type RetentionCurveModel,
} from './metrics.models';
import { ReadmissionReportModel } from './readmission.models';
import { ReadmissionService } from './readmission.service';
import { RetentionService, type CohortWindow } from './retention.service';

const MAX_RANGE_DAYS = 3 * 366;

/** Aggregates over the caller's clients. Counselors see their caseload's; supervisors their team's. */
@Resolver()
export class MetricsResolver {
  constructor(
    private readonly retentionService: RetentionService,
    private readonly trends: CheckInTrendsService,
    private readonly caseloads: CaseloadSummaryService,
    private readonly readmission: ReadmissionService,
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => RetentionReportModel, {
    description:
      'Retention at 30/60/90/180 days and Kaplan–Meier curves for clients admitted in the range. With a support-system dimension, ' +
      'episodes are grouped at the landmark day from what was recorded up to it, and only those still in treatment after it count.',
  })
  async retention(@Ctx() ctx: RequestContext, @Args('input') input: MetricsRangeInput, @Info() info: GraphQLResolveInfo): Promise<RetentionReportModel> {
    checkRange(input);
    const window = cohortWindow(input);
    const { rates, steps } = await this.retentionService.report(ctx, window, selectionUnder(info, []).has('rates'));
    recordRead(ctx, 'retention');
    const curves = new Map<string, RetentionCurveModel>();
    for (const { group, ...step } of steps) {
      const curve = curves.get(group) ?? { group, clients: 0, steps: [], tooSmallToRead: false };
      curve.steps.push(step);
      curve.clients = Math.max(curve.clients, step.atRisk);
      curves.set(group, curve);
    }
    for (const curve of curves.values()) curve.tooSmallToRead = curve.clients < SMALL_GROUP_MIN_CLIENTS;
    const order = supportGroupsOf(input.dimension);
    if (!order) return { dimension: input.dimension, rates, curves: [...curves.values()], landmarkDays: null, logRank: null };
    // The support-system groups in their display order (fewest supports first), not alphabetically.
    const byOrder = (a: { group: string }, b: { group: string }) => order.indexOf(a.group) - order.indexOf(b.group);
    const ordered = [...curves.values()].sort(byOrder);
    return {
      dimension: input.dimension,
      rates: [...rates].sort((a, b) => byOrder(a, b) || a.days - b.days),
      curves: ordered,
      landmarkDays: input.landmarkDays,
      logRank: logRankTest(ordered.map((curve) => curve.steps)),
    };
  }

  @AllowRoles(StaffRole.COUNSELOR, StaffRole.SUPERVISOR)
  @Query(() => [RetentionGroupClientModel], {
    description:
      'The episodes behind one retention curve (the same episodes, grouping and scope as `retention`), by client name. ' +
      'Each client listed is recorded as read.',
  })
  async retentionGroupClients(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MetricsRangeInput,
    @Args('group', { description: 'The curve’s group, as `retention` names it.' }) group: string,
  ): Promise<RetentionGroupClientModel[]> {
    checkRange(input);
    const episodes = await this.retentionService.groupEpisodes(ctx, cohortWindow(input), group);
    if (episodes.length === 0) return [];
    // The statement was scoped; the clients are minted (with their programs) through the policy all the same,
    // as one array parameter: a supervisor's group can hold thousands.
    const { rows } = await this.access.rowsAndIdsOf(
      this.access
        .visibleClients(ctx)
        .leftJoinAndSelect('client.program', 'program')
        .andWhere('client.id = ANY(CAST(:groupClientIds AS uuid[]))', { groupClientIds: [...new Set(episodes.map((e) => e.clientId))] }),
    );
    const today = this.clock.today();
    const disclosed = this.access.disclose(ctx, rows);
    const clients = new Map<string, ClientModel>(disclosed.map((client) => [client.id, ClientModel.from(client, today)] as const));
    return episodes.flatMap(({ clientId, ...episode }) => {
      const client = clients.get(clientId);
      return client ? [{ client, ...episode }] : [];
    });
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

function cohortWindow(input: MetricsRangeInput): CohortWindow {
  return { admittedFrom: input.from, admittedTo: input.to, dimension: input.dimension, episodes: input.episodes, landmarkDays: input.landmarkDays };
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

