import { useQuery } from '@apollo/client/react';
import { EPISODE_SELECTION_LABELS, type EpisodeSelection } from '@carecircle/shared/domain';
import { useOrganizationToday, type StaffRole } from '@carecircle/web/data-access';
import { SelectField } from '@carecircle/web/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { trendPoints } from './check-in-trends-shaping';
import { CompletionChart, CravingMoodChart } from './check-in-trend-charts';
import { CounselorCaseloadChart, CounselorCaseloadTable } from './counselor-caseload';
import { DashboardCard } from './dashboard-card';
import {
  dashboardCaseloadSummaryQuery,
  dashboardCheckInTrendsQuery,
  dashboardReadmissionsQuery,
  dashboardRetentionQuery,
} from './dashboard.queries';
import { DateRangeControl } from './date-range-control';
import {
  DIMENSION_OPTIONS,
  EPISODE_OPTIONS,
  readDashboardParams,
  writeDashboardParams,
  type DateRange,
  type RangePreset,
} from './date-range';
import { ReadmissionCard } from './readmission-card';
import { RetentionCurvesChart } from './retention-curves-chart';
import { RetentionTiles } from './retention-tiles';
import { SupportSystemSection } from './support-system-section';
import './dashboards.css';

export interface DashboardPageProps {
  /** SUPERVISOR sees the team ("Team dashboard"); COUNSELOR their own caseload ("My dashboard"). The API scopes the data. */
  role: StaffRole;
}

const retry = (refetch: () => Promise<unknown>) => () => void refetch().catch(() => undefined);

/**
 * Retention, check-in trends and caseloads for a date range. Range and grouping live in the URL
 * so a view can be shared; while a new range loads, the last good numbers stay on screen.
 */
