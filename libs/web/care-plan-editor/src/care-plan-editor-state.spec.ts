import {
  carePlanEditorReducer,
  contentInputFromEditor,
  editorContentErrors,
  sameContent,
  type EditorAction,
  type EditorContent,
} from './care-plan-editor-state';

function plan(): EditorContent {
  return {
    problems: [
      {
        id: 'p1',
        clientStatement: 'I drink when I am alone',
        clinicalDescription: 'Alcohol use disorder, moderate',
        addressesDiagnosisCodes: ['F10.20'],
        goals: [
          {
            id: 'g1',
            description: 'Stay sober',
            objectives: [
              {
                id: 'o1',
                description: 'Attend 3 meetings a week',
                targetDate: '2026-06-01',
                status: 'IN_PROGRESS',
                interventions: [
                  { id: 'i1', description: 'Weekly MI', frequency: 'weekly', responsibleStaffId: 's1', modality: 'MI' },
                  { id: 'i2', description: 'Peer support', frequency: 'twice a week', responsibleStaffId: null, modality: 'PEER_RECOVERY_SUPPORT' },
                ],
              },
            ],
          },
          { id: 'g2', description: 'Reconnect with family', objectives: [] },
        ],
      },
      { id: 'p2', clientStatement: 'I cannot sleep', clinicalDescription: '', addressesDiagnosisCodes: [], goals: [] },
    ],
  };
}

const run = (actions: EditorAction[], start = plan()) => actions.reduce(carePlanEditorReducer, start);

describe('carePlanEditorReducer', () => {
  it('adds a blank item at each level under the right parent', () => {
    const next = run([
      { type: 'add', level: 'problem', id: 'p3' },
      { type: 'add', level: 'goal', parentId: 'p2', id: 'g3' },
      { type: 'add', level: 'objective', parentId: 'g2', id: 'o2' },
      { type: 'add', level: 'intervention', parentId: 'o1', id: 'i3' },
    ]);
    expect(next.problems.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(next.problems[2]).toEqual({ id: 'p3', clientStatement: '', clinicalDescription: '', addressesDiagnosisCodes: [], goals: [] });
    expect(next.problems[1].goals).toEqual([{ id: 'g3', description: '', objectives: [] }]);
    expect(next.problems[0].goals[1].objectives).toEqual([
      { id: 'o2', description: '', targetDate: null, status: 'NOT_STARTED', interventions: [] },
    ]);
    expect(next.problems[0].goals[0].objectives[0].interventions.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(next.problems[0].goals[0].objectives[0].interventions[2]).toMatchObject({ modality: null, responsibleStaffId: null });
  });

  it('removes an item (and everything under it) at any level', () => {
    expect(run([{ type: 'remove', id: 'p2' }]).problems.map((p) => p.id)).toEqual(['p1']);
    expect(run([{ type: 'remove', id: 'g1' }]).problems[0].goals.map((g) => g.id)).toEqual(['g2']);
    expect(run([{ type: 'remove', id: 'o1' }]).problems[0].goals[0].objectives).toEqual([]);
    expect(run([{ type: 'remove', id: 'i1' }]).problems[0].goals[0].objectives[0].interventions.map((i) => i.id)).toEqual(['i2']);
  });

  it('moves an item up or down among its siblings and ignores moves past either end', () => {
    expect(run([{ type: 'move', id: 'p2', direction: 'up' }]).problems.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(run([{ type: 'move', id: 'g1', direction: 'down' }]).problems[0].goals.map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(run([{ type: 'move', id: 'i2', direction: 'up' }]).problems[0].goals[0].objectives[0].interventions.map((i) => i.id)).toEqual([
      'i2',
      'i1',
    ]);
    expect(run([{ type: 'move', id: 'p1', direction: 'up' }]).problems.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(run([{ type: 'move', id: 'i2', direction: 'down' }]).problems[0].goals[0].objectives[0].interventions.map((i) => i.id)).toEqual([
      'i1',
      'i2',
    ]);
  });

  it('updates the fields of an item at each level without touching its neighbours', () => {
    const next = run([
      { type: 'updateProblem', id: 'p2', changes: { clinicalDescription: 'Insomnia', addressesDiagnosisCodes: ['F51.01'] } },
      { type: 'updateGoal', id: 'g2', changes: { description: 'Weekly family dinner' } },
      { type: 'updateObjective', id: 'o1', changes: { status: 'MET', targetDate: '2026-07-01' } },
      { type: 'updateIntervention', id: 'i2', changes: { modality: 'CBT', responsibleStaffId: 's2' } },
    ]);
    expect(next.problems[1]).toMatchObject({ clientStatement: 'I cannot sleep', clinicalDescription: 'Insomnia', addressesDiagnosisCodes: ['F51.01'] });
    expect(next.problems[0].addressesDiagnosisCodes).toEqual(['F10.20']);
    expect(next.problems[0].goals[1].description).toBe('Weekly family dinner');
    expect(next.problems[0].goals[0].objectives[0]).toMatchObject({ status: 'MET', targetDate: '2026-07-01', description: 'Attend 3 meetings a week' });
    expect(next.problems[0].goals[0].objectives[0].interventions[1]).toMatchObject({ modality: 'CBT', responsibleStaffId: 's2', description: 'Peer support' });
    expect(next.problems[0].goals[0].objectives[0].interventions[0]).toEqual(plan().problems[0].goals[0].objectives[0].interventions[0]);
  });

  it('never mutates the tree it was given and leaves it alone for unknown ids', () => {
    const start = plan();
    const frozen = JSON.stringify(start);
    const next = run([{ type: 'remove', id: 'nope' }, { type: 'move', id: 'nope', direction: 'up' }], start);
    run([{ type: 'remove', id: 'i1' }, { type: 'updateGoal', id: 'g1', changes: { description: 'x' } }], start);
    expect(JSON.stringify(start)).toBe(frozen);
    expect(sameContent(next, start)).toBe(true);
  });

  it('replaces the whole tree (undo of a removal, or their version after a conflict)', () => {
    const removed = run([{ type: 'remove', id: 'p1' }]);
    expect(sameContent(carePlanEditorReducer(removed, { type: 'replace', content: plan() }), plan())).toBe(true);
  });
});

describe('editorContentErrors', () => {
  it('asks for a problem statement and for a modality on each intervention', () => {
    const next = run([
      { type: 'updateProblem', id: 'p2', changes: { clientStatement: '  ' } },
      { type: 'add', level: 'intervention', parentId: 'o1', id: 'i3' },
    ]);
    expect(editorContentErrors(next)).toEqual([
      { itemId: 'i3', field: 'modality', message: 'Problem 1, goal 1, objective 1, intervention 3 needs a modality.' },
      { itemId: 'p2', field: 'problem', message: "Problem 2 needs the client's words or the clinical formulation." },
    ]);
    expect(editorContentErrors(plan())).toEqual([]);
  });
});

describe('contentInputFromEditor', () => {
  it('keeps every id and turns an emptied date into null', () => {
    const input = contentInputFromEditor(run([{ type: 'updateObjective', id: 'o1', changes: { targetDate: '' } }]));
    expect(input.problems[0].goals[0].objectives[0]).toMatchObject({ id: 'o1', targetDate: null });
    expect(input.problems[0].goals[0].objectives[0].interventions.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(input.problems.map((p) => p.addressesDiagnosisCodes)).toEqual([['F10.20'], []]);
  });
});
