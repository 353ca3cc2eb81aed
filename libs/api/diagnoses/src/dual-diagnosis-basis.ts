import { isActiveMentalHealth, isActiveNonNicotineSubstanceUse, isDualDiagnosis, type DiagnosisStatus } from '@carecircle/shared/domain';

/**
 * The codes that make a client dual-diagnosed: every active non-nicotine substance-use code and
 * every active mental-health code (status ACTIVE and not coded "in remission"), in the order given;
 * empty when `isDualDiagnosis` is false.
 */
export function dualDiagnosisBasis(diagnoses: ReadonlyArray<{ icd10Code: string; status: DiagnosisStatus }>): string[] {
  if (!isDualDiagnosis(diagnoses)) return [];
  const codes = diagnoses.filter((d) => isActiveNonNicotineSubstanceUse(d) || isActiveMentalHealth(d)).map((d) => d.icd10Code);
  return [...new Set(codes)];
}
