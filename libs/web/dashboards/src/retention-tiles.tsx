import { retentionRatesSummary, retentionTiles, type RetentionRate } from './retention-shaping';

export interface RetentionTilesProps {
  rates: readonly RetentionRate[];
}

/** Retention at 30/60/90/180 days for all clients, as large numbers with their counts. */
export function RetentionTiles({ rates }: RetentionTilesProps) {
  const tiles = retentionTiles(rates);
  return (
    <>
      <p className="cc-dash-card__summary">{retentionRatesSummary(rates)}</p>
      <ul className="cc-dash-tiles">
        {tiles.map((tile) => (
          <li key={tile.days} className="cc-dash-tile">
            <span className="cc-dash-tile__label">{tile.days}-day retention</span>
            {tile.percent === null ? (
              <>
                <span className="cc-dash-tile__value cc-dash-tile__value--none">—</span>
                <span className="cc-dash-tile__detail">
                  No one admitted in this range has reached {tile.days} days yet
                </span>
              </>
            ) : (
              <>
                <span className="cc-dash-tile__value">{tile.percent}%</span>
                <span className="cc-dash-tile__detail">
                  {tile.retained} of {tile.eligible} {tile.eligible === 1 ? 'client' : 'clients'} still in treatment
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
