import {
  DIAGNOSIS_CATALOG,
  DiagnosisCategory,
  DiagnosisStatus,
  countsAsActiveDiagnosis,
  diagnosisCategory,
  effectiveDiagnosisStatus,
  isDualDiagnosis,
  isRemissionCode,
  isIcd10CmShape,
  normalizeIcd10Code,
  searchDiagnosisCatalog,
} from './diagnosis';

const { ACTIVE, IN_REMISSION, RESOLVED } = DiagnosisStatus;
const dx = (icd10Code: string, status: DiagnosisStatus = ACTIVE) => ({ icd10Code, status });

describe('ICD-10-CM code shape', () => {
  it('accepts a letter, two digits and an optional dot with up to four more characters', () => {
    expect(isIcd10CmShape('F10.20')).toBe(true);
    expect(isIcd10CmShape('F41')).toBe(true);
    expect(isIcd10CmShape('F17.210')).toBe(true);
    expect(isIcd10CmShape('T40.2X1A')).toBe(true);
  });

  it('accepts lower case and surrounding spaces, normalizing to upper case', () => {
    expect(isIcd10CmShape('f41.1')).toBe(true);
    expect(normalizeIcd10Code(' f41.1 ')).toBe('F41.1');
  });

  it('refuses codes that are too short, too long or not codes at all', () => {
    expect(isIcd10CmShape('F1')).toBe(false);
    expect(isIcd10CmShape('F10.12345')).toBe(false);
    expect(isIcd10CmShape('Z')).toBe(false);
    expect(isIcd10CmShape('F10.')).toBe(false);
    expect(isIcd10CmShape('10.20')).toBe(false);
    expect(isIcd10CmShape('')).toBe(false);
  });
});

describe('diagnosis categories', () => {
  it('puts F10 through F19 in substance use, nicotine included', () => {
    expect(diagnosisCategory('F10.20')).toBe(DiagnosisCategory.SUBSTANCE_USE);
    expect(diagnosisCategory('F17.210')).toBe(DiagnosisCategory.SUBSTANCE_USE);
    expect(diagnosisCategory('F19.20')).toBe(DiagnosisCategory.SUBSTANCE_USE);
  });

  it('puts every other F code in mental health, on both sides of the substance-use block', () => {
    expect(diagnosisCategory('F09')).toBe(DiagnosisCategory.MENTAL_HEALTH);
    expect(diagnosisCategory('F20.9')).toBe(DiagnosisCategory.MENTAL_HEALTH);
    expect(diagnosisCategory('f41.1')).toBe(DiagnosisCategory.MENTAL_HEALTH);
    expect(diagnosisCategory('F43.10')).toBe(DiagnosisCategory.MENTAL_HEALTH);
  });

  it('puts codes outside chapter F in other', () => {
    expect(diagnosisCategory('E11.9')).toBe(DiagnosisCategory.OTHER);
    expect(diagnosisCategory('Z71.41')).toBe(DiagnosisCategory.OTHER);
  });
});

describe('dual diagnosis (DOMAIN.md: active SUD other than F17 alone AND active mental health)', () => {
  it('is not dual with nicotine as the only substance-use diagnosis', () => {
    expect(isDualDiagnosis([dx('F17.210'), dx('F32.1')])).toBe(false);
  });

  it('is dual with alcohol dependence and generalized anxiety', () => {
    expect(isDualDiagnosis([dx('F10.20'), dx('F41.1')])).toBe(true);
  });

  it('is dual when nicotine comes with another substance-use diagnosis', () => {
    expect(isDualDiagnosis([dx('F17.210'), dx('F11.20'), dx('F33.1')])).toBe(true);
  });

  it('ignores a resolved substance-use diagnosis', () => {
    expect(isDualDiagnosis([dx('F10.20', RESOLVED), dx('F41.1')])).toBe(false);
  });

  it('ignores a resolved mental-health diagnosis', () => {
    expect(isDualDiagnosis([dx('F10.20'), dx('F41.1', RESOLVED)])).toBe(false);
  });

  it('ignores a substance-use diagnosis in remission, since only active ones count', () => {
    expect(isDualDiagnosis([dx('F10.20', IN_REMISSION), dx('F41.1')])).toBe(false);
  });

  it('is not dual with substance-use diagnoses only', () => {
    expect(isDualDiagnosis([dx('F10.20'), dx('F11.20')])).toBe(false);
  });

  it('is not dual with mental-health diagnoses only', () => {
    expect(isDualDiagnosis([dx('F41.1'), dx('F33.1')])).toBe(false);
  });

  it('is not dual with no diagnoses, or with codes outside chapter F', () => {
    expect(isDualDiagnosis([])).toBe(false);
    expect(isDualDiagnosis([dx('F10.20'), dx('E11.9')])).toBe(false);
  });

  it('reads lower-case codes the same way', () => {
    expect(isDualDiagnosis([dx('f10.20'), dx('f41.1')])).toBe(true);
  });
});

