import { LEVELS_OF_CARE, RISK_SEVERITY_ORDER, riskSeverityRank, type LevelOfCare } from '@carecircle/shared/domain';
import type { CaseloadClientsQuery } from '@carecircle/web/data-access';

export type CaseloadClient = CaseloadClientsQuery['clients']['items'][number];

export type SortKey =
  | 'name'
  | 'program'
  | 'levelOfCare'
  | 'daysInTreatment'
  | 'nextMilestone'
  | 'lastCheckIn'
  | 'risk'
  | 'status';

export type SortDirection = 'ascending' | 'descending';

export interface CaseloadSort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: CaseloadSort = { key: 'name', direction: 'ascending' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const STATUS_ORDER = { ACTIVE: 0, ON_HOLD: 1, DISCHARGED: 2 } as const;
const LEVEL_ORDER = Object.keys(LEVELS_OF_CARE) as LevelOfCare[];

function levelRank(level: string): number {
  const info = LEVELS_OF_CARE[level as LevelOfCare];
  return info ? Number.parseFloat(info.asamCode) : LEVEL_ORDER.length;
}

/** Higher is more severe (URGENT 3 … INFO 1), so "descending" lists the most severe first; no flag is 0. */
function riskRank(client: CaseloadClient): number {
  return client.highestRiskSeverity ? RISK_SEVERITY_ORDER.length - riskSeverityRank(client.highestRiskSeverity) : 0;
}

function byName(a: CaseloadClient, b: CaseloadClient): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}

/** Compares two values where a missing one always sorts last, whatever the direction. */
type Value = number | string | null;

function sortValue(client: CaseloadClient, key: SortKey): Value {
  switch (key) {
    case 'name':
      return null; // handled by byName
    case 'program':
      return client.program.name;
    case 'levelOfCare':
      return levelRank(client.levelOfCare);
    case 'daysInTreatment':
      return client.daysInTreatment;
    case 'nextMilestone':
      return client.nextMilestone?.daysUntil ?? null;
    case 'lastCheckIn':
      return client.lastCheckInAt ? Date.parse(client.lastCheckInAt) : null;
    case 'risk':
      return riskRank(client) || null;
    case 'status':
      return STATUS_ORDER[client.status];
  }
}

function compareBy(sort: CaseloadSort, a: CaseloadClient, b: CaseloadClient): number {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'name') return sign * byName(a, b);
  const va = sortValue(a, sort.key);
  const vb = sortValue(b, sort.key);
  if (va === null && vb === null) return byName(a, b);
  if (va === null) return 1;
  if (vb === null) return -1;
  const diff = typeof va === 'string' ? collator.compare(va, String(vb)) : va - Number(vb);
  return sign * diff || byName(a, b);
}

/**
 * Clients with an URGENT flag first (they need someone today), then the chosen sort, then last and
 * first name so the order is stable.
 */
export function sortCaseload(clients: readonly CaseloadClient[], sort: CaseloadSort): CaseloadClient[] {
  const urgent = (c: CaseloadClient) => (c.highestRiskSeverity === 'URGENT' ? 0 : 1);
  return [...clients].sort((a, b) => urgent(a) - urgent(b) || compareBy(sort, a, b));
}
