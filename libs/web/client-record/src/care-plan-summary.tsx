import { CARE_PLAN_STATUS_LABELS, MODALITY_LABELS, OBJECTIVE_STATUS_LABELS, type Modality } from '@carecircle/shared/domain';
import { StatusBadge } from '@carecircle/web/ui';
import { Link } from 'react-router';
import type { RecordClient } from './client-overview';
import { formatIsoDate } from './dates';
import { RecordSection } from './record-section';
import { CARE_PLAN_STATUS_TONES, OBJECTIVE_STATUS_TONES } from './status-tones';

type Plan = NonNullable<RecordClient['currentCarePlan']>;

export interface CarePlanSummaryProps {
  client: RecordClient;
  isPeer: boolean;
}

function Goals({ plan }: { plan: Plan }) {
  const problems = plan.problems.filter((p) => p.goals.length > 0 || p.clientStatement || p.clinicalDescription);
  if (problems.length === 0) {
    // For a peer without the client's consent an empty list says nothing about the plan itself.
    return (
      <p className="cc-record__muted">
        {plan.isPartialView ? 'No intervention in this plan is assigned to you.' : 'This plan has no goals yet.'}
      </p>
    );
  }
  return (
    <ol className="cc-record__problems">
      {problems.map((problem) => (
        <li key={problem.id} className="cc-record__problem">
          {problem.clientStatement && (
            <p className="cc-record__quote">
              <span className="cc-record__label">In their words:</span> “{problem.clientStatement}”
            </p>
          )}
          {problem.clinicalDescription && (
            <p>
              <span className="cc-record__label">Clinical formulation:</span> {problem.clinicalDescription}
            </p>
          )}
          <ul className="cc-record__goals">
            {problem.goals.map((goal) => (
              <li key={goal.id} className="cc-record__goal">
                <p className="cc-record__goal-title">
                  <span className="cc-record__label">Goal:</span> {goal.description}
                </p>
                {goal.objectives.length > 0 && (
                  <ul className="cc-record__objectives">
                    {goal.objectives.map((objective) => (
                      <li key={objective.id}>
                        <div className="cc-record__objective">
                          <span>{objective.description}</span>
                          <span className="cc-record__objective-meta">
                            <StatusBadge tone={OBJECTIVE_STATUS_TONES[objective.status]}>{OBJECTIVE_STATUS_LABELS[objective.status]}</StatusBadge>
                            {objective.targetDate && (
                              <span className="cc-record__muted">Target {formatIsoDate(objective.targetDate)}</span>
                            )}
                          </span>
                        </div>
                        {objective.interventions.length > 0 && (
                          <ul className="cc-record__interventions">
                            {objective.interventions.map((intervention) => (
                              <li key={intervention.id}>
                                <span className="cc-chip">
                                  {MODALITY_LABELS[intervention.modality as Modality] ?? intervention.modality}
                                </span>{' '}
                                {intervention.description}
                                <span className="cc-record__muted">
                                  {' '}
                                  · {intervention.frequency}
                                  {intervention.responsibleStaff && ` · ${intervention.responsibleStaff.displayName}`}
                                </span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The signed care plan at a glance, with the way into the editor. */
export function CarePlanSummary({ client, isPeer }: CarePlanSummaryProps) {
  const plan = client.currentCarePlan;
  const openRevision =
    client.carePlanStatus && client.carePlanStatus !== 'ACTIVE' ? CARE_PLAN_STATUS_LABELS[client.carePlanStatus] : null;
  return (
    <RecordSection
      id="care-plan"
      title="Care plan"
      aside={
        <Link className="cc-record__action-link" to={`/clients/${client.id}/care-plan`}>
          Open care plan
        </Link>
      }
    >
      {plan ? (
        <>
          <div className="cc-record__badges">
            <StatusBadge
              tone={CARE_PLAN_STATUS_TONES[plan.status]}
            >{`Version ${plan.planVersion}: ${CARE_PLAN_STATUS_LABELS[plan.status]}`}</StatusBadge>
            {plan.isOverdue && <span className="cc-record__flag-badge cc-record__flag-badge--urgent">Review overdue</span>}
            {openRevision && <StatusBadge tone="caution">{`Revision: ${openRevision}`}</StatusBadge>}
          </div>
          <p className="cc-record__muted">
            {plan.reviewDueOn ? `Review due ${formatIsoDate(plan.reviewDueOn)}` : 'No review date set'}
            {plan.signedBy && plan.signedAt && ` · Signed by ${plan.signedBy.displayName} on ${formatIsoDate(plan.signedAt)}`}
          </p>
          {plan.isPartialView && (
            <p className="cc-record__note">
              The client’s care plan is shared with the peer support team only under their consent, and no such consent is in
              effect. You see the goals and interventions you carry out.
            </p>
          )}
          <Goals plan={plan} />
        </>
      ) : (
        <div className="cc-record__empty">
          <p>
            <strong>No signed care plan yet.</strong>{' '}
            {openRevision ? `A first plan is in progress (${openRevision.toLowerCase()}).` : ''}
          </p>
          <p className="cc-record__muted">
            {isPeer
              ? 'The goals you support will appear here once the counselor’s plan is signed.'
              : 'Open the care plan to start or finish a draft, then submit it for sign-off.'}
          </p>
        </div>
      )}
    </RecordSection>
  );
}
