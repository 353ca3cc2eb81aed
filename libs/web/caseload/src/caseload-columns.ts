import type { StaffRole } from '@carecircle/web/data-access';
import type { SortKey } from './caseload-sort';

export type CaseloadColumnId =
  | 'name'
  | 'risk'
  | 'program'
  | 'levelOfCare'
  | 'daysInTreatment'
  | 'nextMilestone'
  | 'lastCheckIn'
  | 'planStatus'
  | 'dualDiagnosis'
  | 'status'
  | 'careTeam';

export interface CaseloadColumn {
  id: CaseloadColumnId;
  label: string;
  /** The sort this column's header applies; columns without one are not sortable. */
  sortKey?: SortKey;
  numeric?: boolean;
}

/** Every column, in the order they appear. The client's name is always shown: it names the row. */
export const CASELOAD_COLUMNS: readonly CaseloadColumn[] = [
  { id: 'name', label: 'Client', sortKey: 'name' },
  { id: 'risk', label: 'Risk flags', sortKey: 'risk' },
  { id: 'program', label: 'Program', sortKey: 'program' },
  { id: 'levelOfCare', label: 'Level of care', sortKey: 'levelOfCare' },
  { id: 'daysInTreatment', label: 'Days in treatment', sortKey: 'daysInTreatment', numeric: true },
  { id: 'nextMilestone', label: 'Next milestone', sortKey: 'nextMilestone' },
  { id: 'lastCheckIn', label: 'Last check-in', sortKey: 'lastCheckIn' },
  { id: 'planStatus', label: 'Plan status' },
  { id: 'dualDiagnosis', label: 'Dual diagnosis' },
  { id: 'status', label: 'Status', sortKey: 'status' },
  { id: 'careTeam', label: 'Care team' },
];

/**
 * What each role scans for first, chosen to fit a 1280 px screen without sideways scrolling; the
 * rest are a click away in "Columns". Counselors see their own caseload, so the care team (themself)
 * and the program are left out; supervisors need to know whose client it is; peer workers are not
 * shown diagnoses at all.
 */
export const DEFAULT_COLUMNS: Record<StaffRole, readonly CaseloadColumnId[]> = {
  COUNSELOR: ['name', 'risk', 'levelOfCare', 'daysInTreatment', 'nextMilestone', 'lastCheckIn', 'planStatus', 'dualDiagnosis', 'status'],
  SUPERVISOR: ['name', 'risk', 'levelOfCare', 'daysInTreatment', 'lastCheckIn', 'planStatus', 'dualDiagnosis', 'status', 'careTeam'],
  PEER_SUPPORT: ['name', 'risk', 'program', 'nextMilestone', 'lastCheckIn', 'status', 'careTeam'],
  ADMIN: ['name', 'program', 'status'],
};

/** Columns a role may choose from: peer support workers never get the dual-diagnosis column. */
export function columnsForRole(role: StaffRole): readonly CaseloadColumn[] {
  return CASELOAD_COLUMNS.filter((column) => role !== 'PEER_SUPPORT' || column.id !== 'dualDiagnosis');
}

export function columnStorageKey(role: StaffRole): string {
  return `carecircle.caseload.columns.${role}`;
}

/**
 * The columns this browser remembers for the role, or the role's defaults. Unknown or forbidden ids
 * (an older version's choice, a hand-edited value) are dropped; the client's name is always kept.
 */
export function readChosenColumns(role: StaffRole, storage: Pick<Storage, 'getItem'> | null = safeLocalStorage()): CaseloadColumnId[] {
  const allowed = new Set(columnsForRole(role).map((column) => column.id));
  let stored: unknown = null;
  try {
    stored = JSON.parse(storage?.getItem(columnStorageKey(role)) ?? 'null');
  } catch {
    stored = null;
  }
  const ids = Array.isArray(stored) ? stored.filter((id): id is CaseloadColumnId => typeof id === 'string' && allowed.has(id as CaseloadColumnId)) : [];
  const chosen = Array.isArray(stored) ? ids : [...DEFAULT_COLUMNS[role]];
  return orderColumns(['name', ...chosen]);
}

export function saveChosenColumns(role: StaffRole, ids: readonly CaseloadColumnId[], storage: Pick<Storage, 'setItem'> | null = safeLocalStorage()): void {
  try {
    storage?.setItem(columnStorageKey(role), JSON.stringify(orderColumns(ids)));
  } catch {
    // Private browsing or a full store: the choice lasts for this visit only.
  }
}

/** The ids without duplicates, in the table's column order. */
export function orderColumns(ids: Iterable<CaseloadColumnId>): CaseloadColumnId[] {
  const wanted = new Set(ids);
  return CASELOAD_COLUMNS.filter((column) => wanted.has(column.id)).map((column) => column.id);
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