export function DashboardPage({ role }: DashboardPageProps) {
  // Presets end on the organization's today: its weeks are the ones the API counts check-ins in.
  const today = useOrganizationToday();
  const [searchParams, setSearchParams] = useSearchParams();
  const { range, preset, dimension, episodes } = readDashboardParams(searchParams, today);
  const heading = role === 'SUPERVISOR' ? 'Team dashboard' : 'My dashboard';
  const whose = role === 'SUPERVISOR' ? 'your team’s clients' : 'the clients on your caseload';

  const update = (change: Parameters<typeof writeDashboardParams>[1]) =>
    setSearchParams((previous) => writeDashboardParams(previous, change), {
      replace: true,
    });

  const allInput = {
    from: range.from,
    to: range.to,
    dimension: 'ALL' as const,
  };
  // Retention, its curves and readmission count episodes of care: all, or each person's first.
  const overall = useQuery(dashboardRetentionQuery, {
    variables: { input: { ...allInput, episodes } },
    notifyOnNetworkStatusChange: true,
  });
  const grouped = useQuery(dashboardRetentionQuery, {
    variables: { input: { from: range.from, to: range.to, dimension, episodes } },
    skip: dimension === 'ALL',
    notifyOnNetworkStatusChange: true,
  });
  const readmissions = useQuery(dashboardReadmissionsQuery, {
    variables: { input: { ...allInput, episodes } },
    notifyOnNetworkStatusChange: true,
  });
  const trends = useQuery(dashboardCheckInTrendsQuery, {
    variables: { input: allInput },
    notifyOnNetworkStatusChange: true,
  });
  const caseloads = useQuery(dashboardCaseloadSummaryQuery, {
    notifyOnNetworkStatusChange: true,
  });

  const overallReport = overall.data?.retention ?? overall.previousData?.retention;
  const curvesSource = dimension === 'ALL' ? overall : grouped;
  const curvesData = curvesSource.data?.retention ?? curvesSource.previousData?.retention;
  // Keep the previous grouping on screen until the new one arrives, labelled by its own dimension.
  const curvesDimension = curvesData?.dimension ?? dimension;
  const readmissionData = readmissions.data?.readmissions ?? readmissions.previousData?.readmissions;
  const trendData = trends.data?.checkInTrends ?? trends.previousData?.checkInTrends;
  const points = useMemo(() => trendPoints(trendData ?? []), [trendData]);
  const summary = caseloads.data?.caseloadSummary;
  const counselorIdsByName = useMemo(
    () => new Map((summary ?? []).map((c) => [c.counselorName, c.counselorId])),
    [summary],
  );

  return (
    <div className="cc-page cc-dash">
      <header className="cc-dash__header">
        <h1>{heading}</h1>
        <p className="cc-dash__intro">
          How long {whose} stay in treatment, how check-ins are going, and where caseloads need attention.
        </p>
      </header>

      <DateRangeControl
        key={`${range.from}/${range.to}`}
        range={range}
        preset={preset}
        onPreset={(p: RangePreset) => update({ preset: p })}
        onRange={(r: DateRange) => update({ range: r })}
      />

      <div className="cc-dash-episodes">
        <SelectField
          label="Count"
          value={episodes}
          onChange={(value) => update({ episodes: value as EpisodeSelection })}
          options={EPISODE_OPTIONS}
          description="Retention, its curves and readmission count episodes of care: every episode, or only each person's first."
        />
      </div>

      <div className="cc-dash__grid">
        <DashboardCard
          what="retention rates"
          loading={!overallReport}
          refreshing={overall.loading}
          error={overall.error}
          onRetry={retry(overall.refetch)}
          wide
        >
          <h2 className="cc-dash-card__title">Retention at 30, 60, 90 and 180 days</h2>
          <p className="cc-dash-muted">Counting {EPISODE_SELECTION_LABELS[episodes].toLowerCase()}.</p>
          {overallReport && <RetentionTiles rates={overallReport.rates} />}
        </DashboardCard>

        <DashboardCard
          what="retention curves"
          loading={!curvesData}
          refreshing={curvesSource.loading}
          error={curvesSource.error}
          onRetry={retry(curvesSource.refetch)}
          wide
          className="cc-dash-card--chart"
        >
          <div className="cc-dash-card__toolbar">
            <SelectField
              label="Group by"
              value={dimension}
              onChange={(value) => update({ dimension: value as typeof dimension })}
              options={DIMENSION_OPTIONS}
            />
          </div>
          {curvesData && (
            <RetentionCurvesChart
              curves={curvesData.curves}
              dimension={curvesDimension}
              counselorIdsByName={counselorIdsByName}
            />
          )}
        </DashboardCard>

        <DashboardCard
          what="readmission"
          loading={!readmissionData}
          refreshing={readmissions.loading}
          error={readmissions.error}
          onRetry={retry(readmissions.refetch)}
          wide
          className="cc-dash-card--chart"
        >
          <h2 className="cc-dash-card__title">Readmission within 30 and 90 days of discharge</h2>
          <p className="cc-dash-muted">
            Discharges in the chosen range, counting {EPISODE_SELECTION_LABELS[episodes].toLowerCase()}. An outcome is known once the
            client came back or has been out that many days; deaths are left out.
          </p>
          {readmissionData && (
            <ReadmissionCard
              overall={readmissionData.overall}
              byDischargeReason={readmissionData.byDischargeReason}
              episodesLabel={episodes === 'FIRST_ONLY' ? 'first-episodes' : 'all-episodes'}
              range={range}
            />
          )}
        </DashboardCard>

        <DashboardCard
          what="check-in completion"
          loading={!trendData}
          refreshing={trends.loading}
          error={trends.error}
          onRetry={retry(trends.refetch)}
          className="cc-dash-card--chart"
        >
          <CompletionChart points={points} />
        </DashboardCard>

        <DashboardCard
          what="craving and mood"
          loading={!trendData}
          refreshing={trends.loading}
          error={trends.error}
          onRetry={retry(trends.refetch)}
          className="cc-dash-card--chart"
        >
          <CravingMoodChart points={points} />
        </DashboardCard>

        <DashboardCard
          what="caseloads by counselor"
          loading={!summary}
          refreshing={caseloads.loading}
          error={caseloads.error}
          onRetry={retry(caseloads.refetch)}
          wide
          className="cc-dash-card--chart"
        >
          {summary && (
            <>
              <CounselorCaseloadChart summary={summary} />
              {summary.length > 0 && <CounselorCaseloadTable summary={summary} />}
            </>
          )}
        </DashboardCard>
      </div>

      <SupportSystemSection role={role} range={range} episodes={episodes} />
    </div>
  );
}