describe('codes that themselves say "in remission"', () => {
  it('reads the substance-use abuse, dependence and use "in remission" codes as remission', () => {
    for (const code of ['F10.11', 'F10.21', 'F10.91', 'F11.11', 'F11.21', 'F11.91', 'F12.21', 'F13.11', 'F14.21', 'F15.21', 'F16.11', 'F18.21', 'F19.21', 'f19.91']) {
      expect({ code, remission: isRemissionCode(code) }).toEqual({ code, remission: true });
    }
  });

  it('reads nicotine dependence in remission (F17.2x1) as remission, but not F17.21 (cigarettes)', () => {
    for (const code of ['F17.201', 'F17.211', 'F17.221', 'F17.291']) expect(isRemissionCode(code)).toBe(true);
    for (const code of ['F17.21', 'F17.210', 'F17.200', 'F17.290']) expect(isRemissionCode(code)).toBe(false);
  });

  it('reads depression and bipolar disorder in partial or full remission as remission', () => {
    for (const code of ['F32.4', 'F32.5', 'F33.4', 'F33.40', 'F33.41', 'F33.42', 'F31.7', 'F31.70', 'F31.74', 'F31.78']) {
      expect({ code, remission: isRemissionCode(code) }).toEqual({ code, remission: true });
    }
  });

  it('does not read other codes with a 1 in the same place as remission', () => {
    const notRemission = ['F10.20', 'F10.10', 'F10.121', 'F10.211', 'F11.210', 'F11.22', 'F32.1', 'F32.9', 'F33.1', 'F33.43', 'F33.8', 'F31.79', 'F31.9', 'F41.1', 'F43.10', 'Z71.41'];
    for (const code of notRemission) expect({ code, remission: isRemissionCode(code) }).toEqual({ code, remission: false });
  });

  it('counts a remission code as in remission whatever its status field says, and keeps resolved as resolved', () => {
    expect(effectiveDiagnosisStatus(dx('F10.21', ACTIVE))).toBe(IN_REMISSION);
    expect(effectiveDiagnosisStatus(dx('F10.21', RESOLVED))).toBe(RESOLVED);
    expect(effectiveDiagnosisStatus(dx('F10.20', ACTIVE))).toBe(ACTIVE);
    expect(countsAsActiveDiagnosis(dx('F32.5', ACTIVE))).toBe(false);
    expect(countsAsActiveDiagnosis(dx('F32.1', ACTIVE))).toBe(true);
  });

  it('does not make a client dual on a substance-use code in remission recorded as ACTIVE', () => {
    expect(isDualDiagnosis([dx('F10.21'), dx('F41.1')])).toBe(false);
    expect(isDualDiagnosis([dx('F11.11'), dx('F33.1')])).toBe(false);
    expect(isDualDiagnosis([dx('F12.91'), dx('F33.1')])).toBe(false);
  });

  it('does not make a client dual on a depression code in remission recorded as ACTIVE', () => {
    expect(isDualDiagnosis([dx('F10.20'), dx('F32.4')])).toBe(false);
    expect(isDualDiagnosis([dx('F10.20'), dx('F33.42')])).toBe(false);
    expect(isDualDiagnosis([dx('F10.20'), dx('F31.71')])).toBe(false);
  });

  it('is still dual when another active diagnosis of the same kind remains', () => {
    expect(isDualDiagnosis([dx('F10.21'), dx('F14.20'), dx('F41.1')])).toBe(true);
    expect(isDualDiagnosis([dx('F10.20'), dx('F32.5'), dx('F43.10')])).toBe(true);
  });
});

describe('the diagnosis catalog', () => {
  it('holds only well-shaped, normalized codes, each once', () => {
    for (const entry of DIAGNOSIS_CATALOG) expect(normalizeIcd10Code(entry.code)).toBe(entry.code);
    expect(DIAGNOSIS_CATALOG.every((entry) => isIcd10CmShape(entry.code))).toBe(true);
    expect(new Set(DIAGNOSIS_CATALOG.map((entry) => entry.code)).size).toBe(DIAGNOSIS_CATALOG.length);
  });

  it('finds entries by code prefix or by words of the description', () => {
    expect(searchDiagnosisCatalog('f41').map((e) => e.code)).toEqual(['F41.0', 'F41.1']);
    expect(searchDiagnosisCatalog('anxiety').map((e) => e.code)).toEqual(['F41.1']);
    expect(searchDiagnosisCatalog('opioid', 2)).toHaveLength(2);
  });
});
