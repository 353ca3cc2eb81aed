import { useId } from 'react';
import { caseloadCell, ClientNameDetails, ClientNameLink } from './caseload-cells';
import type { CaseloadColumn } from './caseload-columns';
import type { CaseloadClient } from './caseload-clients.query';

export interface CaseloadCardsProps {
  caption: string;
  clients: readonly CaseloadClient[];
  /** The same chosen columns as the table; each becomes a labelled line of the card. */
  columns: readonly CaseloadColumn[];
}

/**
 * The caseload on a phone: one card per client, the same data as the table's row stacked as
 * label–value pairs, so nothing sits off-screen. The name is a heading, so a screen reader can jump
 * from client to client.
 */
export function CaseloadCards({ caption, clients, columns }: CaseloadCardsProps) {
  const captionId = useId();
  const fields = columns.filter((column): column is CaseloadColumn & { id: Exclude<CaseloadColumn['id'], 'name'> } => column.id !== 'name');
  return (
    <div className="cc-caseload-cards">
      <p className="cc-caseload__caption" id={captionId}>
        {caption}
        <span className="cc-caseload__caption-note">Clients with an urgent flag are listed first.</span>
      </p>
      <ul className="cc-caseload-cards__list" aria-labelledby={captionId}>
        {clients.map((client) => (
          <li
            key={client.id}
            className={client.highestRiskSeverity === 'URGENT' ? 'cc-caseload-card cc-caseload-card--urgent' : 'cc-caseload-card'}
          >
            <h2 className="cc-caseload-card__name">
              <ClientNameLink client={client} />
            </h2>
            <ClientNameDetails client={client} />
            <dl className="cc-caseload-card__fields">
              {fields.map((column) => (
                <div key={column.id} className={`cc-caseload-card__field cc-caseload-card__field--${column.id}`}>
                  <dt>{column.label}</dt>
                  <dd>{caseloadCell(column.id, client)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
