import { useQuery } from '@apollo/client/react';
import { errorMessage, type ClientFilterInput, type StaffRole } from '@carecircle/web/data-access';
import { Button, Checkbox, EmptyState, ErrorState, SearchField, Skeleton } from '@carecircle/web/ui';
import { useState } from 'react';
import { caseloadClientsQuery } from './caseload-clients.query';
import { caseloadHeading } from './caseload-heading';
import { CaseloadTable } from './caseload-table';
import { ALL_STATUSES, OPEN_STATUSES } from './client-status';
import { useDebouncedValue } from './use-debounced-value';
import './caseload.css';

export const CASELOAD_PAGE_SIZE = 50;
export const SEARCH_DEBOUNCE_MS = 300;

export interface CaseloadPageProps {
  /** The signed-in person's role: decides the title (the API decides which clients). */
  role: StaffRole;
}

/** The clients a clinician works with: searchable, filterable by status, 50 to a page. */
export function CaseloadPage({ role }: CaseloadPageProps) {
  const heading = caseloadHeading(role);
  const [searchText, setSearchText] = useState('');
  const [includeDischarged, setIncludeDischarged] = useState(false);
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);

  const filter: ClientFilterInput = { statuses: includeDischarged ? ALL_STATUSES : OPEN_STATUSES };
  if (search) filter.search = search;

  // Paging restarts whenever the filter changes.
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState({ filterKey, offset: 0 });
  const offset = paging.filterKey === filterKey ? paging.offset : 0;
  const goTo = (nextOffset: number) => setPaging({ filterKey, offset: Math.max(0, nextOffset) });

  const { data, previousData, loading, error, refetch } = useQuery(caseloadClientsQuery, {
    variables: { filter, offset, limit: CASELOAD_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.clients ?? (loading ? previousData?.clients : undefined);

  const statusText = includeDischarged ? 'all clients, including discharged' : 'active and on-hold clients';
  const caption = search ? `${heading}: ${statusText} matching “${search}”` : `${heading}: ${statusText}`;

  let content;
  if (error && !loading) {
    content = (
      <ErrorState
        title="Your client list could not be loaded"
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (!page) {
    content = <Skeleton label="Loading clients…" rows={6} />;
  } else if (page.total === 0) {
    content = search ? (
      <EmptyState
        title={`No clients match “${search}”`}
        action={
          <Button variant="secondary" onPress={() => setSearchText('')}>
            Clear search
          </Button>
        }
      >
        <p>Check the spelling, or search by first, last or preferred name.</p>
        {!includeDischarged && <p>Discharged clients are not searched unless you include them.</p>}
      </EmptyState>
    ) : (
      <EmptyState title="No clients on your caseload yet">
        <p>
          Clients appear here once you are assigned to their care team. If someone is missing, ask your clinical
          supervisor to check the care-team assignment.
        </p>
        {!includeDischarged && <p>To see clients who have been discharged, select “Include discharged clients”.</p>}
      </EmptyState>
    );
  } else {
    const first = page.offset + 1;
    const last = page.offset + page.items.length;
    content = (
      <>
        <CaseloadTable caption={caption} clients={page.items} />
        <nav className="cc-caseload__paging" aria-label="Pages">
          <p className="cc-caseload__range" aria-live="polite">
            Showing {first}–{last} of {page.total}
          </p>
          <div className="cc-caseload__paging-buttons">
            <Button variant="secondary" isDisabled={offset === 0 || loading} onPress={() => goTo(offset - CASELOAD_PAGE_SIZE)}>
              Previous
            </Button>
            <Button
              variant="secondary"
              isDisabled={last >= page.total || loading}
              onPress={() => goTo(offset + CASELOAD_PAGE_SIZE)}
            >
              Next
            </Button>
          </div>
        </nav>
      </>
    );
  }

  return (
    <div className="cc-caseload">
      <h1>{heading}</h1>
      <div className="cc-caseload__filters" role="search" aria-label="Filter clients">
        <SearchField
          label="Search clients"
          placeholder="First, last or preferred name"
          value={searchText}
          onChange={setSearchText}
        />
        <Checkbox isSelected={includeDischarged} onChange={setIncludeDischarged}>
          Include discharged clients
        </Checkbox>
      </div>
      <div className="cc-caseload__results" aria-busy={loading}>
        {content}
      </div>
    </div>
  );
}
