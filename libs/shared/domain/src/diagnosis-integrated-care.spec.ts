import { type CarePlanContent, type CarePlanProblem, ObjectiveStatus } from './care-plan';
import { DiagnosisStatus } from './diagnosis';
import { diagnosisCodesAddressedByInterventions, integratedCareGap, integratedCareGapSummary } from './diagnosis-integrated-care';
import { Modality } from './modality';

const { ACTIVE, IN_REMISSION, RESOLVED } = DiagnosisStatus;
const dx = (icd10Code: string, status: DiagnosisStatus = ACTIVE) => ({ icd10Code, status });

let nextId = 0;
const problem = (codes: string[] | undefined, interventions = 1): CarePlanProblem => ({
  id: `p${++nextId}`,
  clientStatement: 'I feel on edge all the time',
  clinicalDescription: '',
  ...(codes ? { addressesDiagnosisCodes: codes } : {}),
  goals: [
    {
      id: `g${nextId}`,
      description: 'Manage anxiety without drinking',
      objectives: [
        {
          id: `o${nextId}`,
          description: 'Use a grounding skill when anxious, 5 of 7 days',
          targetDate: '2026-12-01',
          status: ObjectiveStatus.IN_PROGRESS,
          interventions: Array.from({ length: interventions }, (_, i) => ({
            id: `i${nextId}-${i}`,
            description: 'CBT for anxiety',
            frequency: 'weekly',
            responsibleStaffId: null,
            modality: Modality.CBT,
          })),
        },
      ],
    },
  ],
});
const plan = (...problems: CarePlanProblem[]): CarePlanContent => ({ problems });

describe('diagnoses a plan addresses', () => {
  it('counts the codes of problems that hold an intervention, upper-cased', () => {
    expect([...diagnosisCodesAddressedByInterventions(plan(problem(['f41.1']), problem(['F10.20'])))]).toEqual(['F41.1', 'F10.20']);
  });

  it('does not count a problem that names a diagnosis but plans no intervention', () => {
    expect(diagnosisCodesAddressedByInterventions(plan(problem(['F41.1'], 0))).size).toBe(0);
  });

  it('reads a plan written before problems named diagnoses as addressing none', () => {
    expect(diagnosisCodesAddressedByInterventions(plan(problem(undefined))).size).toBe(0);
    expect(diagnosisCodesAddressedByInterventions(null).size).toBe(0);
  });
});

describe('the integrated-care gap', () => {
  const dual = [dx('F10.20'), dx('F41.1')];

  it('is null for a client who is not dual-diagnosed', () => {
    expect(integratedCareGap([dx('F10.20')], null)).toBeNull();
    expect(integratedCareGap([dx('F10.21'), dx('F41.1')], null)).toBeNull();
  });

  it('names the mental-health diagnosis when the active plan addresses only the substance use', () => {
    expect(integratedCareGap(dual, plan(problem(['F10.20'])))).toEqual({ unaddressedMentalHealthCodes: ['F41.1'], hasActivePlan: true });
  });

  it('names every active mental-health diagnosis when there is no active plan', () => {
    expect(integratedCareGap([...dual, dx('F43.10')], null)).toEqual({ unaddressedMentalHealthCodes: ['F41.1', 'F43.10'], hasActivePlan: false });
  });

  it('clears when a problem with an intervention addresses the mental-health diagnosis', () => {
    expect(integratedCareGap(dual, plan(problem(['F10.20', 'F41.1'])))).toBeNull();
  });

  it('stays open while a problem names the diagnosis without an intervention', () => {
    expect(integratedCareGap(dual, plan(problem(['F41.1'], 0)))).toEqual({ unaddressedMentalHealthCodes: ['F41.1'], hasActivePlan: true });
  });

  it('leaves out mental-health diagnoses that are resolved, in remission, or coded as in remission', () => {
    const diagnoses = [...dual, dx('F33.1', RESOLVED), dx('F43.10', IN_REMISSION), dx('F32.5', ACTIVE)];
    expect(integratedCareGap(diagnoses, plan(problem(['F10.20'])))?.unaddressedMentalHealthCodes).toEqual(['F41.1']);
  });

  it('keeps one unaddressed diagnosis open when another is addressed', () => {
    const gap = integratedCareGap([...dual, dx('F43.10')], plan(problem(['F41.1'])));
    expect(gap?.unaddressedMentalHealthCodes).toEqual(['F43.10']);
  });

  it('says what is missing in one line', () => {
    const describe = (code: string) => (code === 'F41.1' ? 'Generalized anxiety disorder' : undefined);
    expect(integratedCareGapSummary({ unaddressedMentalHealthCodes: ['F41.1'], hasActivePlan: true }, describe)).toBe(
      'Dual diagnosis: no intervention in the active care plan addresses F41.1 Generalized anxiety disorder.',
    );
    expect(integratedCareGapSummary({ unaddressedMentalHealthCodes: ['F41.1', 'F43.10', 'F33.1'], hasActivePlan: false })).toBe(
      'Dual diagnosis: there is no active care plan yet to address F41.1, F43.10 and F33.1.',
    );
  });
});
