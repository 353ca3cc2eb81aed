import { StaffRole, type CarePlanContent, type CarePlanGoal } from '@carecircle/shared/domain';

/** Who is looking at a plan, and whether the client's consent lets the peer support team see it all. */
export interface CarePlanViewer {
  role: StaffRole;
  staffId: string;
  /** An active PEER_SUPPORT_TEAM consent covering CARE_PLAN is on file for this client. */
  peerSupportTeamConsented: boolean;
}

export interface CarePlanProblemView {
  id: string;
  clientStatement: string | null;
  clinicalDescription: string | null;
  goals: CarePlanGoal[];
}

export interface CarePlanContentView {
  problems: CarePlanProblemView[];
  /** True when parts of the plan were left out for this viewer. */
  partial: boolean;
}

/**
 * The part of a plan a viewer may see. Counselors and supervisors see everything. A peer support
 * worker sees only the goals holding at least one intervention they are responsible for, with only
 * those interventions (and the objectives on those paths), and never the problem's wording, unless
 * the client has consented to share the care plan with the peer support team.
 */
export function carePlanContentFor(content: CarePlanContent, viewer: CarePlanViewer): CarePlanContentView {
  const full = viewer.role !== StaffRole.PEER_SUPPORT || viewer.peerSupportTeamConsented;
  if (full) {
    return {
      partial: false,
      problems: content.problems.map((p) => ({ id: p.id, clientStatement: p.clientStatement, clinicalDescription: p.clinicalDescription, goals: p.goals })),
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
    if (goals.length > 0) problems.push({ id: problem.id, clientStatement: null, clinicalDescription: null, goals });
  }
  return { partial: true, problems };
}

/** The viewer's part of a plan as plain content (hidden text as empty strings), for diffing. */
export function visibleContentForDiff(view: CarePlanContentView): CarePlanContent {
  return {
    problems: view.problems.map((p) => ({ ...p, clientStatement: p.clientStatement ?? '', clinicalDescription: p.clinicalDescription ?? '' })),
  };
}
