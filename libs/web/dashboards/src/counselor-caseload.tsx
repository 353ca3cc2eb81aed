import { RISK_SEVERITY_LABELS, RiskSeverity } from '@carecircle/shared/domain';
import { chartTheme, ChartFrame, seriesColor, type CsvColumn } from '@carecircle/web/charts';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useNavigate } from 'react-router';
import { ChartLegend } from './chart-legend';
import {
  caseloadSummarySentence,
  counselorRows,
  counselorTotals,
  type CounselorCaseload,
  type CounselorRow,
} from './caseload-summary-shaping';
import { counselorCaseloadUrl } from './group-labels';

/** "Urgent flags", in the shared severity words. */
const flagsOf = (severity: RiskSeverity) => `${RISK_SEVERITY_LABELS[severity]} flags`;

const csvColumns: readonly CsvColumn<CounselorRow>[] = [
  { header: 'Counselor', value: (r) => r.counselorName },
  { header: 'Active clients', value: (r) => r.activeClients },
  { header: flagsOf(RiskSeverity.URGENT), value: (r) => r.urgentFlags },
  { header: flagsOf(RiskSeverity.WARNING), value: (r) => r.warningFlags },
  { header: flagsOf(RiskSeverity.INFO), value: (r) => r.infoFlags },
  { header: 'Plans overdue', value: (r) => r.plansOverdue },
  { header: 'Plans awaiting sign-off', value: (r) => r.plansAwaitingSignOff },
  { header: 'Family engaged, last 30 days', value: (r) => r.familyEngaged },
  { header: 'Family engagement (%)', value: (r) => r.familyEngagementPct },
  {
    header: 'Clients with a peer worker',
    value: (r) => r.clientsWithPeerWorker,
  },
  { header: 'Peer contact, last 14 days', value: (r) => r.peerContacted },
  { header: 'Peer contact (%)', value: (r) => r.peerContactPct },
];

/** Patterns tell the flag severities apart without colour: solid, diagonal stripes, dots. */
function FlagPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-warning`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#fff" />
        <rect width="3" height="6" fill={seriesColor(5)} />
      </pattern>
      <pattern id={`${prefix}-info`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#fff" />
        <circle cx="2.5" cy="2.5" r="1.5" fill={seriesColor(4)} />
      </pattern>
    </defs>
  );
}

type FlagKey = 'urgentFlags' | 'warningFlags' | 'infoFlags';

const FLAG_BARS: readonly {
  key: FlagKey;
  name: string;
  fill: 'urgent' | 'warning' | 'info';
  color: number;
}[] = [
  { key: 'urgentFlags', name: flagsOf(RiskSeverity.URGENT), fill: 'urgent', color: 1 },
  { key: 'warningFlags', name: flagsOf(RiskSeverity.WARNING), fill: 'warning', color: 5 },
  { key: 'infoFlags', name: flagsOf(RiskSeverity.INFO), fill: 'info', color: 4 },
];

function lastFlagSegment(row: CounselorRow): FlagKey | null {
  return [...FLAG_BARS].reverse().find((bar) => row[bar.key] > 0)?.key ?? null;
}

export function CounselorCaseloadChart({ summary }: { summary: readonly CounselorCaseload[] }) {
  const navigate = useNavigate();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const rows = counselorRows(summary);
  const fills = {
    active: seriesColor(0),
    urgent: seriesColor(1),
    warning: `url(#${prefix}-warning)`,
    info: `url(#${prefix}-info)`,
  };
  const open = (row: CounselorRow | undefined) => {
    if (row?.counselorId) void navigate(counselorCaseloadUrl(row.counselorId));
  };
  const onBarClick = (data: { payload?: unknown }) => open(data.payload as CounselorRow | undefined);
  const height = Math.max(260, rows.length * 64 + 110);

  return (
    <ChartFrame
      title="Caseload size and flags by counselor"
      summary={caseloadSummarySentence(summary)}
      csv={{ filename: 'caseload-by-counselor', columns: csvColumns, rows }}
      isEmpty={rows.length === 0}
      emptyMessage="No counselors have active clients yet. Assign clients to counselors to see their caseloads here."
      height={height}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height }}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }} barGap={2}>
          <FlagPatterns prefix={prefix} />
          <CartesianGrid stroke={chartTheme.grid()} strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            stroke={chartTheme.axis()}
            label={{
              value: 'Count (clients or flags)',
              position: 'insideBottom',
              offset: -16,
              fill: chartTheme.axis(),
            }}
          />
          <YAxis type="category" dataKey="counselorName" width={130} stroke={chartTheme.axis()} />
          <Tooltip cursor={{ fill: 'rgb(0 0 0 / 5%)' }} />
          <Legend
            verticalAlign="top"
            content={() => (
              <ChartLegend
                items={[
                  {
                    key: 'active',
                    label: 'Active clients',
                    color: fills.active,
                    fill: fills.active,
                  },
                  {
                    key: 'urgent',
                    label: `${flagsOf(RiskSeverity.URGENT)} (solid)`,
                    color: fills.urgent,
                    fill: fills.urgent,
                  },
                  {
                    key: 'warning',
                    label: `${flagsOf(RiskSeverity.WARNING)} (striped)`,
                    color: seriesColor(5),
                    fill: fills.warning,
                  },
                  {
                    key: 'info',
                    label: `${flagsOf(RiskSeverity.INFO)} (dotted)`,
                    color: seriesColor(4),
                    fill: fills.info,
                  },
                ]}
              />
            )}
          />
          {FLAG_BARS.map((bar) => (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={bar.name}
              stackId="flags"
              fill={fills[bar.fill]}
              stroke={seriesColor(bar.color)}
              barSize={16}
              onClick={onBarClick}
              style={{ cursor: 'pointer' }}
              isAnimationActive={false}
            >
              {/* The flags in words, once per counselor, after the stack's last segment. */}
              <LabelList
                position="right"
                fill={chartTheme.axis()}
                fontSize={12}
                valueAccessor={(_entry: unknown, index: number) =>
                  rows[index] && lastFlagSegment(rows[index]) === bar.key ? rows[index].flagsText : undefined
                }
              />
            </Bar>
          ))}
          <Bar
            dataKey="activeClients"
            name="Active clients"
            fill={fills.active}
            barSize={16}
            onClick={onBarClick}
            style={{ cursor: 'pointer' }}
            isAnimationActive={false}
          >
            <LabelList dataKey="activeClients" position="right" fill={chartTheme.axis()} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

