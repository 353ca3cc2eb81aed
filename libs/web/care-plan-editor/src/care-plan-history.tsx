import { useLazyQuery, useQuery } from '@apollo/client/react';
import { CARE_PLAN_STATUS_LABELS } from '@carecircle/shared/domain';
import { errorMessage } from '@carecircle/web/data-access';
import { Button, ErrorState, SelectField, Skeleton, StatusBadge } from '@carecircle/web/ui';
import { useState } from 'react';
import { CarePlanDiffList } from './care-plan-diff-list';
import { CARE_PLAN_STATUS_TONES, formatDateTime } from './care-plan-format';
import { carePlanDiffQuery, carePlanHistoryQuery } from './care-plan.queries';

export interface CarePlanHistoryProps {
  clientId: string;
}

/** Every version of the plan, newest first, and a comparison between any two of them. */
export function CarePlanHistory({ clientId }: CarePlanHistoryProps) {
  const { data, loading, error, refetch } = useQuery(carePlanHistoryQuery, { variables: { clientId } });
  const versions = data?.carePlanHistory;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [compareError, setCompareError] = useState<string | null>(null);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const [loadDiff, diff] = useLazyQuery(carePlanDiffQuery);

  let body;
  if (error && !versions) {
    body = <ErrorState headingLevel={3} title="The version history could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (!versions) {
    body = <Skeleton label="Loading version history…" rows={3} />;
  } else if (versions.length === 0) {
    body = <p>No versions yet. Versions appear here once the first draft is started.</p>;
  } else {
    const fromId = from || versions[1]?.id || versions[0].id;
    const toId = to || versions[0].id;
    const options = versions.map((v) => ({ value: v.id, label: `Version ${v.planVersion} (${CARE_PLAN_STATUS_LABELS[v.status]})` }));
    const versionOf = (id: string) => versions.find((v) => v.id === id)?.planVersion ?? 0;

    const compare = () => {
      if (fromId === toId) {
        setCompareError('Choose two different versions to compare.');
        return;
      }
      setCompareError(null);
      // The API diffs earlier → later; put the pair in that order whichever way it was chosen.
      const [earlier, later] = versionOf(fromId) < versionOf(toId) ? [fromId, toId] : [toId, fromId];
      setCompared({ from: versionOf(earlier), to: versionOf(later) });
      void loadDiff({ variables: { fromPlanId: earlier, toPlanId: later } }).catch(() => undefined);
    };

    body = (
      <>
        <table className="cc-table cc-history__table">
          <caption className="cc-visually-hidden">Versions of this care plan, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Submitted</th>
              <th scope="col">Signed</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">Version {v.planVersion}</th>
                <td>
                  <StatusBadge tone={CARE_PLAN_STATUS_TONES[v.status]}>{CARE_PLAN_STATUS_LABELS[v.status]}</StatusBadge>
                </td>
                <td>{v.submittedAt ? `${formatDateTime(v.submittedAt)}${v.submittedBy ? ` by ${v.submittedBy.displayName}` : ''}` : 'Not submitted'}</td>
                <td>{v.signedAt ? `${formatDateTime(v.signedAt)}${v.signedBy ? ` by ${v.signedBy.displayName}` : ''}` : 'Not signed'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {versions.length < 2 ? (
          <p className="cc-history__hint">Comparing becomes possible once the plan has a second version.</p>
        ) : (
          <form
            className="cc-history__compare"
            aria-label="Compare versions"
            onSubmit={(event) => {
              event.preventDefault();
              compare();
            }}
          >
            <SelectField label="From version" value={fromId} options={options} onChange={setFrom} />
            <SelectField label="To version" value={toId} options={options} onChange={setTo} />
            <Button variant="secondary" type="submit">
              Compare
            </Button>
            {compareError && (
              <p className="cc-field__error cc-history__compare-error" role="alert">
                {compareError}
              </p>
            )}
          </form>
        )}
        {compared && (
          <div className="cc-history__diff" aria-busy={diff.loading}>
            <h3>
              Changes from version {compared.from} to version {compared.to}
            </h3>
            {diff.error ? (
              <ErrorState
                headingLevel={3}
                title="The comparison could not be loaded"
                message={errorMessage(diff.error)}
                onRetry={() => void diff.refetch().catch(() => undefined)}
              />
            ) : diff.loading || !diff.data ? (
              <Skeleton label="Comparing versions…" rows={2} />
            ) : (
              <CarePlanDiffList title={`Changes from version ${compared.from} to version ${compared.to}`} changes={diff.data.carePlanDiff} />
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <section className="cc-history" aria-labelledby="cc-history-title" aria-busy={loading}>
      <h2 id="cc-history-title">Version history</h2>
      {body}
    </section>
  );
}
