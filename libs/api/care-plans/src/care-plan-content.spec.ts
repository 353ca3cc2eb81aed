import { Modality, ObjectiveStatus } from '@carecircle/shared/domain';
import type { CarePlanContentInput } from './care-plan-content.input';
import { normalizeCarePlanContent } from './care-plan-content';

const A = '0b7c1b8e-4e0e-4f43-9a52-6f0e3c5b1a01';
const B = '0b7c1b8e-4e0e-4f43-9a52-6f0e3c5b1a02';
const STAFF = '0b7c1b8e-4e0e-4f43-9a52-6f0e3c5b1aff';

function input(overrides: { goalId?: string | null; interventionId?: string | null } = {}): CarePlanContentInput {
  return {
    problems: [
      {
        id: A,
        clientStatement: '  I drink when I am lonely ',
        clinicalDescription: '',
        goals: [
          {
            id: overrides.goalId === undefined ? B : overrides.goalId,
            description: 'Stay sober',
            objectives: [
              {
                description: 'Attend meetings',
                targetDate: '2026-12-01',
                status: ObjectiveStatus.NOT_STARTED,
                interventions: [
                  { id: overrides.interventionId, description: 'Group', frequency: 'weekly', responsibleStaffId: STAFF.toUpperCase(), modality: Modality.CBT },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('normalizing a saved draft', () => {
  it('keeps the ids the web made, makes ids for new items and trims text', () => {
    let n = 0;
    const { content, problems } = normalizeCarePlanContent(input(), () => `new-${++n}`);
    expect(problems).toEqual([]);
    const problem = content.problems[0]!;
    expect(problem.id).toBe(A);
    expect(problem.clientStatement).toBe('I drink when I am lonely');
    expect(problem.goals[0]!.id).toBe(B);
    expect(problem.goals[0]!.objectives[0]!.id).toBe('new-1');
    expect(problem.goals[0]!.objectives[0]!.interventions[0]!.id).toBe('new-2');
  });

  it('lists every responsible staff id with where it was named', () => {
    const { responsibleStaff, content } = normalizeCarePlanContent(input());
    expect(responsibleStaff).toEqual([{ staffId: STAFF, field: 'content.problems.0.goals.0.objectives.0.interventions.0.responsibleStaffId' }]);
    expect(content.problems[0]!.goals[0]!.objectives[0]!.interventions[0]!.responsibleStaffId).toBe(STAFF);
  });

  it('rejects an id used twice in the plan, naming both places', () => {
    const { problems } = normalizeCarePlanContent(input({ goalId: A }));
    expect(problems).toEqual([{ field: 'content.problems.0.goals.0.id', problem: expect.stringContaining(`item id ${A} is used twice (also at content.problems.0)`) }]);
  });

  it('rejects a problem with neither the client statement nor the clinical description', () => {
    const blank = input();
    blank.problems[0]!.clientStatement = '   ';
    const { problems } = normalizeCarePlanContent(blank);
    expect(problems).toEqual([{ field: 'content.problems.0', problem: "problem 1 needs the client's statement or the clinical description" }]);
  });
});
