import { useQuery } from '@apollo/client/react';
import { MeasureInstrument, measureForm } from '@carecircle/shared/domain';
import { ChartFrame, chartTheme, seriesColor, seriesDash, type CsvColumn } from '@carecircle/web/charts';
import { useSession, type MeasurePointFragment, type MeasureResultFragment } from '@carecircle/web/data-access';
import { Button } from '@carecircle/web/ui';
import { format } from 'date-fns';
import { useState, type ReactNode } from 'react';
import { CartesianGrid, Label, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatIsoDate, formatMonthYear } from './dates';
import {
  measureBands,
  measurePoints,
  measureSummary,
  bandTicks,
  INSTRUMENTS,
  type ChartedInstrument,
  type MeasurePoint,
} from './measure-bands';
import { AdministerMeasureDialog } from './administer-measure-dialog';
import { BamChart } from './bam-chart';
import { MeasureResult } from './measure-result';
import { clientMeasuresQuery } from './measures.query';
import { RecordSection } from './record-section';
import { SeriesLegend } from './series-legend';
import { sectionLoadingOrError } from './section-query-state';

const CSV_COLUMNS: readonly CsvColumn<MeasurePoint>[] = [
  { header: 'Date', value: (p) => p.date },
  { header: 'Total', value: (p) => p.total },
  { header: 'Band', value: (p) => p.bandLabel },
];

const DAY = 86_400_000;

/**
 * What an instrument's place shows before its first administration: who can give it gets the button
 * to do so; everyone else reads that there is none yet.
 */
function NoMeasureYet({
  instrument,
  onAdminister,
}: {
  instrument: MeasureInstrument;
  onAdminister: ((instrument: MeasureInstrument) => void) | null;
}) {
  const { name } = measureForm(instrument);
  return (
    <div className="cc-measure-empty">
      <p className="cc-record__muted">No {name} given yet.</p>
      {onAdminister && (
        <Button variant="secondary" onPress={() => onAdminister(instrument)}>
          Give a {name}
        </Button>
      )}
    </div>
  );
}

