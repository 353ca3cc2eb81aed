import { CLIENT_STATUS_LABELS } from '@carecircle/shared/domain';
import { Button } from '@carecircle/web/ui';
import { Link } from 'react-router';
import { formatDate } from './format-date';
import type { PossibleDuplicate } from './use-possible-duplicates';

export interface DuplicateWarningProps {
  duplicates: readonly PossibleDuplicate[];
  onReadmit: (duplicate: PossibleDuplicate) => void;
}

/**
 * The same name and date of birth are already on file. Offers the way to the existing person
 * (open, or readmit a former client) so intake does not make them a second record.
 */
export function DuplicateWarning({ duplicates, onReadmit }: DuplicateWarningProps) {
  return (
    // The live region exists before the warning does, so screen readers announce it when it appears.
    <div role="status" className="cc-intake__duplicate-region">
      {duplicates.length > 0 && (
        <div className="cc-intake__duplicate">
          <p className="cc-intake__duplicate-title">
            {duplicates.length === 1
              ? 'A client with this name and date of birth already exists.'
              : `${duplicates.length} clients with this name and date of birth already exist.`}
          </p>
          <p className="cc-intake__duplicate-hint">
            If this is the same person, open their record or readmit them instead of creating a second record.
          </p>
          <ul className="cc-intake__duplicate-list">
            {duplicates.map((duplicate) => (
              <li key={duplicate.clientId} className="cc-intake__duplicate-item">
                <span className="cc-intake__duplicate-who">
                  <strong>
                    {duplicate.firstName} {duplicate.lastName}
                  </strong>
                  , born {formatDate(duplicate.dateOfBirth)} · {CLIENT_STATUS_LABELS[duplicate.status]}
                  {duplicate.lastDischargeDate && `, discharged ${formatDate(duplicate.lastDischargeDate)}`}
                </span>
                <span className="cc-intake__duplicate-actions">
                  {duplicate.canOpen && (
                    <Link className="cc-button cc-button--secondary" to={`/clients/${duplicate.clientId}`}>
                      Open record
                    </Link>
                  )}
                  {duplicate.canReadmit && (
                    <Button variant="primary" onPress={() => onReadmit(duplicate)}>
                      Readmit
                    </Button>
                  )}
                  {!duplicate.canOpen && !duplicate.canReadmit && (
                    <span className="cc-intake__duplicate-elsewhere">On another caseload: ask their counselor or your supervisor.</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
