import { useQuery } from '@apollo/client/react';
import { errorMessage, type StaffRole } from '@carecircle/web/data-access';
import { Button, Checkbox, EmptyState, ErrorState, SearchField, SelectField, Skeleton, useIsPhone } from '@carecircle/web/ui';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { caseloadClientsQuery, caseloadProgramsQuery } from './caseload-clients.query';
import { caseloadHeading } from './caseload-heading';
import { caseloadClientsVariables, CASELOAD_PAGE_SIZE } from './caseload-query-variables';
import { nextSort, readCaseloadSort, writeCaseloadSort, type SortKey } from './caseload-sort';
import { CaseloadCards } from './caseload-cards';
import { CASELOAD_COLUMNS } from './caseload-columns';
import { CaseloadPager } from './caseload-pager';
import { CaseloadTable } from './caseload-table';
import { ColumnPicker, useChosenColumns } from './column-picker';
import {
  CASELOAD_URL_PARAMS,
  hasActiveFilters,
  readCaseloadUrlFilters,
  urlFilterChips,
} from './caseload-url-filters';
import { RISK_FILTER_OPTIONS } from './risk-flag-display';
import { useDebouncedValue } from './use-debounced-value';
import './caseload.css';

export const SEARCH_DEBOUNCE_MS = 300;

/** On phones the headers are gone, so the sort is a select of the sortable columns. */
const SORT_OPTIONS = CASELOAD_COLUMNS.flatMap((column) => (column.sortKey ? [{ value: column.sortKey, label: column.label }] : []));

/** Every change but paging itself goes back to the first page: the old page number means nothing in a new list. */
function changedParams(previous: URLSearchParams, change: (params: URLSearchParams) => void): URLSearchParams {
  const next = new URLSearchParams(previous);
  change(next);
  next.delete('page');
  return next;
}

export interface CaseloadPageProps {
  /** The signed-in person's role: decides the title and columns (the API decides which clients). */
  role: StaffRole;
}

/**
 * The clients a clinician works with: urgent flags first, sortable, searchable, filterable and paged.
 * The server sorts, filters and pages the whole caseload (a supervisor's "riskiest first" is the
 * riskiest of all their clients, not of one page). Filters other than the name search, the sort and
 * the page live in the URL, so a reload or a dashboard's link keeps them.
 */
