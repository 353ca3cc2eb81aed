import { MODALITY_LABELS, OBJECTIVE_STATUS_LABELS, type Modality as DomainModality } from '@carecircle/shared/domain';
import type { CarePlanDetailFragment } from '@carecircle/web/data-access';
import { formatIsoDate } from './care-plan-format';
import { ObjectiveProgressNotes, useObjectiveProgressNotes } from './objective-progress-notes';

export interface CarePlanViewProps {
  plan: Pick<CarePlanDetailFragment, 'problems' | 'isPartialView'> & { clientId?: string };
  /** Level of the "Problem 1" headings. */
  headingLevel?: 2 | 3;
}

/**
 * A signed or submitted plan, read-only: problems → goals → objectives → interventions, with the
 * progress notes that addressed each objective (when the plan names its client and the reader may see notes).
 */
export function CarePlanView({ plan, headingLevel = 2 }: CarePlanViewProps) {
  const [H1, H2, H3, H4] = (headingLevel === 2 ? ['h2', 'h3', 'h4', 'h5'] : ['h3', 'h4', 'h5', 'h6']) as Array<'h2'>;
  const notesByObjective = useObjectiveProgressNotes(plan.clientId);
  if (plan.problems.length === 0) {
    // A peer without the client's consent sees only their own interventions: say so, not "empty".
    return (
      <p className="cc-plan__empty">
        {plan.isPartialView
          ? 'This plan is shared with the peer support team only under the client’s consent, and no such consent is in effect. You see the interventions assigned to you; none in this plan is.'
          : 'This plan has no problems yet.'}
      </p>
    );
  }
  return (
    <ol className="cc-plan cc-plan--readonly">
      {plan.problems.map((problem, pi) => (
        <li key={problem.id} className="cc-plan__problem">
          <H1 className="cc-plan__title">Problem {pi + 1}</H1>
          {problem.clientStatement !== null && (
            <dl className="cc-plan__facts">
              <div>
                <dt>In the client's words</dt>
                <dd>{problem.clientStatement || 'Not recorded'}</dd>
              </div>
              <div>
                <dt>Clinical formulation</dt>
                <dd>{problem.clinicalDescription || 'Not recorded'}</dd>
              </div>
            </dl>
          )}
          <ol className="cc-plan__children">
            {problem.goals.map((goal, gi) => (
              <li key={goal.id} className="cc-plan__goal">
                <H2 className="cc-plan__title">
                  Goal {gi + 1}: {goal.description || 'No description'}
                </H2>
                <ol className="cc-plan__children">
                  {goal.objectives.map((objective, oi) => (
                    <li key={objective.id} className="cc-plan__objective">
                      <H3 className="cc-plan__title">
                        Objective {oi + 1}: {objective.description || 'No description'}
                      </H3>
                      <p className="cc-plan__meta">
                        Target date: {objective.targetDate ? formatIsoDate(objective.targetDate) : 'not set'} · Status:{' '}
                        {OBJECTIVE_STATUS_LABELS[objective.status]}
                      </p>
                      {notesByObjective && plan.clientId && (
                        <ObjectiveProgressNotes clientId={plan.clientId} notes={notesByObjective.get(objective.id)} />
                      )}
                      {objective.interventions.length > 0 && (
                        <ul className="cc-plan__interventions">
                          {objective.interventions.map((intervention) => (
                            <li key={intervention.id} className="cc-plan__intervention">
                              <H4 className="cc-plan__intervention-title">{intervention.description || 'No description'}</H4>
                              <p className="cc-plan__meta">
                                {MODALITY_LABELS[intervention.modality as DomainModality]} · {intervention.frequency || 'frequency not set'} ·{' '}
                                {intervention.responsibleStaff ? intervention.responsibleStaff.displayName : 'Unassigned'}
                              </p>
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
