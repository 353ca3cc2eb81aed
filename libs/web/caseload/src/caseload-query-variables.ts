import { DEFAULT_PAGE_SIZE } from '@carecircle/shared/domain';
import type { CaseloadClientsQueryVariables, StaffRole } from '@carecircle/web/data-access';
import { readCaseloadSort, toClientSort } from './caseload-sort';
import { readCaseloadUrlFilters, toClientFilter } from './caseload-url-filters';

/** A page the eye can scan; the server sorts and pages the whole caseload, so nothing is lost past it. */
export const CASELOAD_PAGE_SIZE = DEFAULT_PAGE_SIZE;

/** The page number in the link (1 for the first page, and for anything that is not a page number). */
export function readPageNumber(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isSafeInteger(page) && page > 1 ? page : 1;
}

export interface CaseloadQueryContext {
  /** The name search, as typed (debounced and trimmed). */
  search: string;
  /** The program named in the link, as an id once the program list is in. */
  programId: string | null;
}

/**
 * What the clients query asks for a page's link, a role and what is typed: the one definition the page and
 * its prefetch share, so the prefetched answer is the one the page looks up.
 */
export function caseloadClientsVariables(params: URLSearchParams, role: StaffRole, { search, programId }: CaseloadQueryContext): CaseloadClientsQueryVariables {
  const withDiagnoses = role !== 'PEER_SUPPORT';
  return {
    filter: toClientFilter(readCaseloadUrlFilters(params), { search, programId, withDiagnoses }),
    sort: toClientSort(readCaseloadSort(params)),
    offset: (readPageNumber(params) - 1) * CASELOAD_PAGE_SIZE,
    limit: CASELOAD_PAGE_SIZE,
    withDiagnoses,
  };
}