function MeasureChart({
  instrument,
  history,
  clientName,
  empty,
}: {
  instrument: ChartedInstrument;
  history: readonly MeasurePointFragment[];
  clientName: string;
  empty: ReactNode;
}) {
  const info = INSTRUMENTS[instrument];
  const points = measurePoints(instrument, history);
  const bands = measureBands(instrument);
  const latest = points.at(-1);
  const first = points[0]?.time ?? 0;
  const last = latest?.time ?? 0;
  const pad = Math.max(7 * DAY, (last - first) * 0.05);
  const color = seriesColor(0);
  const short = info.title.split(' ')[0] ?? info.title;
  return (
    <div className="cc-record__measure">
      <p className="cc-record__latest">
        {latest ? (
          <>
            <span className="cc-record__label">Latest {short}:</span> <strong>{latest.total}</strong>
            {latest.bandLabel && <> — {latest.bandLabel}</>} <span className="cc-record__muted">on {formatIsoDate(latest.date)}</span>
          </>
        ) : (
          <span className="cc-record__muted">No {short} recorded yet.</span>
        )}
      </p>
      {points.length === 0 ? (
        empty
      ) : (
        <ChartFrame
          title={`${info.title} over time`}
          summary={measureSummary(instrument, points)}
          csv={{ filename: `${short}-${clientName}`, columns: CSV_COLUMNS, rows: points }}
          height={300}
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
              {bands.map((band) => (
                <ReferenceArea
                  key={band.label}
                  y1={band.y1}
                  y2={band.y2}
                  fill={chartTheme.band[band.tone]()}
                  fillOpacity={1}
                  ifOverflow="hidden"
                  label={{ value: band.label, position: 'insideTopLeft', fontSize: 11, fill: chartTheme.axis() }}
                />
              ))}
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
                domain={[info.min, info.max]}
                ticks={bandTicks(instrument)}
                stroke={chartTheme.axis()}
                fontSize={12}
                width={56}
                allowDecimals={false}
              >
                <Label
                  value={`Total score (${info.min}–${info.max})`}
                  angle={-90}
                  position="insideLeft"
                  offset={14}
                  style={{ textAnchor: 'middle' }}
                  fill={chartTheme.axis()}
                  fontSize={12}
                />
              </YAxis>
              <Tooltip labelFormatter={(t) => formatIsoDate(format(new Date(Number(t)), 'yyyy-MM-dd'))} />
              <Legend
                verticalAlign="top"
                content={() => (
                  <SeriesLegend
                    items={[
                      { label: `${short} total`, color, dash: seriesDash(0) },
                      ...bands.map((b) => ({ label: b.label, color: chartTheme.band[b.tone](), swatch: true })),
                    ]}
                  />
                )}
              />
              <Line
                dataKey="total"
                name={`${short} total`}
                stroke={color}
                strokeWidth={2.5}
                strokeDasharray={seriesDash(0)}
                dot={{ r: 4, fill: color }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </ChartFrame>
      )}
    </div>
  );
}

/**
 * PHQ-9, GAD-7 and BARC-10 over time with their published bands, and the BAM's sub-scores with
 * their cut-offs, each point on the day it was given. The client's counselor or supervisor
 * administers a measure from here and sees its score at once. Not rendered for peer workers.
 */
export function MeasuresSection({ clientId, clientName }: { clientId: string; clientName: string }) {
  const session = useSession();
  // The API lets the client's counselor or their supervisor administer; other roles read only.
  const canAdminister = session?.me.role === 'COUNSELOR' || session?.me.role === 'SUPERVISOR';
  const [dialog, setDialog] = useState<{ isOpen: boolean; instrument: MeasureInstrument }>({
    isOpen: false,
    instrument: MeasureInstrument.PHQ_9,
  });
  const [result, setResult] = useState<MeasureResultFragment | null>(null);
  const open = canAdminister ? (instrument: MeasureInstrument) => setDialog({ isOpen: true, instrument }) : null;

  const { data, loading, error, refetch } = useQuery(clientMeasuresQuery, { variables: { clientId }, notifyOnNetworkStatusChange: true });
  let content = sectionLoadingOrError(
    { hasData: Boolean(data), error, refetch },
    { failed: 'Measures could not be loaded', loading: 'Loading measures…', rows: 4 },
  );
  if (data) {
    const empty = (instrument: MeasureInstrument) => <NoMeasureYet instrument={instrument} onAdminister={open} />;
    content = (
      <div className="cc-record__measures">
        <MeasureChart instrument="PHQ_9" history={data.phq9} clientName={clientName} empty={empty(MeasureInstrument.PHQ_9)} />
        <MeasureChart instrument="GAD_7" history={data.gad7} clientName={clientName} empty={empty(MeasureInstrument.GAD_7)} />
        <MeasureChart instrument="BARC_10" history={data.barc10} clientName={clientName} empty={empty(MeasureInstrument.BARC_10)} />
        <BamChart history={data.bam} clientName={clientName} empty={empty(MeasureInstrument.BAM)} />
      </div>
    );
  }
  return (
    <RecordSection
      id="measures"
      title="Measures"
      aside={
        open && (
          <Button variant="primary" onPress={() => open(MeasureInstrument.PHQ_9)}>
            Administer a measure
          </Button>
        )
      }
    >
      {result && <MeasureResult result={result} onDismiss={() => setResult(null)} />}
      <div aria-busy={loading}>{content}</div>
      {canAdminister && (
        <AdministerMeasureDialog
          clientId={clientId}
          clientName={clientName}
          isOpen={dialog.isOpen}
          initialInstrument={dialog.instrument}
          onOpenChange={(isOpen) => setDialog((d) => ({ ...d, isOpen }))}
          onAdministered={setResult}
        />
      )}
    </RecordSection>
  );
}
