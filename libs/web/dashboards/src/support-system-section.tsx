import { useQuery } from '@apollo/client/react';
import {
  LANDMARK_DAYS_MAX,
  LANDMARK_DAYS_MIN,
  SUPPORT_SYSTEM_DIMENSION_LABELS,
  type EpisodeSelection,
  type SupportSystemDimension,
} from '@carecircle/shared/domain';
import { CRAVING_SCALE } from '@carecircle/shared/domain';
import { ChartFrame, scaleRange, type CsvColumn } from '@carecircle/web/charts';
import type { StaffRole } from '@carecircle/web/data-access';
import { Button, SelectField, VisuallyHidden } from '@carecircle/web/ui';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { cravingAxis, shareAxis, trendCsvColumns, TrendLines, type Series } from './check-in-trend-charts';
import type { TrendPoint } from './check-in-trends-shaping';
import { DashboardCard } from './dashboard-card';
import type { DateRange } from './date-range';
import { RetentionCurvesChart } from './retention-curves-chart';
import { SupportGroupClientsDialog } from './support-group-clients-dialog';
import {
  ASSOCIATION_CAUTION,
  landmarkSentence,
  logRankSentence,
  orderSupportCurves,
  parseLandmark,
  readSupportParams,
  SUPPORT_DIMENSION_OPTIONS,
  groupTrendKey,
  groupTrendRows,
  hasGroupTrendData,
  supportCurvesSummary,
  supportGroupLabel,
  supportGroupTrends,
  supportSeriesIndexes,
  supportTrendsSummary,
  trendCohortSentence,
  writeSupportParams,
  type GroupTrend,
  type GroupTrendRow,
  type SupportCurve,
  type SupportTrend,
  type SupportTrendMeasure,
} from './support-system-shaping';
import { dashboardCheckInTrendsQuery } from './dashboard.queries';
import { supportSystemRetentionQuery } from './support-system.queries';

/** How long typing in the landmark box waits before asking again, so "45" does not first ask for day 4. */
export const LANDMARK_DEBOUNCE_MS = 600;

export interface SupportSystemSectionProps {
  role: StaffRole;
  range: DateRange;
  episodes: EpisodeSelection;
}

/**
 * "Support system": retention curves from a landmark day, grouped by one part of the support
 * system, with numbers at risk, the log-rank test and the clients behind each group. Comparison and
 * landmark live in the URL (`compare`, `landmark`) beside the dashboard's range and episodes.
 */
