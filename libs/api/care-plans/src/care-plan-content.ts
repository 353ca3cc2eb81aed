import { randomUUID } from 'node:crypto';
import { normalizeIcd10Code, type CarePlanContent } from '@carecircle/shared/domain';
import type { FieldProblem } from '@carecircle/api/platform';
import type { CarePlanContentInput } from './care-plan-content.input';

export interface NormalizedContent {
  content: CarePlanContent;
  /** Every staff id named as responsible, with where it was named; the service checks them. */
  responsibleStaff: Array<{ staffId: string; field: string }>;
  /** Every diagnosis code a problem names, with where; the service checks they are on the client's record. */
  diagnosisCodes: Array<{ code: string; field: string }>;
  problems: FieldProblem[];
}

/**
 * Turns a validated draft into the stored tree: text trimmed, a server-made id for any new item
 * the web sent without one, and each id used once in the whole plan (items keep their identity
 * across versions by id, so a duplicate would make the diff lie).
 */
export function normalizeCarePlanContent(input: CarePlanContentInput, newId: () => string = randomUUID): NormalizedContent {
  const seen = new Map<string, string>();
  const problems: FieldProblem[] = [];
  const responsibleStaff: NormalizedContent['responsibleStaff'] = [];
  const diagnosisCodes: NormalizedContent['diagnosisCodes'] = [];
  const idFor = (given: string | null | undefined, field: string): string => {
    const id = given ? given.toLowerCase() : newId();
    const first = seen.get(id);
    if (first) problems.push({ field: `${field}.id`, problem: `item id ${id} is used twice (also at ${first}); each item needs its own id` });
    else seen.set(id, field);
    return id;
  };
  const content: CarePlanContent = {
    problems: input.problems.map((problem, pi) => {
      const pf = `content.problems.${pi}`;
      const clientStatement = problem.clientStatement.trim();
      const clinicalDescription = problem.clinicalDescription.trim();
      if (!clientStatement && !clinicalDescription) {
        problems.push({ field: pf, problem: `problem ${pi + 1} needs the client's statement or the clinical description` });
      }
      const addressesDiagnosisCodes = [...new Set((problem.addressesDiagnosisCodes ?? []).map(normalizeIcd10Code))];
      for (const code of addressesDiagnosisCodes) diagnosisCodes.push({ code, field: `${pf}.addressesDiagnosisCodes` });
      return {
        id: idFor(problem.id, pf),
        clientStatement,
        clinicalDescription,
        addressesDiagnosisCodes,
        goals: problem.goals.map((goal, gi) => {
          const gf = `${pf}.goals.${gi}`;
          return {
            id: idFor(goal.id, gf),
            description: goal.description.trim(),
            objectives: goal.objectives.map((objective, oi) => {
              const of = `${gf}.objectives.${oi}`;
              return {
                id: idFor(objective.id, of),
                description: objective.description.trim(),
                targetDate: objective.targetDate ?? null,
                status: objective.status,
                interventions: objective.interventions.map((intervention, ii) => {
                  const inf = `${of}.interventions.${ii}`;
                  const responsibleStaffId = intervention.responsibleStaffId ? intervention.responsibleStaffId.toLowerCase() : null;
                  if (responsibleStaffId) responsibleStaff.push({ staffId: responsibleStaffId, field: `${inf}.responsibleStaffId` });
                  return {
                    id: idFor(intervention.id, inf),
                    description: intervention.description.trim(),
                    frequency: intervention.frequency.trim(),
                    responsibleStaffId,
                    modality: intervention.modality,
                  };
                }),
              };
            }),
          };
        }),
      };
    }),
  };
  return { content, responsibleStaff, diagnosisCodes, problems };
}