export function CaseloadPage({ role }: CaseloadPageProps) {
  const heading = caseloadHeading(role);
  const [searchParams, setSearchParams] = useSearchParams();
  const urlFilters = readCaseloadUrlFilters(searchParams);
  const sort = useMemo(() => readCaseloadSort(searchParams), [searchParams]);
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [columns, chooseColumns] = useChosenColumns(role);
  const isPhone = useIsPhone();
  /** Which paging button asked for the page being loaded, and for which offset. */
  const [pagedVia, setPagedVia] = useState<{ via: 'previous' | 'next'; offset: number } | null>(null);

  // A program named in a link becomes a programId for the server once the program list is in; until
  // then the clients wait, so no page is ever shown (or counted) without the program filter.
  const { data: programsData, error: programsError } = useQuery(caseloadProgramsQuery);
  const programs = programsData?.programs ?? [];
  const programId = urlFilters.program ? (programs.find((p) => p.name === urlFilters.program)?.id ?? null) : null;
  const waitingForPrograms = Boolean(urlFilters.program) && !programsData && !programsError;
  const unknownProgram = Boolean(urlFilters.program) && !programId && !waitingForPrograms;
  // What the page shows (its offset, whether diagnoses are a column) is what it asks the server for.
  const variables = caseloadClientsVariables(searchParams, role, { search, programId });
  const { offset, withDiagnoses } = variables;

  // Not through Apollo's normalized cache: writing a page of 50 clients into it and reading the page back was the
  // largest piece of a supervisor's first page once the answer was in (~200 ms of a freshly loaded page), and no other
  // page reads the list from there. So the list is asked for whenever the page opens: coming back from a record shows
  // the loading state for one request, then the list as the server has it now (after a check-in, its flags too, not
  // just the moved last check-in). The client record keeps its own cached data, which check-ins and discharges update.
  const { data, previousData, loading, error, refetch } = useQuery(caseloadClientsQuery, {
    variables,
    skip: waitingForPrograms || unknownProgram,
    fetchPolicy: 'no-cache',
  });
  // The page on screen stays while the next one loads, dimmed and marked busy.
  const page = data?.clients ?? (loading ? previousData?.clients : undefined);
  const busy = loading || waitingForPrograms;
  const pending = busy && pagedVia?.offset === offset ? pagedVia.via : null;

  const programOptions = [
    { value: '', label: 'All programs' },
    ...[...new Set([...programs.map((p) => p.name), ...(urlFilters.program ? [urlFilters.program] : [])])]
      .sort((a, b) => a.localeCompare(b))
      .map((name) => ({ value: name, label: name })),
  ];

  const rows = unknownProgram ? [] : (page?.items ?? []);

  const counselorName = urlFilters.counselorId
    ? (rows.flatMap((c) => c.careTeam).find((m) => m.role === 'COUNSELOR' && m.staff.id === urlFilters.counselorId)?.staff.displayName ??
      null)
    : null;
  const chips = urlFilterChips(urlFilters, counselorName);
  const filtersActive = hasActiveFilters(urlFilters);

  const updateParams = (change: (params: URLSearchParams) => void) =>
    setSearchParams((previous) => changedParams(previous, change), { replace: true });
  const setParam = (name: string, value: string | null) =>
    updateParams((params) => (value ? params.set(name, value) : params.delete(name)));
  const clearFilters = () => updateParams((params) => CASELOAD_URL_PARAMS.forEach((name) => params.delete(name)));
  // The same function from render to render (the sort is read from the link it changes), so the memoized table is
  // not rendered again when only something else on the page changes: the program list arriving, a letter typed.
  const onSort = useCallback(
    (key: SortKey) =>
      setSearchParams(
        (previous) => changedParams(previous, (params) => writeCaseloadSort(params, nextSort(readCaseloadSort(params), key))),
        { replace: true },
      ),
    [setSearchParams],
  );
  function onSearchChange(text: string) {
    setSearchText(text);
    if (offset > 0) updateParams(() => undefined);
  }
  function goTo(nextOffset: number, via: 'previous' | 'next') {
    setPagedVia({ via, offset: nextOffset });
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        const pageNumber = Math.floor(nextOffset / CASELOAD_PAGE_SIZE) + 1;
        if (pageNumber > 1) next.set('page', String(pageNumber));
        else next.delete('page');
        return next;
      },
      { replace: true },
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
  } else if (!page && !unknownProgram) {
    content = <Skeleton label="Loading clients…" rows={6} />;
  } else if (page && rows.length === 0 && page.total > 0) {
    // A link or a reload asked for a page past the end of a list that has since shrunk.
    content = (
      <EmptyState
        title="This page is past the end of the list"
        action={
          <Button variant="secondary" onPress={() => goTo(0, 'previous')}>
            Go to the first page
          </Button>
        }
      >
        <p>The list has {new Intl.NumberFormat().format(page.total)} clients now.</p>
      </EmptyState>
    );
  } else if (rows.length === 0 && (search || filtersActive)) {
    content = (
      <EmptyState
        title={search ? `No clients match “${search}”` : 'No clients match these filters'}
        action={
          <div className="cc-caseload__empty-actions">
            {search && (
              <Button variant="secondary" onPress={() => onSearchChange('')}>
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
  } else if (page) {
    content = (
      <>
        {isPhone ? (
          <CaseloadCards caption={caption} clients={rows} columns={columns} />
        ) : (
          <CaseloadTable caption={caption} clients={rows} columns={columns} sort={sort} onSort={onSort} />
        )}
        <CaseloadPager
          offset={page.offset}
          shown={rows.length}
          total={page.total}
          pageSize={CASELOAD_PAGE_SIZE}
          pending={pending}
          busy={busy}
          onGoTo={goTo}
        />
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
          onChange={onSearchChange}
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
      <div className="cc-caseload__results" aria-busy={busy}>
        {content}
      </div>
    </div>
  );
}
