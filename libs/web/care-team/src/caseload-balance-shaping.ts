import { LEVELS_OF_CARE, type LevelOfCare } from '@carecircle/shared/domain';
import type { CaseloadBalanceQuery } from '@carecircle/web/data-access';
import { PART_LABELS } from './care-team-labels';

export type BalanceRow = CaseloadBalanceQuery['caseloadBalance']['rows'][number];

/** One bar of the chart: a person's clients stacked by their most severe flag. */
export interface BalanceBar {
  staffId: string;
  name: string;
  part: string;
  urgent: number;
  warning: number;
  /** Clients with neither an urgent nor a warning flag. */
  other: number;
  clients: number;
  overloaded: boolean;
}

/** "Dee Gone (deactivated)", so the chart and table never rely on colour to say it. */
export function personLabel(row: Pick<BalanceRow, 'staff'>): string {
  return row.staff.active ? row.staff.displayName : `${row.staff.displayName} (deactivated)`;
}

export function balanceBars(rows: readonly BalanceRow[]): BalanceBar[] {
  return rows.map((row) => ({
    staffId: row.staff.id,
    name: personLabel(row),
    part: PART_LABELS[row.role] ?? row.role,
    urgent: row.urgent,
    warning: row.warning,
    other: Math.max(0, row.clients - row.urgent - row.warning),
    clients: row.clients,
    overloaded: row.overloaded,
  }));
}

/** "ASAM 2.1: 5 · ASAM 3.5: 2", or "None". */
export function levelsText(byLevel: BalanceRow['byLevelOfCare']): string {
  if (byLevel.length === 0) return 'None';
  return byLevel.map((l) => `ASAM ${LEVELS_OF_CARE[l.levelOfCare as LevelOfCare]?.asamCode ?? l.levelOfCare}: ${l.clients}`).join(' · ');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The chart's text summary: the totals, the acuity, and who is overloaded. */
export function balanceSummary(rows: readonly BalanceRow[]): string {
  if (rows.length === 0) return 'No one on your team holds clients yet.';
  const clients = rows.reduce((sum, r) => sum + r.clients, 0);
  const urgent = rows.reduce((sum, r) => sum + r.urgent, 0);
  const warning = rows.reduce((sum, r) => sum + r.warning, 0);
  const overloaded = rows.filter((r) => r.overloaded).map((r) => r.staff.displayName);
  const counselorClients = rows.filter((r) => r.role === 'COUNSELOR').reduce((sum, r) => sum + r.clients, 0);
  return (
    `${plural(rows.length, 'person', 'people')} on your team; ${plural(counselorClients, 'client')} with a counselor here ` +
    `(${clients} caseload places counting peer workers), ${urgent} with an urgent flag and ${warning} with a warning. ` +
    (overloaded.length ? `Overloaded: ${overloaded.join(', ')}.` : 'No one is overloaded.')
  );
}
