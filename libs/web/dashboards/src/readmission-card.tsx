import { chartTheme, ChartFrame, seriesColor, type CsvColumn } from '@carecircle/web/charts';
import { useIsPhone } from '@carecircle/web/ui';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './chart-legend';
import {
  readmissionSummary,
  readmissionTiles,
  reasonRows,
  type ReadmissionRate,
  type ReasonRow,
} from './readmission-shaping';

const csvColumns: readonly CsvColumn<ReasonRow>[] = [
  { header: 'Discharge reason', value: (r) => r.fullLabel },
  { header: 'Discharges', value: (r) => r.discharges },
  { header: '30-day outcome known', value: (r) => r.eligible30 },
  { header: 'Readmitted within 30 days', value: (r) => r.readmitted30 },
  { header: 'Readmitted within 30 days (%)', value: (r) => r.pct30 },
  { header: '90-day outcome known', value: (r) => r.eligible90 },
  { header: 'Readmitted within 90 days', value: (r) => r.readmitted90 },
  { header: 'Readmitted within 90 days (%)', value: (r) => r.pct90 },
];

export interface ReadmissionCardProps {
  overall: ReadmissionRate;
  byDischargeReason: readonly ReadmissionRate[];
  /** "all episodes" or "first episodes only", for the CSV's file name. */
  episodesLabel: string;
  range: { from: string; to: string };
}

/**
 * Readmission within 30 and 90 days of discharge: two tiles with their counts, then the rates by
 * discharge reason. The 90-day bars are striped so the two windows differ by more than colour.
 */
export function ReadmissionCard({ overall, byDischargeReason, episodesLabel, range }: ReadmissionCardProps) {
  const tiles = readmissionTiles(overall);
  const rows = reasonRows(byDischargeReason);
  const summary = readmissionSummary(overall, byDischargeReason);
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const phone = useIsPhone();
  const color30 = seriesColor(0);
  const color90 = seriesColor(3);
  const striped = `url(#${prefix}-within-90)`;
  const height = Math.max(220, rows.length * 56 + 110);
  return (
    <>
      <p className="cc-dash-card__summary">{summary}</p>
      <ul className="cc-dash-tiles cc-dash-tiles--two">
        {tiles.map((tile) => (
          <li key={tile.days} className="cc-dash-tile">
            <span className="cc-dash-tile__label">Readmitted within {tile.days} days of discharge</span>
            {tile.percent === null ? (
              <>
                <span className="cc-dash-tile__value cc-dash-tile__value--none">—</span>
                <span className="cc-dash-tile__detail">
                  {overall.discharges === 0
                    ? 'No discharges in this range'
                    : `No one discharged in this range has been out ${tile.days} days yet`}
                </span>
              </>
            ) : (
              <>
                <span className="cc-dash-tile__value">{tile.percent}%</span>
                <span className="cc-dash-tile__detail">
                  {tile.readmitted} of {tile.eligible} {tile.eligible === 1 ? 'discharge' : 'discharges'} came back
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <ChartFrame
        title="Readmission by discharge reason"
        summary={rows.length === 0 ? 'No discharges in this range.' : rowsSummary(rows)}
        csv={{ filename: `readmission-by-discharge-reason-${episodesLabel}-${range.from}-to-${range.to}`, columns: csvColumns, rows }}
        isEmpty={rows.length === 0}
        emptyMessage="No discharges in this range. Choose a longer range to see readmission by discharge reason."
        height={height}
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height }}>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 24, left: 8 }} barGap={2}>
            <defs>
              <pattern id={`${prefix}-within-90`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#fff" />
                <rect width="3" height="6" fill={color90} />
              </pattern>
            </defs>
            <CartesianGrid stroke={chartTheme.grid()} strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              unit="%"
              stroke={chartTheme.axis()}
              label={{ value: 'Readmitted (%)', position: 'insideBottom', offset: -16, fill: chartTheme.axis() }}
            />
            <YAxis type="category" dataKey="label" width={phone ? 96 : 130} stroke={chartTheme.axis()} fontSize={phone ? 12 : 14} />
            <Tooltip
              cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
              formatter={(value, name, item) => {
                const row = item.payload as ReasonRow;
                const within90 = String(name).includes('90');
                const [n, of] = within90 ? [row.readmitted90, row.eligible90] : [row.readmitted30, row.eligible30];
                return [value === null || value === undefined ? 'not known yet' : `${String(value)}% (${n} of ${of})`, name];
              }}
              labelFormatter={(_label, payload) => (payload[0]?.payload as ReasonRow | undefined)?.fullLabel ?? ''}
            />
            <Legend
              verticalAlign="top"
              content={() => (
                <ChartLegend
                  items={[
                    { key: '30', label: 'Within 30 days (solid)', color: color30, fill: color30 },
                    { key: '90', label: 'Within 90 days (striped)', color: color90, fill: striped },
                  ]}
                />
              )}
            />
            <Bar dataKey="pct30" name="Within 30 days" fill={color30} barSize={14} minPointSize={zeroStub} isAnimationActive={false}>
              <LabelList dataKey="pct30" position="right" formatter={percentLabel} fill={chartTheme.axis()} fontSize={12} />
            </Bar>
            <Bar dataKey="pct90" name="Within 90 days" fill={striped} stroke={color90} barSize={14} minPointSize={zeroStub} isAnimationActive={false}>
              <LabelList dataKey="pct90" position="right" formatter={percentLabel} fill={chartTheme.axis()} fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </>
  );
}

/** A 0% bar is drawn as a sliver so it reads as "none came back", not as "not known"; unknown (null) draws nothing. */
function zeroStub(value: number | undefined | null): number {
  return value === 0 ? 2 : 0;
}

function percentLabel(value: unknown): string {
  return typeof value === 'number' ? `${value}%` : '';
}

/** One clause per reason, e.g. "Dropped out: 2 of 8 within 30 days (25%), 4 of 8 within 90 days (50%)." */
function rowsSummary(rows: readonly ReasonRow[]): string {
  const clause = (n: number, of: number, pct: number | null, days: number) =>
    pct === null ? `none out ${days} days yet` : `${n} of ${of} within ${days} days (${pct}%)`;
  return rows
    .map((r) => `${r.fullLabel}: ${clause(r.readmitted30, r.eligible30, r.pct30, 30)}, ${clause(r.readmitted90, r.eligible90, r.pct90, 90)}.`)
    .join(' ');
}
