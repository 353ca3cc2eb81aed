import { useQuery } from '@apollo/client/react';
import { errorMessage, useSession } from '@carecircle/web/data-access';
import type { SignOffQueueQuery } from '@carecircle/web/data-access';
import { CosignatureQueue } from '@carecircle/web/progress-notes';
import { EmptyState, ErrorState, Skeleton, useIsPhone } from '@carecircle/web/ui';
import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { clientDisplayName, daysSince, daysText, formatDateTime, formatIsoDate } from './care-plan-format';
import { SignOffReviewPanel } from './sign-off-review-panel';
import { signOffQueueQuery } from './sign-off.queries';
import './care-plan-editor.css';
import './sign-off-queue.css';

type WaitingPlan = SignOffQueueQuery['carePlansAwaitingSignOff'][number];

function waitingText(plan: WaitingPlan): string {
  const days = plan.submittedAt ? daysSince(plan.submittedAt) : null;
  return days === null ? 'Not recorded' : days === 0 ? 'Today' : daysText(days);
}

function ReviewLink({ plan }: { plan: WaitingPlan }) {
  return (
    <Link to={`/sign-off/${plan.id}`} className="cc-link-button">
      Review {clientDisplayName(plan.client)}'s plan
    </Link>
  );
}

const QUEUE_CAPTION = 'Care plans waiting for sign-off, oldest submitted first';

/**
 * The waiting plans: a React Aria table at a desk; on a phone one card per plan, so the Review link
 * is on screen instead of beyond the right edge.
 */
function WaitingPlans({ plans, currentPlanId }: { plans: readonly WaitingPlan[]; currentPlanId: string | undefined }) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <ul className="cc-sign-off-cards" aria-label={QUEUE_CAPTION}>
        {plans.map((plan) => (
          <li key={plan.id} className="cc-sign-off-card" aria-current={plan.id === currentPlanId ? 'true' : undefined}>
            <h3 className="cc-sign-off-card__client">{clientDisplayName(plan.client)}</h3>
            <dl className="cc-sign-off-card__fields">
              <div>
                <dt>Version</dt>
                <dd>{plan.planVersion}</dd>
              </div>
              <div>
                <dt>Waiting</dt>
                <dd>{waitingText(plan)}</dd>
              </div>
              <div>
                <dt>Submitted by</dt>
                <dd>{plan.submittedBy?.displayName ?? 'Unknown'}</dd>
              </div>
              <div>
                <dt>Submitted</dt>
                <dd>{plan.submittedAt ? formatDateTime(plan.submittedAt) : 'Not recorded'}</dd>
              </div>
            </dl>
            <ReviewLink plan={plan} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table className="cc-table cc-sign-off__table" aria-label={QUEUE_CAPTION}>
      <TableHeader>
        <Column id="client" isRowHeader>
          Client
        </Column>
        <Column id="version">Version</Column>
        <Column id="submittedBy">Submitted by</Column>
        <Column id="submitted">Submitted</Column>
        <Column id="waiting">Waiting</Column>
        <Column id="review">
          <span className="cc-visually-hidden">Review</span>
        </Column>
      </TableHeader>
      <TableBody>
        {plans.map((plan) => (
          <Row key={plan.id} id={plan.id} className={plan.id === currentPlanId ? 'cc-sign-off__row cc-sign-off__row--current' : 'cc-sign-off__row'}>
            <Cell>{clientDisplayName(plan.client)}</Cell>
            <Cell>Version {plan.planVersion}</Cell>
            <Cell>{plan.submittedBy?.displayName ?? 'Unknown'}</Cell>
            <Cell>{plan.submittedAt ? formatDateTime(plan.submittedAt) : 'Not recorded'}</Cell>
            <Cell>{waitingText(plan)}</Cell>
            <Cell>
              <ReviewLink plan={plan} />
            </Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * "/sign-off" and "/sign-off/:planId": the supervisor's queue of plans waiting for sign-off (oldest
 * first), the review panel for the chosen one, the progress notes awaiting co-signature, and the
 * active plans whose review is overdue.
 */
export function SignOffQueuePage() {
  const { planId } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const [confirmation, setConfirmation] = useState('');
  const isSupervisor = session?.me.role === 'SUPERVISOR';
  const { data, loading, error, refetch } = useQuery(signOffQueueQuery, { skip: !isSupervisor, fetchPolicy: 'cache-and-network' });

  if (!isSupervisor) {
    return (
      <div className="cc-sign-off">
        <h1>Sign-off queue</h1>
        <EmptyState title="The sign-off queue is for clinical supervisors">
          <p>Care plans you submit appear in your supervisor's queue. You can follow a plan's status on the client's care-plan page.</p>
        </EmptyState>
      </div>
    );
  }

  const waiting = data?.carePlansAwaitingSignOff;
  const overdue = data?.carePlansOverdue;

  let queue;
  if (error && !data) {
    queue = <ErrorState headingLevel={3} title="The sign-off queue could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (!waiting) {
    queue = <Skeleton label="Loading plans waiting for sign-off…" rows={4} />;
  } else if (waiting.length === 0) {
    queue = (
      <EmptyState headingLevel={3} title="No plans waiting for your sign-off">
        <p>When a counselor on your team submits a care plan for review, it appears here, oldest first.</p>
      </EmptyState>
    );
  } else {
    queue = <WaitingPlans plans={waiting} currentPlanId={planId} />;
  }

  let overdueList;
  if (error && !data) {
    overdueList = null;
  } else if (!overdue) {
    overdueList = <Skeleton label="Loading overdue reviews…" rows={2} />;
  } else if (overdue.length === 0) {
    overdueList = <p>No active plans are past their review date.</p>;
  } else {
    overdueList = (
      <ul className="cc-overdue">
        {overdue.map((plan) => {
          const name = clientDisplayName(plan.client);
          return (
            <li key={plan.id}>
              <Link to={`/clients/${plan.client.id}/care-plan`}>{name}</Link>: version {plan.planVersion}, review was due{' '}
              {plan.reviewDueOn ? formatIsoDate(plan.reviewDueOn) : 'on an unknown date'} — <strong>overdue</strong>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <div className="cc-sign-off">
      <h1>Sign-off queue</h1>
      <div role="status" className="cc-care-plan__confirmation">
        {confirmation}
      </div>
      <div className="cc-sign-off__layout">
        <section aria-labelledby="cc-waiting-title" aria-busy={loading} className="cc-sign-off__queue">
          <h2 id="cc-waiting-title">Waiting for sign-off{waiting ? ` (${waiting.length})` : ''}</h2>
          {queue}
        </section>
        {planId && (
          <SignOffReviewPanel
            key={planId}
            planId={planId}
            onClose={() => void navigate('/sign-off')}
            onDone={(message) => {
              setConfirmation(message);
              void navigate('/sign-off');
            }}
          />
        )}
      </div>
      <CosignatureQueue />
      <section aria-labelledby="cc-overdue-title" aria-busy={loading} className="cc-sign-off__overdue">
        <h2 id="cc-overdue-title">Reviews overdue{overdue ? ` (${overdue.length})` : ''}</h2>
        {overdueList}
      </section>
    </div>
  );
}
