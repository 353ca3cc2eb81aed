import { chartTheme, ChartFrame, seriesColor, seriesDash } from '@carecircle/web/charts';
import type { MetricDimension } from '@carecircle/web/data-access';
import { VisuallyHidden } from '@carecircle/web/ui';
import type { ReactNode } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useNavigate } from 'react-router';
import { ChartLegend } from './chart-legend';
import { caseloadLinkForGroup, groupLabel } from './group-labels';
import { atRiskDays, atRiskTable, curvePoints, retentionCurvesSummary, type CurveData } from './retention-shaping';

export interface RetentionCurvesChartProps<C extends CurveData = CurveData> {
  curves: readonly C[];
  dimension: MetricDimension;
  counselorIdsByName?: ReadonlyMap<string, string>;
  /**
   * Landmark curves (support system) start on this day since admission, with everyone in them still
   * in treatment then; the axis and the numbers at risk start there too. 0: curves from admission.
   */
  startDay?: number;
  title?: string;
  /** Replaces the summary worked out from the curves. */
  summary?: string;
  csvFilename?: string;
  emptyMessage?: string;
  /** Replaces how a group is named in the legend, the table and the CSV. */
  label?: (group: string) => string;
  /** The table's last column for a group: by default a link to the caseload filtered to it. */
  groupAction?: (curve: C, label: string) => ReactNode;
}

interface CsvRow {
  group: string;
  days: number;
  percent: number;
  atRisk: number | null;
  events: number | null;
  censored: number | null;
}

/** Kaplan–Meier curves per group, the numbers at risk under them, and a "See clients" link per group. */
export function RetentionCurvesChart<C extends CurveData = CurveData>({
  curves,
  dimension,
  counselorIdsByName = new Map(),
  startDay = 0,
  title = 'Retention curves',
  summary: givenSummary,
  csvFilename = 'retention-curves',
  emptyMessage = 'No clients were admitted in this range. Choose a longer range, such as “Last 12 months”.',
  label = (group: string) => groupLabel(dimension, group),
  groupAction,
}: RetentionCurvesChartProps<C>) {
  const navigate = useNavigate();
  const series = curves
    .filter((c) => c.steps.length > 0)
    .map((curve, i) => ({
      curve,
      label: label(curve.group),
      points: curvePoints(curve.steps, startDay),
      color: seriesColor(i),
      dash: seriesDash(i),
      href: caseloadLinkForGroup(dimension, curve.group, counselorIdsByName),
    }));
  const summary = givenSummary ?? retentionCurvesSummary(curves, label);
  const csvRows: CsvRow[] = series.flatMap((s) => [
    {
      group: s.label,
      days: startDay,
      percent: 100,
      atRisk: null,
      events: null,
      censored: null,
    },
    ...s.curve.steps.map((step) => ({
      group: s.label,
      days: step.days,
      percent: Math.round(step.survival * 1000) / 10,
      atRisk: step.atRisk,
      events: step.events,
      censored: step.censored,
    })),
  ]);
  const tableDays = atRiskDays(startDay);
  const table = atRiskTable(
    series.map((s) => s.curve),
    label,
    tableDays,
  );
  const maxDays = Math.max(180, ...series.flatMap((s) => s.points.map((p) => p.days)));
  const go = (href: string | null) => (href ? () => void navigate(href) : undefined);

  return (
    <>
      <ChartFrame
        title={title}
        summary={summary}
        csv={{
          filename: csvFilename,
          columns: [
            { header: 'Group', value: (r: CsvRow) => r.group },
            { header: 'Days since admission', value: (r) => r.days },
            { header: 'Still in treatment (%)', value: (r) => r.percent },
            { header: 'At risk', value: (r) => r.atRisk },
            { header: 'Left care', value: (r) => r.events },
            { header: 'Censored', value: (r) => r.censored },
          ],
          rows: csvRows,
        }}
        isEmpty={series.length === 0}
        emptyMessage={emptyMessage}
        height={340}
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 340 }}>
          <LineChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid stroke={chartTheme.grid()} strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="days"
              domain={[startDay, maxDays]}
              ticks={[
                startDay,
                ...[30, 60, 90, 180, ...(maxDays > 270 ? [270, 365] : [])].filter((t) => t > startDay && t <= maxDays),
              ]}
              stroke={chartTheme.axis()}
              label={{
                value: 'Days since admission',
                position: 'insideBottom',
                offset: -16,
                fill: chartTheme.axis(),
              }}
            />
            <YAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              unit="%"
              stroke={chartTheme.axis()}
              label={{
                value: 'Still in treatment (%)',
                angle: -90,
                position: 'insideLeft',
                offset: 4,
                dy: 70,
                fill: chartTheme.axis(),
              }}
            />
            <Tooltip
              formatter={(value, name) => [`${String(value)}%`, name]}
              labelFormatter={(days) => `Day ${String(days)} since admission`}
            />
            <Legend
              verticalAlign="top"
              content={() => (
                <ChartLegend
                  items={series.map((s) => ({
                    key: s.curve.group,
                    label: s.label,
                    color: s.color,
                    dash: s.dash,
                    onClick: go(s.href),
                  }))}
                />
              )}
            />
            {series.map((s) => (
              <Line
                key={s.curve.group}
                data={s.points}
                dataKey="percent"
                name={s.label}
                type="stepAfter"
                stroke={s.color}
                strokeWidth={2.5}
                strokeDasharray={s.dash}
                dot={false}
                isAnimationActive={false}
                style={s.href ? { cursor: 'pointer' } : undefined}
                onClick={go(s.href)}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
      {table.length > 0 && (
        <div
          className="cc-dash-table-scroll"
          role="region"
          aria-label="Numbers at risk (scrolls sideways)"
          tabIndex={0}
        >
          <table className="cc-dash-table">
            <caption>
              {startDay > 0 ? `Numbers at risk from day ${startDay}` : 'Numbers at risk'}: clients still in treatment and followed, by
              days since admission
            </caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                {tableDays.map((d) => (
                  <th key={d} scope="col" className="cc-dash-table__num">
                    {d} days
                  </th>
                ))}
                {dimension !== 'ALL' && <th scope="col">Clients</th>}
              </tr>
            </thead>
            <tbody>
              {table.map((row, i) => {
                const s = series[i]!;
                return (
                  <tr key={row.group}>
                    <th scope="row">
                      <span className="cc-dash-table__series">
                        <svg width="24" height="10" aria-hidden="true" focusable="false">
                          <line
                            x1="1"
                            y1="5"
                            x2="23"
                            y2="5"
                            stroke={s.color}
                            strokeWidth="3"
                            strokeDasharray={s.dash}
                          />
                        </svg>
                        {row.label}
                      </span>
                    </th>
                    {row.atRisk.map((n, j) => (
                      <td key={tableDays[j]} className="cc-dash-table__num">
                        {n}
                      </td>
                    ))}
                    {dimension !== 'ALL' && (
                      <td>
                        {groupAction ? (
                          groupAction(s.curve, row.label)
                        ) : s.href ? (
                          <Link to={s.href}>
                            See clients
                            <VisuallyHidden> in {row.label}</VisuallyHidden>
                          </Link>
                        ) : (
                          <span className="cc-dash-muted">No filter for this group</span>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
