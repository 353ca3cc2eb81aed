import { CRAVING_SCALE, MOOD_SCALE } from '@carecircle/shared/domain';
import { chartTheme, ChartFrame, scaleAxis, scaleRange, seriesColor, seriesDash, type CsvColumn } from '@carecircle/web/charts';
import type { ReactElement, ReactNode } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './chart-legend';
import {
  completionSummary,
  cravingMoodSummary,
  hasTrendData,
  weekLabel,
  type TrendPoint,
} from './check-in-trends-shaping';
import { formatDay } from './date-range';

const EMPTY =
  'No check-ins were expected in this range. Choose a longer range, or check that clients have a check-in schedule.';

/** The weekly figures' CSV columns; the support-system chart puts a Group column in front of them. */
export const trendCsvColumns: readonly CsvColumn<TrendPoint>[] = [
  { header: 'Week starting', value: (p) => p.weekStart },
  { header: 'Clients in care', value: (p) => p.clientsInCare },
  { header: 'Check-ins expected', value: (p) => p.expected },
  { header: 'Check-ins received', value: (p) => p.received },
  { header: 'Completion (%)', value: (p) => p.completionPct },
  { header: 'Reporting use (%)', value: (p) => p.usePct },
  { header: 'Attending meetings (%)', value: (p) => p.meetingsPct },
  { header: `Mean craving (${scaleRange(CRAVING_SCALE)})`, value: (p) => p.craving },
  { header: `Mean mood (${scaleRange(MOOD_SCALE)})`, value: (p) => p.mood },
];

const CRAVING_AXIS = scaleAxis(CRAVING_SCALE, 2);
const MOOD_AXIS = scaleAxis(MOOD_SCALE);

/** One line: `index` picks its colour and dash, so a series can keep the look it has in another chart. */
export interface Series<Row = TrendPoint> {
  key: Extract<keyof Row, string>;
  label: string;
  index: number;
  axis?: 'left' | 'right';
  unit: string;
}

/** Weekly lines with the week axis, tooltip and legend; the caller gives the value axes as children. */
export function TrendLines<Row extends { weekStart: string }>({
  points,
  series,
  children,
}: {
  points: Row[];
  series: Series<Row>[];
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height: 300 }}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke={chartTheme.grid()} strokeDasharray="3 3" />
        <XAxis
          dataKey="weekStart"
          tickFormatter={(v: string) => weekLabel(v)}
          stroke={chartTheme.axis()}
          minTickGap={24}
          label={{
            value: 'Week starting',
            position: 'insideBottom',
            offset: -16,
            fill: chartTheme.axis(),
          }}
        />
        {children}
        <Tooltip
          labelFormatter={(v) => `Week starting ${formatDay(String(v))}`}
          formatter={(value, name, item) => {
            const s = series.find((x) => x.label === name);
            return [`${String(value)}${s?.unit ?? ''}`, name ?? item.name];
          }}
        />
        <Legend
          verticalAlign="top"
          content={() => (
            <ChartLegend
              items={series.map((s) => ({
                key: s.key,
                label: s.label,
                color: seriesColor(s.index),
                dash: seriesDash(s.index),
              }))}
            />
          )}
        />
        {series.map((s) => (
          <Line
            key={s.key}
            yAxisId={s.axis ?? 'left'}
            dataKey={s.key}
            name={s.label}
            type="monotone"
            stroke={seriesColor(s.index)}
            strokeDasharray={seriesDash(s.index)}
            strokeWidth={2.5}
            dot={points.length <= 16 ? { r: 3 } : false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** The left 0–100 % axis (a function: the theme's colours are read when drawn). */
export function shareAxis(label = 'Share (%)'): ReactElement {
  return (
    <YAxis
      yAxisId="left"
      domain={[0, 100]}
      ticks={[0, 25, 50, 75, 100]}
      unit="%"
      stroke={chartTheme.axis()}
      label={{
        value: label,
        angle: -90,
        position: 'insideLeft',
        offset: 4,
        dy: 30,
        fill: chartTheme.axis(),
      }}
    />
  );
}

/** The left mean-craving axis, on the craving scale. */
export function cravingAxis(): ReactElement {
  return (
    <YAxis
      yAxisId="left"
      domain={CRAVING_AXIS.domain}
      ticks={CRAVING_AXIS.ticks}
      stroke={chartTheme.axis()}
      label={{
        value: `Craving (${scaleRange(CRAVING_SCALE)})`,
        angle: -90,
        position: 'insideLeft',
        offset: 4,
        dy: 45,
        fill: chartTheme.axis(),
      }}
    />
  );
}

/** "Check-in completion and use": the weekly shares, on one 0–100 % axis. */
export function CompletionChart({ points }: { points: TrendPoint[] }) {
  const series: Series[] = [
    {
      key: 'completionPct',
      label: 'Check-ins completed (%)',
      index: 0,
      unit: '%',
    },
    { key: 'usePct', label: 'Reporting use (%)', index: 1, unit: '%' },
    {
      key: 'meetingsPct',
      label: 'Attending a meeting (%)',
      index: 2,
      unit: '%',
    },
  ];
  return (
    <ChartFrame
      title="Check-in completion and use"
      summary={completionSummary(points)}
      csv={{
        filename: 'check-in-completion-and-use',
        columns: trendCsvColumns,
        rows: points,
      }}
      isEmpty={!hasTrendData(points)}
      emptyMessage={EMPTY}
      height={300}
    >
      <TrendLines points={points} series={series}>
        {shareAxis()}
      </TrendLines>
    </ChartFrame>
  );
}

/** "Craving and mood": mean craving (0–10) on the left axis, mean mood (1–5) on the right. */
export function CravingMoodChart({ points }: { points: TrendPoint[] }) {
  const series: Series[] = [
    {
      key: 'craving',
      label: `Mean craving (${scaleRange(CRAVING_SCALE)}, left axis)`,
      index: 1,
      axis: 'left',
      unit: ` / ${CRAVING_SCALE.max}`,
    },
    {
      key: 'mood',
      label: `Mean mood (${scaleRange(MOOD_SCALE)}, right axis)`,
      index: 3,
      axis: 'right',
      unit: ` / ${MOOD_SCALE.max}`,
    },
  ];
  return (
    <ChartFrame
      title="Craving and mood"
      summary={cravingMoodSummary(points)}
      csv={{ filename: 'craving-and-mood', columns: trendCsvColumns, rows: points }}
      isEmpty={!points.some((p) => p.craving !== null || p.mood !== null)}
      emptyMessage="No check-ins with craving or mood were recorded in this range. Choose a longer range."
      height={300}
    >
      <TrendLines points={points} series={series}>
        {cravingAxis()}
        <YAxis
          yAxisId="right"
          orientation="right"
          domain={MOOD_AXIS.domain}
          ticks={MOOD_AXIS.ticks}
          stroke={chartTheme.axis()}
          label={{
            value: `Mood (${scaleRange(MOOD_SCALE)})`,
            angle: 90,
            position: 'insideRight',
            offset: 4,
            dy: -35,
            fill: chartTheme.axis(),
          }}
        />
      </TrendLines>
    </ChartFrame>
  );
}