export function SupportSystemSection({ role, range, episodes }: SupportSystemSectionProps) {
  const headingId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const { dimension, landmarkDays } = readSupportParams(searchParams);
  const update = (change: Parameters<typeof writeSupportParams>[1]) =>
    setSearchParams((previous) => writeSupportParams(previous, change), { replace: true });

  const input = { from: range.from, to: range.to, dimension, episodes, landmarkDays };
  const result = useQuery(supportSystemRetentionQuery, { variables: { input }, notifyOnNetworkStatusChange: true });
  // The last good curves stay on screen while another comparison or landmark loads, described by their own settings.
  const report = result.data?.retention ?? result.previousData?.retention;
  const shownLandmark = report?.landmarkDays ?? landmarkDays;
  const shownDimension = (report?.dimension ?? dimension) as SupportSystemDimension;
  const curves = report ? orderSupportCurves(shownDimension, report.curves) : [];
  const labels = new Map(curves.map((c) => [c.group, supportGroupLabel(c)]));
  const [openGroup, setOpenGroup] = useState<SupportCurve | null>(null);
  const whose = role === 'SUPERVISOR' ? 'your team’s clients' : 'the clients on your caseload';

  // Weekly check-ins by the same comparison and landmark; trends count clients in care, so episodes do not apply.
  const trendsInput = { from: range.from, to: range.to, dimension, landmarkDays };
  const trends = useQuery(dashboardCheckInTrendsQuery, { variables: { input: trendsInput }, notifyOnNetworkStatusChange: true });
  // The last good weeks stay on screen while another comparison or landmark loads, with the settings they were asked with.
  const [lastTrends, setLastTrends] = useState<ShownTrends | null>(null);
  const currentTrends = trends.data?.checkInTrends;
  const trendsChanged =
    !lastTrends || lastTrends.trends !== currentTrends || lastTrends.dimension !== dimension || lastTrends.landmarkDays !== landmarkDays;
  if (currentTrends && trendsChanged) {
    setLastTrends({ trends: currentTrends, dimension, landmarkDays });
  }
  const shownTrends: ShownTrends | null = currentTrends ? { trends: currentTrends, dimension, landmarkDays } : lastTrends;
  const trendDimension = shownTrends?.dimension ?? dimension;
  const groupTrends = useMemo(() => supportGroupTrends(trendDimension, shownTrends?.trends ?? []), [trendDimension, shownTrends?.trends]);
  // A group keeps the colour and dash of its curve above while both show the same comparison.
  const seriesIndexes = supportSeriesIndexes(
    trendDimension === shownDimension ? curves.filter((c) => c.steps.length > 0).map((c) => c.group) : [],
    groupTrends.map((g) => g.group),
  );

  return (
    <section className="cc-dash-support" aria-labelledby={headingId}>
      <header className="cc-dash-support__header">
        <h2 id={headingId}>Support system</h2>
        <p className="cc-dash__intro">
          Do {whose} with supportive people, engaged family, regular peer contact or mutual-aid meetings stay in treatment longer? Clients
          admitted in the chosen range, counting the same episodes as above.
        </p>
      </header>

      <DashboardCard
        what="support-system curves"
        loading={!report}
        refreshing={result.loading}
        error={result.error}
        onRetry={() => void result.refetch().catch(() => undefined)}
        wide
        className="cc-dash-card--chart"
      >
        <div className="cc-dash-card__toolbar">
          <SelectField
            label="Compare"
            value={dimension}
            onChange={(value) => update({ dimension: value as SupportSystemDimension })}
            options={SUPPORT_DIMENSION_OPTIONS}
          />
          <LandmarkField landmarkDays={landmarkDays} onChange={(days) => update({ landmarkDays: days })} />
        </div>
        {report && (
          <>
            <RetentionCurvesChart
              curves={curves}
              dimension={shownDimension}
              startDay={shownLandmark}
              title={`Retention from day ${shownLandmark}: ${SUPPORT_SYSTEM_DIMENSION_LABELS[shownDimension] ?? shownDimension}`}
              summary={supportCurvesSummary(curves, shownLandmark)}
              csvFilename={`support-system-${shownDimension.toLowerCase().replace(/_/g, '-')}-day-${shownLandmark}`}
              emptyMessage={`No client admitted in this range was still in treatment on day ${shownLandmark}. Choose a longer range or an earlier landmark.`}
              label={(group) => labels.get(group) ?? group}
              groupAction={(curve) => (
                <Button variant="quiet" className="cc-dash-support__see" onPress={() => setOpenGroup(curve)}>
                  See {curve.clients} {curve.clients === 1 ? 'client' : 'clients'}
                  <VisuallyHidden> in {curve.group}</VisuallyHidden>
                </Button>
              )}
            />
            {curves.length > 0 && (
              <p className="cc-dash-support__logrank" data-testid="support-log-rank">
                {logRankSentence(report.logRank)}
              </p>
            )}
            <p className="cc-dash-support__note">{landmarkSentence(shownLandmark)}</p>
            <p className="cc-dash-support__note cc-dash-support__caution">{ASSOCIATION_CAUTION}</p>
          </>
        )}
      </DashboardCard>

      <DashboardCard
        what="weekly check-ins by support system"
        loading={!shownTrends}
        refreshing={trends.loading}
        error={trends.error}
        onRetry={() => void trends.refetch().catch(() => undefined)}
        wide
        className="cc-dash-card--chart"
      >
        <SupportTrendChart
          groups={groupTrends}
          dimension={trendDimension}
          landmarkDays={shownTrends?.landmarkDays ?? landmarkDays}
          seriesIndexes={seriesIndexes}
        />
      </DashboardCard>

      {openGroup && (
        <SupportGroupClientsDialog
          input={{ ...input, dimension: shownDimension, landmarkDays: shownLandmark }}
          group={openGroup.group}
          groupLabel={openGroup.group}
          expectedClients={openGroup.clients}
          tooSmallToRead={openGroup.tooSmallToRead}
          onClose={() => setOpenGroup(null)}
        />
      )}
    </section>
  );
}

interface LandmarkFieldProps {
  landmarkDays: number;
  onChange: (days: number) => void;
}

/**
 * The landmark day as a number box (arrow keys step a day). A valid number applies after a pause in
 * typing; an invalid one says why and leaves the curves on the last landmark. A landmark applied from
 * elsewhere (a link, Back) replaces what is typed; the box is not remounted, so typing keeps its focus.
 */
