import type { CarePlanContent, CarePlanGoal } from '@carecircle/shared/domain';

/** Who is looking at a plan, and whether the disclosure policy lets them see all of it. */
export interface CarePlanViewer {
  staffId: string;
  /**
   * `DisclosurePolicy.mayDisclose(ctx, clientId, ConsentScope.CARE_PLAN)` for the plan's client:
   * counselors and supervisors always; a peer support worker only under the client's consent naming
   * the peer support team.
   */
  mayDiscloseWholePlan: boolean;
}

export interface CarePlanProblemView {
  id: string;
  clientStatement: string | null;
  clinicalDescription: string | null;
  /** Diagnosis codes the problem addresses; null when the problem's wording is hidden too. */
  addressesDiagnosisCodes: string[] | null;
  goals: CarePlanGoal[];
}

export interface CarePlanContentView {
  problems: CarePlanProblemView[];
  /** True when parts of the plan were left out for this viewer. */
  partial: boolean;
}

/**
 * The part of a plan a viewer may see. Whoever the disclosure policy allows the care plan sees
 * everything. Anyone else (a peer support worker without the client's consent) sees only the goals
 * holding at least one intervention they are responsible for, with only those interventions (and
 * the objectives on those paths), and never the problem's wording.
 */
export function carePlanContentFor(content: CarePlanContent, viewer: CarePlanViewer): CarePlanContentView {
  if (viewer.mayDiscloseWholePlan) {
    return {
      partial: false,
      problems: content.problems.map((p) => ({
        id: p.id,
        clientStatement: p.clientStatement,
        clinicalDescription: p.clinicalDescription,
        addressesDiagnosisCodes: p.addressesDiagnosisCodes ?? [],
        goals: p.goals,
      })),
    };
  }
  const problems: CarePlanProblemView[] = [];
  for (const problem of content.problems) {
    const goals: CarePlanGoal[] = [];
    for (const goal of problem.goals) {
      const objectives = goal.objectives
        .map((objective) => ({
          ...objective,
          interventions: objective.interventions.filter((i) => i.responsibleStaffId === viewer.staffId),
        }))
        .filter((objective) => objective.interventions.length > 0);
      if (objectives.length > 0) goals.push({ ...goal, objectives });
    }
    if (goals.length > 0) problems.push({ id: problem.id, clientStatement: null, clinicalDescription: null, addressesDiagnosisCodes: null, goals });
  }
  return { partial: true, problems };
}

/** The viewer's part of a plan as plain content (hidden text as empty strings), for diffing. */
export function visibleContentForDiff(view: CarePlanContentView): CarePlanContent {
  return {
    problems: view.problems.map((p) => ({
      ...p,
      clientStatement: p.clientStatement ?? '',
      clinicalDescription: p.clinicalDescription ?? '',
      addressesDiagnosisCodes: p.addressesDiagnosisCodes ?? [],
    })),
  };
}
