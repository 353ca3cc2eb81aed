import { useQuery } from '@apollo/client/react';
import { describeLevelOfCare, type LevelOfCare } from '@carecircle/shared/domain';
import { chartTheme, ChartFrame, seriesColor, type CsvColumn } from '@carecircle/web/charts';
import { errorMessage } from '@carecircle/web/data-access';
import { ErrorState, Skeleton, StatusBadge } from '@carecircle/web/ui';
import { useId } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { Link, useLocation } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { caseloadBalanceQuery } from './care-team.queries';
import { PART_LABELS } from './care-team-labels';
import { balanceBars, balanceSummary, levelsText, personLabel, type BalanceBar, type BalanceRow } from './caseload-balance-shaping';
import './care-team.css';

const csvColumns: readonly CsvColumn<BalanceBar>[] = [
  { header: 'Name', value: (b) => b.name },
  { header: 'Role', value: (b) => b.part },
  { header: 'Clients', value: (b) => b.clients },
  { header: 'Urgent', value: (b) => b.urgent },
  { header: 'Warning', value: (b) => b.warning },
  { header: 'Overloaded', value: (b) => (b.overloaded ? 'yes' : 'no') },
];

function BalanceChart({ rows }: { rows: readonly BalanceRow[] }) {
  const bars = balanceBars(rows);
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const height = Math.max(220, bars.length * 44 + 100);
  return (
    <ChartFrame
      title="Clients per person by acuity"
      summary={balanceSummary(rows)}
      csv={{ filename: 'team-caseload-balance', columns: csvColumns, rows: bars }}
      isEmpty={bars.length === 0}
      emptyMessage="No one on your team holds clients yet."
      height={height}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 500, height }}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <defs>
            {/* Stripes tell warnings apart from the other clients without colour. */}
            <pattern id={`${prefix}-warning`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <rect width="3" height="6" fill={seriesColor(5)} />
            </pattern>
          </defs>
          <CartesianGrid stroke={chartTheme.grid()} strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            stroke={chartTheme.axis()}
            label={{ value: 'Clients', position: 'insideBottom', offset: -16, fill: chartTheme.axis() }}
          />
          <YAxis type="category" dataKey="name" width={140} stroke={chartTheme.axis()} />
          <Tooltip cursor={{ fill: 'rgb(0 0 0 / 5%)' }} />
          <Legend verticalAlign="top" />
          <Bar dataKey="urgent" name="Urgent flag (solid)" stackId="acuity" fill={seriesColor(1)} isAnimationActive={false} />
          <Bar dataKey="warning" name="Warning, no urgent (striped)" stackId="acuity" fill={`url(#${prefix}-warning)`} stroke={seriesColor(5)} isAnimationActive={false} />
          <Bar dataKey="other" name="No urgent or warning flag" stackId="acuity" fill={seriesColor(0)} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

function BalanceTable({ rows }: { rows: readonly BalanceRow[] }) {
  return (
    <div className="cc-team__table-wrap">
      <Table className="cc-team-table" aria-label="Caseload balance">
        <TableHeader>
          <Column id="name" isRowHeader>
            Name
          </Column>
          <Column id="role">Role</Column>
          <Column id="clients">Clients</Column>
          <Column id="urgent">Urgent</Column>
          <Column id="warning">Warning</Column>
          <Column id="levels">By level of care</Column>
          <Column id="move">Move</Column>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <Row key={row.staff.id} id={row.staff.id} className={row.overloaded ? 'cc-team__row cc-team__row--overloaded' : 'cc-team__row'}>
              <Cell>
                {personLabel(row)}
                {row.overloaded && (
                  <>
                    {' '}
                    <StatusBadge tone="caution">Overloaded</StatusBadge>
                  </>
                )}
              </Cell>
              <Cell>{PART_LABELS[row.role] ?? row.role}</Cell>
              <Cell>{row.clients}</Cell>
              <Cell>{row.urgent}</Cell>
              <Cell>{row.warning}</Cell>
              <Cell>
                <span title={row.byLevelOfCare.map((l) => `${describeLevelOfCare(l.levelOfCare as LevelOfCare)}: ${l.clients}`).join('\n')}>
                  {levelsText(row.byLevelOfCare)}
                </span>
              </Cell>
              <Cell>
                {row.clients > 0 ? <Link to={`/team/move/${row.staff.id}`}>Move caseload of {row.staff.displayName}</Link> : '—'}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * The supervisor's view of the team's load: who holds how many clients and how acute they are, the
 * clients left with someone deactivated, and the way to move a caseload or tune a program's flags.
 */
export function TeamCaseloadsPage() {
  const { data, loading, error, refetch } = useQuery(caseloadBalanceQuery, { fetchPolicy: 'cache-and-network' });
  const balance = data?.caseloadBalance;
  // A finished caseload move comes back here with what it did.
  const status = (useLocation().state as { status?: string } | null)?.status;

  return (
    <div className="cc-page cc-team">
      <h1>Team caseloads</h1>
      <div role="status" className={status ? 'cc-team__status' : undefined}>
        {status}
      </div>
      <p className="cc-team__intro">
        How many clients each counselor and peer worker on your team holds, and how many have urgent or warning risk flags, so you can
        see who is overloaded before assigning.
      </p>
      {error && !balance ? (
        <ErrorState title="The caseload balance could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !balance ? (
        loading && <Skeleton label="Loading the caseload balance…" rows={5} />
      ) : (
        <>
          <section className="cc-team__section" aria-labelledby="team-balance-heading">
            <h2 id="team-balance-heading">Caseload balance</h2>
            <BalanceChart rows={balance.rows} />
            {balance.rows.length > 0 && <BalanceTable rows={balance.rows} />}
          </section>
          <section className="cc-team__section" aria-labelledby="team-reassign-heading">
            <h2 id="team-reassign-heading">Needs reassignment</h2>
            {balance.needsReassignment.length === 0 ? (
              <p className="cc-team__muted">Every client's counselor and peer worker is active.</p>
            ) : (
              <ul className="cc-team__list">
                {balance.needsReassignment.map((n) => (
                  <li key={`${n.clientId}-${n.role}`}>
                    <Link to={`/clients/${n.clientId}`}>
                      {n.firstName} {n.lastName}
                    </Link>{' '}
                    — {PART_LABELS[n.role]?.toLowerCase() ?? n.role} {n.staff.displayName} is deactivated
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="cc-team__section" aria-labelledby="team-thresholds-heading">
            <h2 id="team-thresholds-heading">Risk thresholds</h2>
            <p className="cc-team__muted">When each risk flag is raised, per program.</p>
            <ul className="cc-team__list">
              {(data?.programs ?? []).map((p) => (
                <li key={p.id}>
                  <Link to={`/programs/${p.id}/risk-thresholds`}>Risk thresholds for {p.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