function LandmarkField({ landmarkDays, onChange }: LandmarkFieldProps) {
  const id = useId();
  const descriptionId = useId();
  const errorId = useId();
  const [text, setText] = useState(String(landmarkDays));
  const [applied, setApplied] = useState(landmarkDays);
  // The latest callback without restarting the pause each time the page re-renders (e.g. while loading).
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const parsed = parseLandmark(text);
  const problem = 'problem' in parsed ? parsed.problem : null;
  const days = 'days' in parsed ? parsed.days : null;
  if (applied !== landmarkDays) {
    setApplied(landmarkDays);
    if (days !== landmarkDays) setText(String(landmarkDays));
  }

  useEffect(() => {
    if (days === null || days === landmarkDays) return undefined;
    const timer = setTimeout(() => onChangeRef.current(days), LANDMARK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [days, landmarkDays]);

  return (
    <div className="cc-field cc-field--number cc-dash-support__landmark">
      <label className="cc-field__label" htmlFor={id}>
        Landmark day
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={LANDMARK_DAYS_MIN}
        max={LANDMARK_DAYS_MAX}
        step={1}
        className="cc-field__input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${descriptionId} ${errorId}` : descriptionId}
      />
      <span id={descriptionId} className="cc-field__description">
        Days after admission, {LANDMARK_DAYS_MIN}–{LANDMARK_DAYS_MAX}.
      </span>
      {problem && (
        <span id={errorId} className="cc-field__error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

const MEASURE_OPTIONS: readonly { value: SupportTrendMeasure; label: string }[] = [
  { value: 'completionPct', label: 'Check-ins completed (%)' },
  { value: 'craving', label: `Mean craving (${scaleRange(CRAVING_SCALE)})` },
];

interface ShownTrends {
  trends: readonly SupportTrend[];
  dimension: SupportSystemDimension;
  landmarkDays: number;
}

type GroupTrendCsvRow = TrendPoint & { group: string };

interface SupportTrendChartProps {
  groups: readonly GroupTrend[];
  dimension: SupportSystemDimension;
  landmarkDays: number;
  seriesIndexes: ReadonlyMap<string, number>;
}

/** "Weekly check-ins by …": one line per group, completion (%) or mean craving, drawn by the dashboard's trend chart. */
function SupportTrendChart({ groups, dimension, landmarkDays, seriesIndexes }: SupportTrendChartProps) {
  const [measure, setMeasure] = useState<SupportTrendMeasure>('completionPct');
  const comparison = SUPPORT_SYSTEM_DIMENSION_LABELS[dimension] ?? dimension;
  const title = `Weekly check-ins by ${comparison.charAt(0).toLowerCase()}${comparison.slice(1)}`;
  const rows = groupTrendRows(groups, measure);
  const series: Series<GroupTrendRow>[] = groups.map((g, i) => ({
    key: groupTrendKey(i),
    label: g.group,
    index: seriesIndexes.get(g.group) ?? i,
    unit: measure === 'completionPct' ? '%' : ` / ${CRAVING_SCALE.max}`,
  }));
  const csvRows: GroupTrendCsvRow[] = groups.flatMap((g) => g.points.map((p) => ({ ...p, group: g.group })));
  const csvColumns: readonly CsvColumn<GroupTrendCsvRow>[] = [{ header: 'Group', value: (r) => r.group }, ...trendCsvColumns];

  return (
    <>
      <div className="cc-dash-card__toolbar">
        <SelectField
          label="Show"
          value={measure}
          onChange={(value) => setMeasure(value as SupportTrendMeasure)}
          options={MEASURE_OPTIONS}
        />
      </div>
      <ChartFrame
        title={title}
        summary={supportTrendsSummary(groups, measure, landmarkDays)}
        csv={{
          filename: `support-system-check-ins-${dimension.toLowerCase().replace(/_/g, '-')}-day-${landmarkDays}`,
          columns: csvColumns,
          rows: csvRows,
        }}
        isEmpty={!hasGroupTrendData(groups, measure)}
        emptyMessage="Nothing to draw yet: choose a longer range or an earlier landmark."
        height={280}
      >
        <TrendLines points={rows} series={series}>
          {measure === 'completionPct' ? shareAxis('Completed (%)') : cravingAxis()}
        </TrendLines>
      </ChartFrame>
      <p className="cc-dash-support__note">{trendCohortSentence(landmarkDays)}</p>
    </>
  );
}
