import { DiagnosisStatus } from '@carecircle/shared/domain';
import { dualDiagnosisBasis } from './dual-diagnosis-basis';

const active = (icd10Code: string) => ({ icd10Code, status: DiagnosisStatus.ACTIVE });

describe('the codes behind a dual diagnosis', () => {
  it('names the active substance-use and mental-health codes but not nicotine', () => {
    expect(dualDiagnosisBasis([active('F17.210'), active('F11.20'), active('F33.1')])).toEqual(['F11.20', 'F33.1']);
  });

  it('leaves out codes that are not active and codes outside chapter F', () => {
    const diagnoses = [active('F10.20'), { icd10Code: 'F12.20', status: DiagnosisStatus.RESOLVED }, active('F41.1'), active('E11.9')];
    expect(dualDiagnosisBasis(diagnoses)).toEqual(['F10.20', 'F41.1']);
  });

  it('is empty when the client is not dual-diagnosed', () => {
    expect(dualDiagnosisBasis([active('F17.210'), active('F32.1')])).toEqual([]);
    expect(dualDiagnosisBasis([])).toEqual([]);
  });

  it('leaves out codes that themselves say "in remission", even recorded as ACTIVE', () => {
    expect(dualDiagnosisBasis([active('F10.21'), active('F14.20'), active('F32.5'), active('F41.1')])).toEqual(['F14.20', 'F41.1']);
    expect(dualDiagnosisBasis([active('F10.21'), active('F41.1')])).toEqual([]);
  });
});
