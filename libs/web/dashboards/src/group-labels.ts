import {
  DUAL_DIAGNOSIS_GROUP,
  MODALITY_LABELS,
  NO_DUAL_DIAGNOSIS_GROUP,
  NO_SIGNED_PLAN_GROUP,
  type Modality,
} from '@carecircle/shared/domain';
import type { MetricDimension } from '@carecircle/web/data-access';
import { endOfMonth } from 'date-fns';
import { parseIsoDate, toIsoDate } from './date-range';

const ADMISSION_MONTH = /^(\d{4})-(\d{2})$/;

/** A group as people read it: modality names spelt out, admission months in the reader's locale. */
export function groupLabel(dimension: MetricDimension, group: string, locale?: string): string {
  if (dimension === 'MODALITY') {
    if (group === NO_SIGNED_PLAN_GROUP) return 'No signed care plan';
    return MODALITY_LABELS[group as Modality] ?? group;
  }
  if (dimension === 'ADMISSION_MONTH') {
    const first = parseIsoDate(`${group}-01`);
    return first
      ? new Intl.DateTimeFormat(locale, {
          month: 'short',
          year: 'numeric',
        }).format(first)
      : group;
  }
  return group;
}

function caseloadUrl(params: Record<string, string>): string {
  return `/?${new URLSearchParams(params).toString()}`;
}

/**
 * Where "See clients" for a group goes: the caseload at "/" filtered by the parameters it reads
 * (counselor, program, dual, modality, admittedFrom, admittedTo, status). Null when the group has
 * no matching filter (all clients, clients without a signed plan, a counselor we cannot identify).
 */
export function caseloadLinkForGroup(
  dimension: MetricDimension,
  group: string,
  counselorIdsByName: ReadonlyMap<string, string> = new Map(),
): string | null {
  switch (dimension) {
    case 'ALL':
      return null;
    case 'PROGRAM':
      return caseloadUrl({ program: group });
    case 'DUAL_DIAGNOSIS':
      if (group === DUAL_DIAGNOSIS_GROUP) return caseloadUrl({ dual: 'true' });
      if (group === NO_DUAL_DIAGNOSIS_GROUP) return caseloadUrl({ dual: 'false' });
      return null;
    case 'MODALITY':
      return group in MODALITY_LABELS ? caseloadUrl({ modality: group }) : null;
    case 'COUNSELOR': {
      const id = counselorIdsByName.get(group);
      return id ? counselorCaseloadUrl(id) : null;
    }
    // Support-system groups are fixed at a landmark; the caseload has no such filter. Their clients open from the
    // support-system section instead (retentionGroupClients).
    case 'SUPPORTIVE_NETWORK':
    case 'RISK_IN_NETWORK':
    case 'FAMILY_ENGAGEMENT':
    case 'PEER_CONTACT':
    case 'MUTUAL_AID':
      return null;
    case 'ADMISSION_MONTH': {
      const match = ADMISSION_MONTH.exec(group);
      const first = match ? parseIsoDate(`${group}-01`) : null;
      if (!first) return null;
      // A cohort is everyone admitted that month, including those since discharged.
      return caseloadUrl({
        admittedFrom: toIsoDate(first),
        admittedTo: toIsoDate(endOfMonth(first)),
        status: 'all',
      });
    }
  }
}

export function counselorCaseloadUrl(counselorId: string): string {
  return caseloadUrl({ counselor: counselorId });
}
