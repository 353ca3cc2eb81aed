import { memo, useId } from 'react';
import { caseloadCell, ClientNameDetails, ClientNameLink } from './caseload-cells';
import type { CaseloadColumn } from './caseload-columns';
import type { CaseloadClient } from './caseload-clients.query';
import type { CaseloadSort, SortKey } from './caseload-sort';

export interface CaseloadTableProps {
  caption: string;
  clients: readonly CaseloadClient[];
  /** The columns to show, in order; the first is the client's name (the row header). */
  columns: readonly CaseloadColumn[];
  sort: CaseloadSort;
  onSort: (key: SortKey) => void;
}

/**
 * One row per client in a plain HTML table: the client's name is the row header and links to the
 * record, a sortable column's header is a button and says its sort in `aria-sort`, and Tab moves
 * through the links and buttons in reading order. The sort itself is the page's: the table only
 * reports which header was pressed.
 *
 * Not React Aria's `Table`: its grid (a collection pass, then focus, press and selection hooks on
 * every cell) was ~250 ms of a supervisor's first page at 50 rows × 9 columns, the largest single
 * piece of it. The table shows data and links; it needs no grid behaviour to be used from the keyboard.
 *
 * Memoized: the page renders again when its program list arrives or a letter is typed in the search, and
 * rendering every row again with it came right after the first page's own render.
 */
export const CaseloadTable = memo(function CaseloadTable({ caption, clients, columns, sort, onSort }: CaseloadTableProps) {
  const captionId = useId();
  const noteId = useId();
  return (
    <div className="cc-caseload__card">
      <p className="cc-caseload__caption">
        <span id={captionId}>{caption}</span>
        <span id={noteId} className="cc-caseload__caption-note">
          Clients with an urgent flag are listed first.
        </span>
      </p>
      {/* Scrolls only when someone chooses more columns than fit; focusable so the keyboard can scroll it. */}
      <div className="cc-caseload__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="cc-caseload__table" aria-labelledby={captionId} aria-describedby={noteId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <CaseloadHeader key={column.id} column={column} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {clients.map((client) => (
              <tr
                key={client.id}
                className={client.highestRiskSeverity === 'URGENT' ? 'cc-caseload__row cc-caseload__row--urgent' : 'cc-caseload__row'}
              >
                {columns.map((column) =>
                  column.id === 'name' ? (
                    <th key={column.id} scope="row" className="cc-caseload__cell">
                      <ClientNameLink client={client} />
                      <ClientNameDetails client={client} />
                    </th>
                  ) : (
                    <td key={column.id} className={column.numeric ? 'cc-caseload__cell cc-caseload__num' : 'cc-caseload__cell'}>
                      {caseloadCell(column.id, client)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});

interface CaseloadHeaderProps {
  column: CaseloadColumn;
  sort: CaseloadSort;
  onSort: (key: SortKey) => void;
}

/**
 * A column's header. A sortable one holds a button (Enter or Space sorts) and a press anywhere on the
 * header sorts too; `aria-sort` says which way the list is sorted, or "none". A sort on a hidden
 * column shows on no header.
 */
function CaseloadHeader({ column, sort, onSort }: CaseloadHeaderProps) {
  const className = column.numeric ? 'cc-caseload__th cc-caseload__num' : 'cc-caseload__th';
  const { sortKey } = column;
  if (!sortKey) {
    return (
      <th scope="col" className={className}>
        <span className="cc-caseload__sort">{column.label}</span>
      </th>
    );
  }
  const direction = sort.key === sortKey ? sort.direction : 'none';
  return (
    // The button's own click bubbles here; so does a click on the header's padding around it.
    <th scope="col" className={className} aria-sort={direction} onClick={() => onSort(sortKey)}>
      <button type="button" className="cc-caseload__sort cc-caseload__sort-button">
        {column.label}
        <span className="cc-caseload__sort-icon" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
