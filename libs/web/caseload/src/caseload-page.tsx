import { useQuery } from '@apollo/client/react';
import { MAX_PAGE_SIZE } from '@carecircle/shared/domain';
import { errorMessage, type StaffRole } from '@carecircle/web/data-access';
import { Button, Checkbox, EmptyState, ErrorState, SearchField, SelectField, Skeleton, useIsPhone } from '@carecircle/web/ui';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { caseloadClientsQuery, caseloadProgramsQuery } from './caseload-clients.query';
import { caseloadHeading } from './caseload-heading';
import { DEFAULT_SORT, sortCaseload, type CaseloadSort, type SortKey } from './caseload-sort';
import { CaseloadCards } from './caseload-cards';
import { CASELOAD_COLUMNS } from './caseload-columns';
import { CaseloadTable } from './caseload-table';
import { ColumnPicker, useChosenColumns } from './column-picker';
import {
  CASELOAD_URL_PARAMS,
  hasActiveFilters,
  readCaseloadUrlFilters,
  toClientFilter,
  urlFilterChips,
} from './caseload-url-filters';
import { RISK_FILTER_OPTIONS } from './risk-flag-display';
import { useDebouncedValue } from './use-debounced-value';
import './caseload.css';

/** The API's largest page, so that sorting in the browser covers a whole caseload. */
export const CASELOAD_PAGE_SIZE = MAX_PAGE_SIZE;
export const SEARCH_DEBOUNCE_MS = 300;

/** On phones the headers are gone, so the sort is a select of the sortable columns. */
const SORT_OPTIONS = CASELOAD_COLUMNS.flatMap((column) => (column.sortKey ? [{ value: column.sortKey, label: column.label }] : []));

export interface CaseloadPageProps {
  /** The signed-in person's role: decides the title and columns (the API decides which clients). */
  role: StaffRole;
}

/**
 * The clients a clinician works with: urgent flags first, sortable, searchable and filterable.
 * Filters other than the name search live in the URL, so dashboards can link to a filtered list.
 */
