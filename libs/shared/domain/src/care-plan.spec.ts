import {
  CarePlanChangeKind,
  CarePlanItemKind,
  ObjectiveStatus,
  carePlanReadinessProblems,
  diffCarePlans,
  reviewDueDate,
  reviewIntervalDays,
  type CarePlanContent,
} from './care-plan';
import { LevelOfCare } from './level-of-care';
import { Modality } from './modality';

function plan(): CarePlanContent {
  return {
    problems: [
      {
        id: 'p1',
        clientStatement: 'I drink when I am lonely',
        clinicalDescription: 'Alcohol use disorder, moderate',
        goals: [
          {
            id: 'g1',
            description: 'Stay sober',
            objectives: [
              {
                id: 'o1',
                description: 'Attend 3 meetings a week',
                targetDate: '2026-12-01',
                status: ObjectiveStatus.IN_PROGRESS,
                interventions: [
                  { id: 'i1', description: 'Relapse prevention group', frequency: 'weekly', responsibleStaffId: 's1', modality: Modality.RELAPSE_PREVENTION },
                  { id: 'i2', description: 'Peer accompaniment', frequency: 'weekly', responsibleStaffId: 's2', modality: Modality.PEER_RECOVERY_SUPPORT },
                ],
              },
            ],
          },
          { id: 'g2', description: 'Rebuild family ties', objectives: [] },
        ],
      },
    ],
  };
}

describe('diffCarePlans', () => {
  it('finds no changes in an unchanged plan', () => {
    expect(diffCarePlans(plan(), plan())).toEqual([]);
  });

  it('reports an added goal, a removed intervention and a changed objective status, problems first', () => {
    const after = plan();
    const goal = after.problems[0]!.goals[0]!;
    goal.objectives[0]!.status = ObjectiveStatus.MET;
    goal.objectives[0]!.interventions.pop();
    after.problems[0]!.goals.push({ id: 'g3', description: 'Find work', objectives: [] });
    expect(diffCarePlans(plan(), after)).toEqual([
      { kind: CarePlanChangeKind.ADDED, itemKind: CarePlanItemKind.GOAL, itemId: 'g3', label: 'Find work', fields: [], previousLabel: null },
      {
        kind: CarePlanChangeKind.CHANGED,
        itemKind: CarePlanItemKind.OBJECTIVE,
        itemId: 'o1',
        label: 'Attend 3 meetings a week',
        fields: ['status'],
        previousLabel: null,
      },
      { kind: CarePlanChangeKind.REMOVED, itemKind: CarePlanItemKind.INTERVENTION, itemId: 'i2', label: 'Peer accompaniment', fields: [], previousLabel: null },
    ]);
  });

  it("reports an objective moved to another goal as CHANGED with the field 'parent'", () => {
    const after = plan();
    const [objective] = after.problems[0]!.goals[0]!.objectives.splice(0, 1);
    after.problems[0]!.goals[1]!.objectives.push(objective!);
    const changes = diffCarePlans(plan(), after);
    expect(changes).toEqual([
      { kind: CarePlanChangeKind.CHANGED, itemKind: CarePlanItemKind.OBJECTIVE, itemId: 'o1', label: 'Attend 3 meetings a week', fields: ['parent'], previousLabel: null },
    ]);
  });

  it('keeps the earlier label when a description is reworded', () => {
    const after = plan();
    after.problems[0]!.goals[0]!.description = 'Stay sober one day at a time';
    expect(diffCarePlans(plan(), after)).toEqual([
      {
        kind: CarePlanChangeKind.CHANGED,
        itemKind: CarePlanItemKind.GOAL,
        itemId: 'g1',
        label: 'Stay sober one day at a time',
        fields: ['description'],
        previousLabel: 'Stay sober',
      },
    ]);
  });
});

describe('carePlanReadinessProblems', () => {
  it('is empty for a plan with a goal, a dated objective and an intervention everywhere', () => {
    const ready = plan();
    ready.problems[0]!.goals.pop();
    expect(carePlanReadinessProblems(ready)).toEqual([]);
  });

  it('asks for at least one problem', () => {
    expect(carePlanReadinessProblems({ problems: [] })).toEqual(['The plan has no problems yet.']);
  });

  it('names each missing goal, objective, target date and intervention by position', () => {
    const incomplete = plan();
    const objective = incomplete.problems[0]!.goals[0]!.objectives[0]!;
    objective.targetDate = null;
    objective.interventions = [];
    incomplete.problems.push({ id: 'p2', clientStatement: 'Money', clinicalDescription: '', goals: [] });
    expect(carePlanReadinessProblems(incomplete)).toEqual([
      'Problem 1, goal 1, objective 1 has no target date.',
      'Problem 1, goal 1, objective 1 has no intervention.',
      'Problem 1, goal 2 has no measurable objective.',
      'Problem 2 has no goal.',
    ]);
  });
});

describe('reviewDueDate', () => {
  it.each([
    [LevelOfCare.MEDICALLY_MONITORED_INPATIENT_3_7, 3, '2026-11-04'],
    [LevelOfCare.HIGH_INTENSITY_RESIDENTIAL_3_5, 7, '2026-11-08'],
    [LevelOfCare.PARTIAL_HOSPITALIZATION_2_5, 14, '2026-11-15'],
    [LevelOfCare.LOW_INTENSITY_RESIDENTIAL_3_1, 30, '2026-12-01'],
    [LevelOfCare.INTENSIVE_OUTPATIENT_2_1, 90, '2027-01-30'],
    [LevelOfCare.OUTPATIENT_1, 90, '2027-01-30'],
  ])('defaults %s to a review every %i days', (level, days, due) => {
    expect(reviewIntervalDays(level)).toBe(days);
    expect(reviewDueDate('2026-11-01', level)).toBe(due);
  });

  it("lets a program's override win over the default", () => {
    const overrides = { [LevelOfCare.INTENSIVE_OUTPATIENT_2_1]: 30 };
    expect(reviewDueDate('2026-11-01', LevelOfCare.INTENSIVE_OUTPATIENT_2_1, overrides)).toBe('2026-12-01');
    expect(reviewDueDate('2026-11-01', LevelOfCare.PARTIAL_HOSPITALIZATION_2_5, overrides)).toBe('2026-11-15');
  });

  it('counts across a month end and a leap day', () => {
    expect(reviewDueDate('2028-02-27', LevelOfCare.MEDICALLY_MONITORED_INPATIENT_3_7)).toBe('2028-03-01');
  });
});
