import { useQuery } from '@apollo/client/react';
import { errorMessage, useSession } from '@carecircle/web/data-access';
import { EmptyState, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { clientDisplayName, daysSince, daysText, formatDateTime, formatIsoDate } from './care-plan-format';
import { SignOffReviewPanel } from './sign-off-review-panel';
import { signOffQueueQuery } from './sign-off.queries';
import './care-plan-editor.css';

/**
 * "/sign-off" and "/sign-off/:planId": the supervisor's queue of plans waiting for sign-off (oldest
 * first), the review panel for the chosen one, and the active plans whose review is overdue.
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
    queue = (
      <table className="cc-table">
        <caption className="cc-visually-hidden">Care plans waiting for sign-off, oldest submitted first</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Version</th>
            <th scope="col">Submitted by</th>
            <th scope="col">Submitted</th>
            <th scope="col">Waiting</th>
            <th scope="col">
              <span className="cc-visually-hidden">Review</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {waiting.map((plan) => {
            const name = clientDisplayName(plan.client);
            const days = plan.submittedAt ? daysSince(plan.submittedAt) : null;
            return (
              <tr key={plan.id} aria-current={plan.id === planId ? 'true' : undefined}>
                <th scope="row">{name}</th>
                <td>Version {plan.planVersion}</td>
                <td>{plan.submittedBy?.displayName ?? 'Unknown'}</td>
                <td>{plan.submittedAt ? formatDateTime(plan.submittedAt) : 'Not recorded'}</td>
                <td>{days === null ? '—' : days === 0 ? 'Today' : daysText(days)}</td>
                <td>
                  <Link to={`/sign-off/${plan.id}`} className="cc-link-button">
                    Review {name}'s plan
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
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
      <section aria-labelledby="cc-overdue-title" aria-busy={loading} className="cc-sign-off__overdue">
        <h2 id="cc-overdue-title">Reviews overdue{overdue ? ` (${overdue.length})` : ''}</h2>
        {overdueList}
      </section>
    </div>
  );
}
