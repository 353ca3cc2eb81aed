import { useQuery } from '@apollo/client/react';
import { graphql, type ClientCircleOfSupportQuery } from '@carecircle/web/data-access';
import { useEffect, useRef } from 'react';
import { sectionLoadingOrError } from './section-query-state';
import { useMayEditSupportNetwork } from './support-network-access';

/** The client's circle of support and the program median of each measure; see Client.circleOfSupport. */
export const clientCircleOfSupportQuery = graphql(`
  query ClientCircleOfSupport($clientId: ID!) {
    client(id: $clientId) {
      id
      circleOfSupport {
        supportiveMembers
        riskMembers
        familyEventsLast30Days
        peerContactsLast30Days
        checkInsLast30Days
        meetingsReportedLast30Days
        programMedian {
          medianOverClients
          supportiveMembers
          riskMembers
          familyEventsLast30Days
          peerContactsLast30Days
          checkInsLast30Days
          meetingsReportedLast30Days
        }
      }
    }
  }
`);

type Circle = NonNullable<NonNullable<ClientCircleOfSupportQuery['client']>['circleOfSupport']>;
type Measure = Exclude<keyof Circle, 'programMedian' | '__typename'>;

/** The measures in display order, in the clinicians' words. */
const MEASURES: ReadonlyArray<{ key: Measure; label: string }> = [
  { key: 'supportiveMembers', label: 'Supportive people in the network' },
  { key: 'riskMembers', label: 'People marked as a risk' },
  { key: 'familyEventsLast30Days', label: 'Family events, last 30 days' },
  { key: 'peerContactsLast30Days', label: 'Peer contacts, last 30 days' },
  { key: 'checkInsLast30Days', label: 'Check-ins, last 30 days' },
  { key: 'meetingsReportedLast30Days', label: 'Meetings reported, last 30 days' },
];

export type MedianComparison = 'above' | 'around' | 'below';

/**
 * Where a count stands against the program median. "Around" is within half a unit, or within a tenth
 * of the median when that is wider, so one check-in more or less among twenty does not read as a
 * difference; everything else is above or below.
 */
export function compareToMedian(value: number, median: number): MedianComparison {
  const tolerance = Math.max(0.5, median * 0.1);
  if (Math.abs(value - median) <= tolerance) return 'around';
  return value > median ? 'above' : 'below';
}

const COMPARISON_TEXT: Record<MedianComparison, string> = {
  above: 'Above the median',
  around: 'Around the median',
  below: 'Below the median',
};
const COMPARISON_MARK: Record<MedianComparison, string> = { above: '▲', around: '●', below: '▼' };

/** Medians are whole or halves (percentile_cont of counts); one decimal at most. */
function formatMedian(median: number): string {
  return Number.isInteger(median) ? String(median) : median.toFixed(1);
}

/** What the medians are taken over, or why there are none (the API gives none over a handful of clients). */
function medianContext(median: Circle['programMedian']): string {
  const clients = `${median.medianOverClients} ${median.medianOverClients === 1 ? 'client' : 'clients'}`;
  if (median.supportiveMembers === null) {
    return `No program median: ${clients} in treatment in this program that you can see, too few to compare without pointing at individuals.`;
  }
  return `Compared with the median of the ${clients} in treatment in this program that you can see.`;
}

export interface CircleOfSupportProps {
  clientId: string;
  clientName: string;
  /** Changes when the network changes (a member added, edited or removed), to fetch the figures again. */
  networkVersion?: string;
}

/**
 * A compact card beside the ecomap: the client's support system in six counts, each against the
 * median of the program's clients the viewer can see. For the counselor and supervisor only (the same
 * roles that change the network); the API refuses everyone else, so nothing renders for them.
 */
export function CircleOfSupport(props: CircleOfSupportProps) {
  const mayRead = useMayEditSupportNetwork();
  return mayRead ? <CircleOfSupportCard {...props} /> : null;
}

function CircleOfSupportCard({ clientId, clientName, networkVersion }: CircleOfSupportProps) {
  const { data, error, refetch } = useQuery(clientCircleOfSupportQuery, { variables: { clientId }, errorPolicy: 'all' });
  const circle = data?.client?.circleOfSupport ?? null;

  // The record refetches after a network change; the counts here follow it.
  const seenVersion = useRef(networkVersion);
  useEffect(() => {
    if (seenVersion.current === networkVersion) return;
    seenVersion.current = networkVersion;
    void refetch().catch(() => undefined);
  }, [networkVersion, refetch]);

  const headingId = `circle-of-support-${clientId}`;
  const pending = sectionLoadingOrError(
    { hasData: circle !== null, error, refetch },
    { failed: 'The circle of support could not be loaded', loading: 'Loading the circle of support…', rows: 3 },
  );
  const median = circle?.programMedian;
  const nothingRecorded = circle !== null && MEASURES.every(({ key }) => circle[key] === 0);

  return (
    <section className="cc-circle" aria-labelledby={headingId}>
      <h3 id={headingId} className="cc-circle__title">
        Circle of support
      </h3>
      {pending ??
        (circle && median && (
          <>
            <p className="cc-circle__context">{medianContext(median)}</p>
            {nothingRecorded && (
              <p className="cc-record__muted">
                Nothing to count for {clientName} yet: no one in the network marked supportive or a risk, and no family events, peer
                contacts or check-ins in the last 30 days.
              </p>
            )}
            <ul className="cc-circle__list">
              {MEASURES.map(({ key, label }) => {
                const value = circle[key];
                const programMedian = median[key];
                const comparison = programMedian === null ? null : compareToMedian(value, programMedian);
                return (
                  <li key={key} className="cc-circle__item">
                    <span className="cc-circle__label">{label}</span>
                    <span className="cc-circle__value">{value}</span>
                    {programMedian !== null && comparison !== null && (
                      <span className={`cc-circle__median cc-circle__median--${comparison}`}>
                        program median {formatMedian(programMedian)} ·{' '}
                        <span className="cc-circle__mark" aria-hidden="true">
                          {COMPARISON_MARK[comparison]}
                        </span>{' '}
                        {COMPARISON_TEXT[comparison]}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
    </section>
  );
}
