import type { ApolloClient } from '@apollo/client';
import { PREFETCH, type StaffRole } from '@carecircle/web/data-access';
import { caseloadClientsQuery } from './caseload-clients.query';
import { caseloadClientsVariables } from './caseload-query-variables';
import { readCaseloadUrlFilters } from './caseload-url-filters';

/**
 * Asks for the clients of the caseload page that `search` (a link's `?…`) opens, before the page first renders,
 * so the server's answer overlaps React's first render instead of following it. Like the page, it skips the cache
 * (see CaseloadPage): the page's own query joins the request still in flight, or is handed its answer by the
 * prefetch link (data-access) when the answer came first. A link naming a program is left to the page, which needs
 * the program list to turn the name into an id; a failure is left to the page too, which asks again and shows the
 * error.
 */
export function prefetchCaseload(client: ApolloClient, role: StaffRole, search: string): void {
  const params = new URLSearchParams(search);
  if (readCaseloadUrlFilters(params).program) return;
  const variables = caseloadClientsVariables(params, role, { search: '', programId: null });
  client.query({ query: caseloadClientsQuery, variables, fetchPolicy: 'no-cache', context: PREFETCH }).catch(() => undefined);
}
