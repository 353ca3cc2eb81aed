import type { ClientSortInput, ClientSortKey } from '@carecircle/web/data-access';

/** The sortable columns, as the page and its URL name them. */
export type SortKey = 'name' | 'program' | 'levelOfCare' | 'daysInTreatment' | 'nextMilestone' | 'lastCheckIn' | 'risk' | 'status';

export type SortDirection = 'ascending' | 'descending';

export interface CaseloadSort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: CaseloadSort = { key: 'name', direction: 'ascending' };

/** The server sorts the whole caseload; the browser only says by what. */
const SERVER_SORT_KEYS: Record<SortKey, ClientSortKey> = {
  name: 'NAME',
  program: 'PROGRAM',
  levelOfCare: 'LEVEL_OF_CARE',
  daysInTreatment: 'DAYS_IN_TREATMENT',
  nextMilestone: 'NEXT_MILESTONE',
  lastCheckIn: 'LAST_CHECK_IN',
  risk: 'RISK',
  status: 'STATUS',
};

const SORT_KEYS = Object.keys(SERVER_SORT_KEYS) as SortKey[];

/**
 * The `sort` argument of the clients query. Clients with an URGENT flag come first whatever the
 * column (they need someone today); the server breaks ties by last and first name, and puts missing
 * values (no check-in yet, no milestone) last in both directions.
 */
export function toClientSort(sort: CaseloadSort): ClientSortInput {
  return { key: SERVER_SORT_KEYS[sort.key], direction: sort.direction === 'ascending' ? 'ASC' : 'DESC', urgentFirst: true };
}

/**
 * Pressing the sorted column again reverses it; another column starts in the direction people look
 * for first: the most severe risk first, everything else A→Z / smallest first.
 */
export function nextSort(current: CaseloadSort, key: SortKey): CaseloadSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: firstDirection(key) };
}

function firstDirection(key: SortKey): SortDirection {
  return key === 'risk' ? 'descending' : 'ascending';
}

/** The search parameters holding the sort, so a reload or a shared link keeps it. */
export const SORT_URL_PARAMS = ['sort', 'dir'] as const;

/** The sort in the link; an unknown column or direction falls back to the default (by name, A→Z). */
export function readCaseloadSort(params: URLSearchParams): CaseloadSort {
  const key = params.get('sort') as SortKey | null;
  if (!key || !SORT_KEYS.includes(key)) return DEFAULT_SORT;
  const dir = params.get('dir');
  const direction: SortDirection = dir === 'desc' ? 'descending' : dir === 'asc' ? 'ascending' : firstDirection(key);
  return { key, direction };
}

/** Writes the sort into the params; the default sort leaves the link clean. */
export function writeCaseloadSort(params: URLSearchParams, sort: CaseloadSort): void {
  if (sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction) {
    SORT_URL_PARAMS.forEach((name) => params.delete(name));
    return;
  }
  params.set('sort', sort.key);
  params.set('dir', sort.direction === 'ascending' ? 'asc' : 'desc');
}
