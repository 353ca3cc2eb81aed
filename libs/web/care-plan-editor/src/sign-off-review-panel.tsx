import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CARE_PLAN_STATUS_LABELS } from '@carecircle/shared/domain';
import { errorMessage } from '@carecircle/web/data-access';
import { Button, ErrorState, Skeleton, StatusBadge, TextAreaField } from '@carecircle/web/ui';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { CarePlanDiffList } from './care-plan-diff-list';
import { CARE_PLAN_STATUS_TONES, clientDisplayName, formatDateTime } from './care-plan-format';
import { CarePlanView } from './care-plan-view';
import { carePlanDiffQuery, carePlanVersionQuery } from './care-plan.queries';
import { conflictDetails, graphQLErrorDetails } from './graphql-error-details';
import { returnCarePlanForChangesMutation, signOffCarePlanMutation, signOffQueueQuery } from './sign-off.queries';

export interface SignOffReviewPanelProps {
  planId: string;
  /** After a sign-off or return: what to confirm to the supervisor. */
  onDone: (confirmation: string) => void;
  onClose: () => void;
}

export const RETURN_NEEDS_COMMENT = 'Say what needs to change: a comment is required to return a plan.';

/** One plan waiting for sign-off: what changed since the signed version, the whole plan, and the decision. */
export function SignOffReviewPanel({ planId, onDone, onClose }: SignOffReviewPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(carePlanVersionQuery, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  const plan = data?.carePlan;
  const basedOn = plan?.basedOnPlanId ?? null;
  const diff = useQuery(carePlanDiffQuery, {
    variables: { fromPlanId: basedOn ?? '', toPlanId: planId },
    skip: !basedOn,
  });
  const refetchQueue = { refetchQueries: [{ query: signOffQueueQuery }], awaitRefetchQueries: true };
  const [signOff, signing] = useMutation(signOffCarePlanMutation, refetchQueue);
  const [returnPlan, returning] = useMutation(returnCarePlanForChangesMutation, refetchQueue);
  const busy = signing.loading || returning.loading;

  const loadedId = plan?.id;
  useEffect(() => {
    if (loadedId) headingRef.current?.focus();
  }, [loadedId]);

  if (error && !plan) {
    return (
      <section className="cc-review" aria-label="Plan under review">
        <ErrorState title="This plan could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      </section>
    );
  }
  if (!plan) {
    return (
      <section className="cc-review" aria-label="Plan under review" aria-busy="true">
        <Skeleton label="Loading the plan…" rows={5} />
      </section>
    );
  }

  const name = clientDisplayName(plan.client);
  const explain = (e: unknown) => {
    const details = graphQLErrorDetails(e);
    const stale = details && conflictDetails(details);
    setFailure(
      stale
        ? `${stale.changedByName} changed this plan${stale.changedAt ? ` on ${formatDateTime(stale.changedAt)}` : ''} after you opened it. Reload it to review their version; your comment is kept.`
        : details
          ? details.message
          : errorMessage(e as ErrorLike),
    );
  };

  async function onSignOff() {
    if (!plan) return;
    setFailure(null);
    setCommentError(undefined);
    try {
      await signOff({ variables: { planId, expectedVersion: plan.version, comment: comment.trim() || null } });
      onDone(`Signed off ${name}'s care plan, version ${plan.planVersion}. It is now the active plan.`);
    } catch (e) {
      explain(e);
    }
  }

  async function onReturn() {
    if (!plan) return;
    setFailure(null);
    if (!comment.trim()) {
      setCommentError(RETURN_NEEDS_COMMENT);
      document.getElementById('cc-review-comment')?.querySelector('textarea')?.focus();
      return;
    }
    setCommentError(undefined);
    try {
      await returnPlan({ variables: { planId, expectedVersion: plan.version, comment: comment.trim() } });
      onDone(`Returned ${name}'s care plan, version ${plan.planVersion}, to ${plan.submittedBy?.displayName ?? 'the counselor'} for changes.`);
    } catch (e) {
      explain(e);
    }
  }

  const reviewable = plan.status === 'PENDING_REVIEW';
  return (
    <section className="cc-review" aria-labelledby="cc-review-title">
      <div className="cc-review__header">
        <h2 id="cc-review-title" ref={headingRef} tabIndex={-1}>
          Review: {name}, version {plan.planVersion}
        </h2>
        <Button variant="quiet" onPress={onClose}>
          Close review
        </Button>
      </div>
      <p className="cc-plan-summary">
        <StatusBadge tone={CARE_PLAN_STATUS_TONES[plan.status]}>{CARE_PLAN_STATUS_LABELS[plan.status]}</StatusBadge>
        {plan.submittedAt && (
          <span>
            Submitted {formatDateTime(plan.submittedAt)}
            {plan.submittedBy ? ` by ${plan.submittedBy.displayName}` : ''}
          </span>
        )}
        <Link to={`/clients/${plan.clientId}/care-plan`}>Open {name}'s care plan page</Link>
      </p>

      <h3>{basedOn ? `Changes since version ${plan.planVersion - 1}` : 'Changes'}</h3>
      {!basedOn ? (
        <p>This is the client's first care plan: everything in it is new.</p>
      ) : diff.error ? (
        <ErrorState headingLevel={3} title="The changes could not be loaded" message={errorMessage(diff.error)} onRetry={() => void diff.refetch().catch(() => undefined)} />
      ) : !diff.data ? (
        <Skeleton label="Loading the changes…" rows={2} />
      ) : (
        <CarePlanDiffList title={`Changes since version ${plan.planVersion - 1}`} headingLevel={4} changes={diff.data.carePlanDiff} />
      )}

      <details className="cc-review__plan">
        <summary>Show the whole plan</summary>
        <CarePlanView plan={plan} headingLevel={3} />
      </details>

      {reviewable ? (
        <form
          className="cc-review__decision"
          aria-label="Decision"
          onSubmit={(event) => {
            event.preventDefault();
            void onSignOff();
          }}
        >
          <div id="cc-review-comment">
            <TextAreaField
              label="Comment"
              description="Optional when you sign off; required when you return the plan for changes."
              value={comment}
              onChange={(value) => {
                setComment(value);
                if (commentError && value.trim()) setCommentError(undefined);
              }}
              errorMessage={commentError}
            />
          </div>
          {failure && (
            <p role="alert" className="cc-editor__failure">
              {failure}
            </p>
          )}
          <div className="cc-review__actions">
            <Button variant="primary" type="submit" isDisabled={busy}>
              {signing.loading ? 'Signing off…' : 'Sign off'}
            </Button>
            <Button variant="secondary" onPress={() => void onReturn()} isDisabled={busy}>
              {returning.loading ? 'Returning…' : 'Return for changes'}
            </Button>
          </div>
        </form>
      ) : (
        <p className="cc-care-plan__note">This version is no longer waiting for sign-off.</p>
      )}
    </section>
  );
}
