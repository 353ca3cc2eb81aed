import { BAM_SUBSCORES } from '@carecircle/shared/domain';
import { ChartFrame, chartTheme, seriesColor, seriesDash, type CsvColumn } from '@carecircle/web/charts';
import type { BamPointFragment } from '@carecircle/web/data-access';
import { CartesianGrid, Label, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { format } from 'date-fns';
import type { ReactNode } from 'react';
import { formatIsoDate, formatMonthYear } from './dates';
import { BAM_SERIES, bamConcerns, bamPoints, bamSummary, type BamPoint } from './measure-bands';
import { SeriesLegend } from './series-legend';

const CSV_COLUMNS: readonly CsvColumn<BamPoint>[] = [
  { header: 'Date', value: (p) => p.date },
  { header: 'Use (items 4–6, 0–12)', value: (p) => p.use },
  { header: 'Risk factors (0–24)', value: (p) => p.risk },
  { header: 'Protective factors (0–24)', value: (p) => p.protective },
  { header: 'Recorded under the old item types', value: (p) => (p.legacy ? 'yes' : 'no') },
];

const DAY = 86_400_000;

/** The concern side of a cut-off: '≥ 1' (use), '≥ 12' (risk), '≤ 12' (protective). */
function cutoffText(name: (typeof BAM_SERIES)[number]): string {
  const { concern, cutoff } = BAM_SUBSCORES[name];
  return `${concern === 'atLeast' ? '≥' : '≤'} ${cutoff}`;
}

/**
 * The BAM's three sub-scores over time, each with its cut-off as a reference line (use 1 or more,
 * risk 12 or more, protective 12 or less), placed on the day each BAM was given. There is no total.
 */
export function BamChart({ history, clientName, empty }: { history: readonly BamPointFragment[]; clientName: string; empty: ReactNode }) {
  const points = bamPoints(history);
  const latest = points.at(-1);
  const first = points[0]?.time ?? 0;
  const last = latest?.time ?? 0;
  const pad = Math.max(7 * DAY, (last - first) * 0.05);
  const concerns = latest ? bamConcerns(latest) : [];
  return (
    <div className="cc-record__measure cc-record__measure--bam">
      <p className="cc-record__latest">
        {latest ? (
          <>
            <span className="cc-record__label">Latest BAM:</span> use <strong>{latest.use}</strong>, risk <strong>{latest.risk}</strong>,
            protective <strong>{latest.protective}</strong>
            {concerns.length > 0 && <> — concern: {concerns.join('; ')}</>}{' '}
            <span className="cc-record__muted">on {formatIsoDate(latest.date)}</span>
          </>
        ) : (
          <span className="cc-record__muted">No BAM recorded yet.</span>
        )}
      </p>
      {points.length === 0 ? (
        empty
      ) : (
        <ChartFrame
          title="BAM sub-scores over time"
          summary={bamSummary(points)}
          csv={{ filename: `BAM-${clientName}`, columns: CSV_COLUMNS, rows: points }}
          height={320}
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke={chartTheme.grid()} strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="time"
                type="number"
                scale="time"
                domain={[first - pad, last + pad]}
                tickFormatter={(t: number) => formatMonthYear(t)}
                stroke={chartTheme.axis()}
                fontSize={12}
                height={48}
                tickCount={5}
              >
                <Label value="Date administered" position="insideBottom" offset={0} fill={chartTheme.axis()} fontSize={12} />
              </XAxis>
              <YAxis
                domain={[0, 24]}
                ticks={[0, 1, 6, 12, 18, 24]}
                stroke={chartTheme.axis()}
                fontSize={12}
                width={56}
                allowDecimals={false}
              >
                <Label
                  value="Sub-score (use 0–12, others 0–24)"
                  angle={-90}
                  position="insideLeft"
                  offset={14}
                  style={{ textAnchor: 'middle' }}
                  fill={chartTheme.axis()}
                  fontSize={12}
                />
              </YAxis>
              {BAM_SERIES.map((name, i) => (
                <ReferenceLine
                  key={`cutoff-${name}`}
                  y={BAM_SUBSCORES[name].cutoff}
                  stroke={seriesColor(i)}
                  strokeDasharray="2 4"
                  ifOverflow="extendDomain"
                  label={{
                    value: `${BAM_SUBSCORES[name].label} ${cutoffText(name)}`,
                    position: i === 2 ? 'insideBottomRight' : 'insideTopRight',
                    fontSize: 11,
                    fill: chartTheme.axis(),
                  }}
                />
              ))}
              <Tooltip labelFormatter={(t) => formatIsoDate(format(new Date(Number(t)), 'yyyy-MM-dd'))} />
              <Legend
                verticalAlign="top"
                content={() => (
                  <SeriesLegend
                    items={BAM_SERIES.map((name, i) => ({
                      label: `${BAM_SUBSCORES[name].label} (concern ${cutoffText(name)})`,
                      color: seriesColor(i),
                      dash: seriesDash(i),
                    }))}
                  />
                )}
              />
              {BAM_SERIES.map((name, i) => (
                <Line
                  key={name}
                  dataKey={name}
                  name={BAM_SUBSCORES[name].label}
                  stroke={seriesColor(i)}
                  strokeWidth={2.5}
                  strokeDasharray={seriesDash(i)}
                  dot={{ r: 4, fill: seriesColor(i) }}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </ChartFrame>
      )}
    </div>
  );
}