export function CaseloadPage({ role }: CaseloadPageProps) {
  const heading = caseloadHeading(role);
  const withDiagnoses = role !== 'PEER_SUPPORT';
  const [searchParams, setSearchParams] = useSearchParams();
  const urlFilters = readCaseloadUrlFilters(searchParams);
  const [searchText, setSearchText] = useState('');
  const [sort, setSort] = useState<CaseloadSort>(DEFAULT_SORT);
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [columns, chooseColumns] = useChosenColumns(role);
  const isPhone = useIsPhone();

  // A program named in a link becomes a programId for the server once the program list is in.
  const { data: programsData } = useQuery(caseloadProgramsQuery);
  const programs = programsData?.programs ?? [];
  const programId = urlFilters.program ? (programs.find((p) => p.name === urlFilters.program)?.id ?? null) : null;

  const filter = toClientFilter(urlFilters, { search, programId, withDiagnoses });

  // Paging restarts whenever the filter changes.
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState({ filterKey, offset: 0 });
  const offset = paging.filterKey === filterKey ? paging.offset : 0;
  const goTo = (nextOffset: number) => setPaging({ filterKey, offset: Math.max(0, nextOffset) });

  const { data, previousData, loading, error, refetch } = useQuery(caseloadClientsQuery, {
    variables: { filter, offset, limit: CASELOAD_PAGE_SIZE, withDiagnoses },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.clients ?? (loading ? previousData?.clients : undefined);

  const programOptions = [
    { value: '', label: 'All programs' },
    ...[...new Set([...programs.map((p) => p.name), ...(urlFilters.program ? [urlFilters.program] : [])])]
      .sort((a, b) => a.localeCompare(b))
      .map((name) => ({ value: name, label: name })),
  ];

  const rows = useMemo(() => {
    // Until a linked program's id is known the list is narrowed here by name.
    const items = (page?.items ?? []).filter((c) => !urlFilters.program || c.program.name === urlFilters.program);
    return sortCaseload(items, sort);
  }, [page, sort, urlFilters.program]);

  const counselorName = urlFilters.counselorId
    ? (page?.items
        .flatMap((c) => c.careTeam)
        .find((m) => m.role === 'COUNSELOR' && m.staff.id === urlFilters.counselorId)?.staff.displayName ?? null)
    : null;
  const chips = urlFilterChips(urlFilters, counselorName);
  const filtersActive = hasActiveFilters(urlFilters);

  function updateParams(change: (params: URLSearchParams) => void) {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        change(next);
        return next;
      },
      { replace: true },
    );
  }
  const setParam = (name: string, value: string | null) =>
    updateParams((params) => (value ? params.set(name, value) : params.delete(name)));
  const clearFilters = () => updateParams((params) => CASELOAD_URL_PARAMS.forEach((name) => params.delete(name)));

  function onSort(key: SortKey) {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'risk' ? 'descending' : 'ascending' },
    );
  }

  const statusText = urlFilters.includeDischarged ? 'all clients, including discharged' : 'active and on-hold clients';
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
  } else if (rows.length === 0 && (search || filtersActive)) {
    content = (
      <EmptyState
        title={search ? `No clients match “${search}”` : 'No clients match these filters'}
        action={
          <div className="cc-caseload__empty-actions">
            {search && (
              <Button variant="secondary" onPress={() => setSearchText('')}>
                Clear search
              </Button>
            )}
            {filtersActive && (
              <Button variant="secondary" onPress={clearFilters}>
                Clear filters
              </Button>
            )}
          </div>
        }
      >
        {search && <p>Check the spelling, or search by first, last or preferred name.</p>}
        {filtersActive && <p>Remove a filter to widen the list.</p>}
        {!urlFilters.includeDischarged && <p>Discharged clients are not listed unless you include them.</p>}
      </EmptyState>
    );
  } else if (rows.length === 0) {
    content = (
      <EmptyState title="No clients on your caseload yet">
        <p>
          Clients appear here once you are assigned to their care team. If someone is missing, ask your clinical
          supervisor to check the care-team assignment.
        </p>
        {!urlFilters.includeDischarged && <p>To see clients who have been discharged, select “Include discharged clients”.</p>}
      </EmptyState>
    );
  } else {
    const first = page.offset + 1;
    const last = page.offset + page.items.length;
    content = (
      <>
        {isPhone ? (
          <CaseloadCards caption={caption} clients={rows} columns={columns} />
        ) : (
          <CaseloadTable caption={caption} clients={rows} columns={columns} sort={sort} onSort={onSort} />
        )}
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
        <SelectField
          label="Program"
          value={urlFilters.program ?? ''}
          onChange={(value) => setParam('program', value || null)}
          options={programOptions}
        />
        <SelectField
          label="Risk"
          value={urlFilters.risk ?? ''}
          onChange={(value) => setParam('risk', value || null)}
          options={RISK_FILTER_OPTIONS}
        />
        {withDiagnoses && (
          <Checkbox
            isSelected={urlFilters.dualDiagnosis === true}
            onChange={(selected) => setParam('dual', selected ? 'true' : null)}
          >
            Dual diagnosis only
          </Checkbox>
        )}
        <Checkbox isSelected={urlFilters.includeDischarged} onChange={(selected) => setParam('status', selected ? 'all' : null)}>
          Include discharged clients
        </Checkbox>
      </div>
      {(chips.length > 0 || filtersActive) && (
        <div className="cc-caseload__chips">
          {chips.length > 0 && (
            <ul className="cc-caseload__chip-list" aria-label="Filters from the link you followed">
              {chips.map((chip) => (
                <li key={chip.label} className="cc-chip">
                  <span>{chip.label}</span>
                  <Button
                    variant="quiet"
                    className="cc-chip__remove"
                    aria-label={`Remove filter ${chip.label}`}
                    onPress={() => updateParams((params) => chip.params.forEach((name) => params.delete(name)))}
                  >
                    <span aria-hidden="true">×</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {filtersActive && (
            <Button variant="quiet" onPress={clearFilters}>
              Clear filters
            </Button>
          )}
        </div>
      )}
      <div className="cc-caseload__toolbar">
        {isPhone && (
          <>
            <SelectField
              label="Sort by"
              value={sort.key}
              onChange={(value) => onSort(value as SortKey)}
              options={SORT_OPTIONS}
            />
            <Button variant="secondary" className="cc-caseload__direction" onPress={() => onSort(sort.key)}>
              {sort.direction === 'ascending' ? 'Ascending' : 'Descending'}
              <span aria-hidden="true"> {sort.direction === 'ascending' ? '▲' : '▼'}</span>
            </Button>
          </>
        )}
        <ColumnPicker role={role} columns={columns} onChange={chooseColumns} />
      </div>
      <div className="cc-caseload__results" aria-busy={loading}>
        {content}
      </div>
    </div>
  );
}
