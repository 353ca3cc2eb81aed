import { useQuery } from '@apollo/client/react';
import { CLIENT_STATUS_LABELS, DISCHARGE_REASON_LABELS, type DischargeReason } from '@carecircle/shared/domain';
import { StatusBadge } from '@carecircle/web/ui';
import { formatIsoDate } from './dates';
import { LevelOfCareHistoryList, levelOfCareText } from './level-of-care-history';
import { clientEpisodesQuery, type EpisodeClient } from './episode.queries';
import { RecordSection } from './record-section';
import { CLIENT_STATUS_TONES } from './status-tones';

type Episode = EpisodeClient['episodes'][number];

function EpisodeItem({ episode, isCurrent }: { episode: Episode; isCurrent: boolean }) {
  const headingId = `episode-${episode.id}-heading`;
  return (
    <li className="cc-episodes__item">
      <article aria-labelledby={headingId}>
        <div className="cc-episodes__title-row">
          <h3 id={headingId} className="cc-record__h3 cc-episodes__title">
            Episode {episode.sequence}
            {isCurrent && ' (current)'} · {episode.program.name}
          </h3>
          <StatusBadge tone={CLIENT_STATUS_TONES[episode.status]}>{CLIENT_STATUS_LABELS[episode.status]}</StatusBadge>
        </div>
        <dl className="cc-record__facts cc-record__facts--compact">
          <div>
            <dt>Admitted</dt>
            <dd>{formatIsoDate(episode.admissionDate)}</dd>
          </div>
          <div>
            <dt>Level of care</dt>
            <dd>{levelOfCareText(episode.levelOfCare)}</dd>
          </div>
          {episode.dischargeDate && (
            <div>
              <dt>Discharged</dt>
              <dd>{formatIsoDate(episode.dischargeDate)}</dd>
            </div>
          )}
          {episode.dischargeReason && (
            <div>
              <dt>Discharge reason</dt>
              <dd>{DISCHARGE_REASON_LABELS[episode.dischargeReason as DischargeReason]}</dd>
            </div>
          )}
          {episode.dischargeDate && (
            <div>
              <dt>Counselor at discharge</dt>
              <dd>{episode.counselorAtDischarge?.displayName ?? 'Not recorded'}</dd>
            </div>
          )}
        </dl>
        {episode.levelOfCareHistory.length > 0 && (
          <details className="cc-episodes__history" open={isCurrent}>
            <summary>Level-of-care history ({episode.levelOfCareHistory.length})</summary>
            <LevelOfCareHistoryList changes={episode.levelOfCareHistory} />
          </details>
        )}
      </article>
    </li>
  );
}

/**
 * Every episode of care on this record, newest first: a person in recovery may come back several
 * times, and each stay keeps its own dates, levels of care and discharge.
 */
export function EpisodesSection({ clientId }: { clientId: string }) {
  const { data } = useQuery(clientEpisodesQuery, { variables: { id: clientId }, errorPolicy: 'all' });
  const episodes = data?.client?.episodes;
  if (!episodes) return null;
  const newestFirst = [...episodes].sort((a, b) => b.sequence - a.sequence);
  const currentId = newestFirst[0]?.id;
  return (
    <RecordSection id="episodes" title="Episodes of care" className="cc-record__section--episodes">
      {newestFirst.length <= 1 && <p className="cc-record__muted">This is the first episode of care on this record.</p>}
      <ol className="cc-episodes" aria-label="Episodes of care, newest first">
        {newestFirst.map((episode) => (
          <EpisodeItem key={episode.id} episode={episode} isCurrent={episode.id === currentId && episode.status !== 'DISCHARGED'} />
        ))}
      </ol>
    </RecordSection>
  );
}
