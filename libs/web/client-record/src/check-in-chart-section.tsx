import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiErrorCode, CHECK_IN_CHANNEL_LABELS, CHECK_IN_SCHEDULE_LABELS, CRAVING_SCALE, MOOD_SCALE } from '@carecircle/shared/domain';
import { ChartFrame, chartTheme, scaleAxis, scaleRange, seriesColor, seriesDash, type CsvColumn } from '@carecircle/web/charts';
import { apiErrorCodeOf, useSession, type ClientCheckInsQuery, type StaffRole } from '@carecircle/web/data-access';
import { Button } from '@carecircle/web/ui';
import { useMemo, useState } from 'react';
import { CartesianGrid, ComposedChart, Label, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { clientCheckInsQuery } from './check-ins.query';
import { checkInPoints, checkInSummary, dayTicks, type CheckInPoint } from './check-in-trend';
import { formatShortDate, lastDaysRange } from './dates';
import { LogCheckInDialog } from './log-check-in-dialog';
import { RecentCheckIns } from './recent-check-ins';
import { RecordSection } from './record-section';
import { SeriesLegend } from './series-legend';
import { sectionLoadingOrError } from './section-query-state';

const CSV_COLUMNS: readonly CsvColumn<CheckInPoint>[] = [
  { header: 'Date and time', value: (p) => new Date(p.time).toISOString() },
  { header: `Craving (${scaleRange(CRAVING_SCALE)})`, value: (p) => p.craving },
  { header: `Mood (${scaleRange(MOOD_SCALE)})`, value: (p) => p.mood },
  { header: 'Use reported', value: (p) => (p.usedSubstances ? 'yes' : 'no') },
  { header: 'Channel', value: (p) => CHECK_IN_CHANNEL_LABELS[p.channel] },
  { header: 'Entered by', value: (p) => p.enteredBy ?? 'the client' },
];

/** Staff who record check-ins they take by phone, in person or by text (the API allows the same roles). */
const RECORDING_ROLES: readonly StaffRole[] = ['COUNSELOR', 'SUPERVISOR', 'PEER_SUPPORT'];

/** True when the API refused the check-ins because the caller needs the client's consent to see them. */
export function isConsentRefusal(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => apiErrorCodeOf(e) === ApiErrorCode.FORBIDDEN);
}

const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

const CRAVING_AXIS = scaleAxis(CRAVING_SCALE, 2);
const MOOD_AXIS = scaleAxis(MOOD_SCALE);

/** Completion against the client's schedule, as a few labelled numbers. */
function CompletionStats({ completion }: { completion: ClientCheckInsQuery['checkInCompletion'] }) {
  return (
    <dl className="cc-record__completion" aria-label="Check-in completion">
      <div>
        <dt>Completion, last {completion.days} days</dt>
        <dd>{completion.rate === null ? 'Nothing expected' : `${Math.round(completion.rate * 100)}%`}</dd>
      </div>
      <div>
        <dt>Received</dt>
        <dd>
          {completion.received} of {Math.round(completion.expected)} expected
        </dd>
      </div>
      <div>
        <dt>Schedule</dt>
        <dd>{CHECK_IN_SCHEDULE_LABELS[completion.schedule]}</dd>
      </div>
    </dl>
  );
}

export interface CheckInChartSectionProps {
  clientId: string;
  clientName: string;
  today: Date;
}

/**
 * Craving and mood over the last 90 days, with days of reported use marked, and the latest
 * check-ins with their channel and who entered them. Staff who take a check-in record it here. A
 * peer support worker sees the check-ins only under the client's consent; without it the section
 * says so, and recording stays open to them.
 */
