import { Modality, ObjectiveStatus, type CarePlanContent } from '@carecircle/shared/domain';
import { carePlanContentFor } from './care-plan-visibility';

const PEER = 'peer-1';

function intervention(id: string, responsibleStaffId: string | null) {
  return { id, description: `Intervention ${id}`, frequency: 'weekly', responsibleStaffId, modality: Modality.PEER_RECOVERY_SUPPORT };
}

const content: CarePlanContent = {
  problems: [
    {
      id: 'p1',
      clientStatement: 'I drink when I am lonely',
      clinicalDescription: 'Alcohol use disorder, moderate',
      addressesDiagnosisCodes: ['F10.20'],
      goals: [
        {
          id: 'g1',
          description: 'Build a sober network',
          objectives: [
            { id: 'o1', description: 'Go to 3 meetings a week', targetDate: '2026-12-01', status: ObjectiveStatus.IN_PROGRESS, interventions: [intervention('i1', PEER), intervention('i2', 'counselor-1')] },
            { id: 'o2', description: 'Reduce drinking days', targetDate: null, status: ObjectiveStatus.NOT_STARTED, interventions: [intervention('i3', 'counselor-1')] },
          ],
        },
        { id: 'g2', description: 'Manage cravings', objectives: [{ id: 'o3', description: 'Urge surfing', targetDate: null, status: ObjectiveStatus.MET, interventions: [intervention('i4', null)] }] },
      ],
    },
    {
      id: 'p2',
      clientStatement: 'Nightmares',
      clinicalDescription: 'PTSD symptoms',
      addressesDiagnosisCodes: ['F43.10'],
      goals: [{ id: 'g3', description: 'Sleep through', objectives: [{ id: 'o4', description: 'Trauma work', targetDate: null, status: ObjectiveStatus.NOT_STARTED, interventions: [intervention('i5', 'counselor-1')] }] }],
    },
  ],
};

describe('what a viewer sees of a care plan', () => {
  it('shows the whole plan to a viewer the disclosure policy always allows it (counselors and supervisors), whatever their interventions', () => {
    const view = carePlanContentFor(content, { staffId: 'someone', mayDiscloseWholePlan: true });
    expect(view.partial).toBe(false);
    expect(view.problems).toEqual(content.problems);
  });

  it('shows a peer only goals holding their interventions, only those interventions, and no problem wording', () => {
    const view = carePlanContentFor(content, { staffId: PEER, mayDiscloseWholePlan: false });
    expect(view.partial).toBe(true);
    expect(view.problems).toEqual([
      {
        id: 'p1',
        clientStatement: null,
        clinicalDescription: null,
        addressesDiagnosisCodes: null,
        goals: [
          {
            id: 'g1',
            description: 'Build a sober network',
            objectives: [{ id: 'o1', description: 'Go to 3 meetings a week', targetDate: '2026-12-01', status: ObjectiveStatus.IN_PROGRESS, interventions: [intervention('i1', PEER)] }],
          },
        ],
      },
    ]);
  });

  it('shows a peer nothing of a plan in which they carry out no intervention', () => {
    const view = carePlanContentFor(content, { staffId: 'another-peer', mayDiscloseWholePlan: false });
    expect(view.problems).toEqual([]);
  });

  it('shows a peer the whole plan when the disclosure policy allows it (the client consented to share it with the peer support team)', () => {
    const view = carePlanContentFor(content, { staffId: PEER, mayDiscloseWholePlan: true });
    expect(view.partial).toBe(false);
    expect(view.problems[1]?.clinicalDescription).toBe('PTSD symptoms');
    expect(view.problems).toEqual(content.problems);
  });

  it('does not change the stored plan', () => {
    const before = JSON.stringify(content);
    carePlanContentFor(content, { staffId: PEER, mayDiscloseWholePlan: false });
    expect(JSON.stringify(content)).toBe(before);
  });
});
