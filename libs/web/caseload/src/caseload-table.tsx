import { useId } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader, type SortDescriptor } from 'react-aria-components';
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
 * One row per client in a React Aria table (arrow keys move between cells, Tab leaves the table);
 * the client's name is the row header and links to the record. The sort itself is the page's: the
 * table only reports which header was pressed.
 */
export function CaseloadTable({ caption, clients, columns, sort, onSort }: CaseloadTableProps) {
  const captionId = useId();
  const noteId = useId();
  const sortDescriptor: SortDescriptor = { column: columnIdForSort(columns, sort.key), direction: sort.direction };
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
        <Table
          className="cc-caseload__table"
          aria-labelledby={captionId}
          aria-describedby={noteId}
          sortDescriptor={sortDescriptor}
          onSortChange={(descriptor) => {
            const column = columns.find((c) => c.id === descriptor.column);
            if (column?.sortKey) onSort(column.sortKey);
          }}
        >
          <TableHeader>
            {columns.map((column) => (
              <Column
                key={column.id}
                id={column.id}
                isRowHeader={column.id === 'name'}
                allowsSorting={!!column.sortKey}
                className={column.numeric ? 'cc-caseload__th cc-caseload__num' : 'cc-caseload__th'}
              >
                {({ allowsSorting, sortDirection }) => (
                  <span className="cc-caseload__sort">
                    {column.label}
                    {allowsSorting && (
                      <span className="cc-caseload__sort-icon" aria-hidden="true">
                        {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}
                      </span>
                    )}
                  </span>
                )}
              </Column>
            ))}
          </TableHeader>
          <TableBody>
            {clients.map((client) => (
              <Row
                key={client.id}
                id={client.id}
                className={client.highestRiskSeverity === 'URGENT' ? 'cc-caseload__row cc-caseload__row--urgent' : 'cc-caseload__row'}
              >
                {columns.map((column) => (
                  <Cell key={column.id} className={column.numeric ? 'cc-caseload__cell cc-caseload__num' : 'cc-caseload__cell'}>
                    {column.id === 'name' ? (
                      <>
                        <ClientNameLink client={client} />
                        <ClientNameDetails client={client} />
                      </>
                    ) : (
                      caseloadCell(column.id, client)
                    )}
                  </Cell>
                ))}
              </Row>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

/** The header that shows the current sort; a sort on a hidden column shows on none. */
function columnIdForSort(columns: readonly CaseloadColumn[], key: SortKey): string {
  return columns.find((column) => column.sortKey === key)?.id ?? key;
}