export function CheckInChartSection({ clientId, clientName, today }: CheckInChartSectionProps) {
  const range = useMemo(() => lastDaysRange(today, 90), [today]);
  const session = useSession();
  const canRecord = session ? RECORDING_ROLES.includes(session.me.role) : false;
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(clientCheckInsQuery, {
    variables: { clientId, ...range },
    notifyOnNetworkStatusChange: true,
  });

  let content = sectionLoadingOrError(
    { hasData: Boolean(data), error, refetch },
    { failed: 'Check-ins could not be loaded', loading: 'Loading check-ins…', rows: 4 },
  );
  if (!data && isConsentRefusal(error)) {
    content = (
      <div className="cc-checkins__consent">
        <p>
          <strong>Shared only under the client&apos;s consent.</strong>
        </p>
        <p className="cc-record__muted">
          {clientName}&apos;s check-ins are shown to peer support workers while {clientName} has an active consent naming the peer
          support team for check-ins. Check-ins you record are still saved to the record.
        </p>
      </div>
    );
  }
  if (data) {
    const points = checkInPoints(data.checkIns, session?.me.organizationTimeZone);
    const usePoints = points.filter((p) => p.useMarker !== null);
    const from = new Date(`${range.from}T00:00:00`).getTime();
    const to = new Date(`${range.to}T23:59:59`).getTime();
    const craving = seriesColor(0);
    const mood = seriesColor(1);
    const useColor = seriesColor(6);
    content = (
      <>
        <CompletionStats completion={data.checkInCompletion} />
        <ChartFrame
          title="Craving and mood, last 90 days"
          summary={checkInSummary(points, data.checkInCompletion, today)}
          csv={{
            filename: `check-ins-${clientName}-${range.from}-to-${range.to}`,
            columns: CSV_COLUMNS,
            rows: points,
          }}
          isEmpty={points.length === 0}
          emptyMessage={`No check-ins from ${clientName} in the last 90 days.${canRecord ? ' Use “Record a check-in” for one you take by phone or in person.' : ''}`}
          height={320}
        >
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke={chartTheme.grid()} strokeDasharray="3 3" />
              <XAxis
                dataKey="time"
                type="number"
                scale="time"
                domain={[from, to]}
                ticks={dayTicks(range.from, range.to, 14)}
                tickFormatter={(t: number) => formatShortDate(t)}
                stroke={chartTheme.axis()}
                fontSize={12}
                height={48}
              >
                <Label value="Date" position="insideBottom" offset={0} fill={chartTheme.axis()} fontSize={12} />
              </XAxis>
              <YAxis
                yAxisId="craving"
                domain={CRAVING_AXIS.domain}
                ticks={CRAVING_AXIS.ticks}
                stroke={chartTheme.axis()}
                fontSize={12}
                width={56}
              >
                <Label
                  value={`Craving (${scaleRange(CRAVING_SCALE)})`}
                  angle={-90}
                  position="insideLeft"
                  offset={14}
                  style={{ textAnchor: 'middle' }}
                  fill={chartTheme.axis()}
                  fontSize={12}
                />
              </YAxis>
              <YAxis
                yAxisId="mood"
                orientation="right"
                domain={MOOD_AXIS.domain}
                ticks={MOOD_AXIS.ticks}
                stroke={chartTheme.axis()}
                fontSize={12}
                width={56}
              >
                <Label
                  value={`Mood (${scaleRange(MOOD_SCALE)})`}
                  angle={90}
                  position="insideRight"
                  offset={14}
                  style={{ textAnchor: 'middle' }}
                  fill={chartTheme.axis()}
                  fontSize={12}
                />
              </YAxis>
              <Tooltip
                labelFormatter={(t) => dateTime.format(new Date(Number(t)))}
                formatter={(value, name) => [String(value), String(name)]}
              />
              <Legend
                verticalAlign="top"
                content={() => (
                  <SeriesLegend
                    items={[
                      {
                        label: `Craving (${scaleRange(CRAVING_SCALE)}, left axis)`,
                        color: craving,
                        dash: seriesDash(0),
                      },
                      {
                        label: `Mood (${scaleRange(MOOD_SCALE)}, right axis)`,
                        color: mood,
                        dash: seriesDash(1),
                      },
                      {
                        label: 'Use reported',
                        color: useColor,
                        marker: 'triangle',
                      },
                    ]}
                  />
                )}
              />
              <Line
                yAxisId="craving"
                data={points}
                dataKey="craving"
                name="Craving"
                stroke={craving}
                strokeWidth={2.5}
                strokeDasharray={seriesDash(0)}
                dot={{ r: 2.5, fill: craving }}
                connectNulls
                isAnimationActive={false}
              />
              <Line
                yAxisId="mood"
                data={points}
                dataKey="mood"
                name="Mood"
                stroke={mood}
                strokeWidth={2.5}
                strokeDasharray={seriesDash(1)}
                dot={{ r: 2.5, fill: mood }}
                connectNulls
                isAnimationActive={false}
              />
              <Scatter
                yAxisId="craving"
                data={usePoints}
                dataKey="useMarker"
                name="Use reported"
                fill={useColor}
                shape="triangle"
                legendType="triangle"
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </ChartFrame>
        <RecentCheckIns checkIns={data.checkIns} />
      </>
    );
  }

  return (
    <RecordSection
      id="check-ins"
      title="Check-ins"
      aside={
        canRecord && (
          <Button variant="secondary" onPress={() => setRecording(true)}>
            Record a check-in
          </Button>
        )
      }
    >
      <p className="cc-checkins__saved" role="status">
        {saved && `Check-in of ${dateTime.format(new Date(saved))} saved.`}
      </p>
      <div aria-busy={loading}>{content}</div>
      {recording && (
        <LogCheckInDialog
          clientId={clientId}
          clientName={clientName}
          isOpen={recording}
          onOpenChange={setRecording}
          onLogged={setSaved}
        />
      )}
    </RecordSection>
  );
}
