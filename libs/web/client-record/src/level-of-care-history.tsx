import { describeLevelOfCare, LEVELS_OF_CARE, type LevelOfCare } from '@carecircle/shared/domain';
import { formatIsoDate } from './dates';

/** An ASAM level in words; an unknown value (a newer API) is shown as it came. */
export function levelOfCareText(level: string): string {
  return level in LEVELS_OF_CARE ? describeLevelOfCare(level as LevelOfCare) : level;
}

export interface LevelOfCareStep {
  id: string;
  effectiveOn: string;
  fromLevel?: string | null;
  toLevel: string;
  reason?: string | null;
}

/** The steps of one episode's level of care, oldest first: admission, then each change with its reason. */
export function LevelOfCareHistoryList({ changes }: { changes: readonly LevelOfCareStep[] }) {
  return (
    <ol className="cc-record__loc-history">
      {changes.map((change) => (
        <li key={change.id}>
          <span className="cc-record__loc-date">{formatIsoDate(change.effectiveOn)}</span>
          <span>
            {change.fromLevel ? `${levelOfCareText(change.fromLevel)} → ` : 'Admitted at '}
            <strong>{levelOfCareText(change.toLevel)}</strong>
            {change.reason && <span className="cc-record__muted"> — {change.reason}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
