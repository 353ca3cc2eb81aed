import { Button } from '@carecircle/web/ui';
import { useEffect, useRef } from 'react';
import { CarePlanDiffList, type PlanChange } from './care-plan-diff-list';
import { formatDateTime } from './care-plan-format';
import type { ConflictDetails } from './graphql-error-details';

export interface ConflictPanelProps {
  conflict: ConflictDetails;
  /** Their version against yours, once loaded. */
  differences: readonly PlanChange[] | null;
  loadingTheirs: boolean;
  loadError: string | null;
  busy: boolean;
  onShowTheirs: () => void;
  onRetry: () => void;
  onUseTheirs: () => void;
}

const THEIRS_VS_YOURS = { ADDED: 'Only in your version', CHANGED: 'Different in your version', REMOVED: 'Only in their version' };

/** A save was refused because someone else saved first: say who and when, keep everything typed. */
export function ConflictPanel({ conflict, differences, loadingTheirs, loadError, busy, onShowTheirs, onRetry, onUseTheirs }: ConflictPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="cc-conflict" role="alert" aria-labelledby="cc-conflict-title">
      <h2 id="cc-conflict-title" className="cc-conflict__title" ref={headingRef} tabIndex={-1}>
        Someone else changed this plan
      </h2>
      <p>
        {conflict.changedByName} saved this plan{conflict.changedAt ? ` on ${formatDateTime(conflict.changedAt)}` : ''} after you opened it.
        Your changes have not been saved, and everything you typed is still here.
      </p>
      {differences && (
        <CarePlanDiffList
          title="Differences between their version and yours"
          headings={THEIRS_VS_YOURS}
          headingLevel={3}
          changes={differences}
          emptyText="Their version and yours hold the same plan."
        />
      )}
      {loadError && <p className="cc-conflict__error">{loadError}</p>}
      <div className="cc-conflict__actions">
        {!differences && (
          <Button variant="secondary" onPress={onShowTheirs} isDisabled={loadingTheirs || busy}>
            {loadingTheirs ? 'Loading their version…' : 'Show their version'}
          </Button>
        )}
        <Button variant="primary" onPress={onRetry} isDisabled={busy}>
          Keep my changes and retry
        </Button>
        <Button variant="secondary" onPress={onUseTheirs} isDisabled={busy}>
          Discard mine and use theirs
        </Button>
      </div>
    </section>
  );
}