function rate(pct: number | null, part: number, whole: number, none: string) {
  if (pct === null) return <span className="cc-dash-muted">{none}</span>;
  return (
    <>
      {pct}%{' '}
      <span className="cc-dash-muted">
        ({part} of {whole})
      </span>
    </>
  );
}

function Cells({ row }: { row: CounselorRow }) {
  return (
    <>
      <td className="cc-dash-table__num">{row.activeClients}</td>
      <td>{row.flagsText}</td>
      <td className="cc-dash-table__num">{row.plansOverdue}</td>
      <td className="cc-dash-table__num">{row.plansAwaitingSignOff}</td>
      <td>{rate(row.familyEngagementPct, row.familyEngaged, row.activeClients, 'No active clients')}</td>
      <td>{rate(row.peerContactPct, row.peerContacted, row.clientsWithPeerWorker, 'No peer worker assigned')}</td>
    </>
  );
}

/** The per-counselor numbers with a totals row; each name opens that counselor's caseload. */
export function CounselorCaseloadTable({ summary }: { summary: readonly CounselorCaseload[] }) {
  const rows = counselorRows(summary);
  const totals = counselorTotals(summary);
  return (
    <div
      className="cc-dash-table-scroll"
      role="region"
      aria-label="Caseload per counselor (scrolls sideways)"
      tabIndex={0}
    >
      <table className="cc-dash-table">
        <caption>Caseload per counselor</caption>
        <thead>
          <tr>
            <th scope="col">Counselor</th>
            <th scope="col" className="cc-dash-table__num">
              Active clients
            </th>
            <th scope="col">Flags by severity</th>
            <th scope="col" className="cc-dash-table__num">
              Plans overdue
            </th>
            <th scope="col" className="cc-dash-table__num">
              Awaiting sign-off
            </th>
            <th scope="col">Family engaged (30 days)</th>
            <th scope="col">Peer contact (14 days)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.counselorId}>
              <th scope="row">
                <Link to={counselorCaseloadUrl(row.counselorId!)} aria-label={`${row.counselorName}: see clients`}>
                  {row.counselorName}
                </Link>
              </th>
              <Cells row={row} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <Cells row={totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
