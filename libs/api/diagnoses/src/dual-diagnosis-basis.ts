import {
  DiagnosisCategory,
  DiagnosisStatus,
  diagnosisCategory,
  isDualDiagnosis,
  isNicotineOnly,
} from '@carecircle/shared/domain';

/**
 * The codes that make a client dual-diagnosed: every ACTIVE non-nicotine substance-use code and
 * every ACTIVE mental-health code, in the order given; empty when `isDualDiagnosis` is false.
 */
export function dualDiagnosisBasis(diagnoses: ReadonlyArray<{ icd10Code: string; status: DiagnosisStatus }>): string[] {
  if (!isDualDiagnosis(diagnoses)) return [];
  const counts = (code: string) => {
    const category = diagnosisCategory(code);
    return category === DiagnosisCategory.MENTAL_HEALTH || (category === DiagnosisCategory.SUBSTANCE_USE && !isNicotineOnly(code));
  };
  const codes = diagnoses.filter((d) => d.status === DiagnosisStatus.ACTIVE && counts(d.icd10Code)).map((d) => d.icd10Code);
  return [...new Set(codes)];
}
