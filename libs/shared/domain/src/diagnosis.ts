export enum DiagnosisStatus {
  ACTIVE = 'ACTIVE',
  IN_REMISSION = 'IN_REMISSION',
  RESOLVED = 'RESOLVED',
}

export const DIAGNOSIS_STATUS_LABELS: Record<DiagnosisStatus, string> = {
  [DiagnosisStatus.ACTIVE]: 'Active',
  [DiagnosisStatus.IN_REMISSION]: 'In remission',
  [DiagnosisStatus.RESOLVED]: 'Resolved',
};

/** Letter, two digits, then optionally a dot and up to four more characters (ICD-10-CM shape). */
export const ICD10_CM_PATTERN = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;

/** The longest description a diagnosis may carry (the API and the forms check the same limit). */
export const DIAGNOSIS_DESCRIPTION_MAX_LENGTH = 300;

/** Said the same way by the API's refusal and the form's field error. */
export const ICD10_CM_SHAPE_RULE = 'a letter, two digits, then optionally a dot and up to four letters or digits (like F10.20)';

export function normalizeIcd10Code(code: string): string {
  return code.trim().toUpperCase();
}

export function isIcd10CmShape(code: string): boolean {
  return ICD10_CM_PATTERN.test(normalizeIcd10Code(code));
}

export enum DiagnosisCategory {
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  OTHER = 'OTHER',
}

export const DIAGNOSIS_CATEGORY_LABELS: Record<DiagnosisCategory, string> = {
  [DiagnosisCategory.SUBSTANCE_USE]: 'Substance use',
  [DiagnosisCategory.MENTAL_HEALTH]: 'Mental health',
  [DiagnosisCategory.OTHER]: 'Other',
};

/** F10–F19 are substance-use disorders; every other F code is mental health. */
export function diagnosisCategory(code: string): DiagnosisCategory {
  const normalized = normalizeIcd10Code(code);
  if (!normalized.startsWith('F')) return DiagnosisCategory.OTHER;
  const block = Number(normalized.slice(1, 3));
  if (Number.isNaN(block)) return DiagnosisCategory.OTHER;
  return block >= 10 && block <= 19 ? DiagnosisCategory.SUBSTANCE_USE : DiagnosisCategory.MENTAL_HEALTH;
}

export function isNicotineOnly(code: string): boolean {
  return normalizeIcd10Code(code).startsWith('F17');
}

/**
 * ICD-10-CM codes whose own title says "in remission", so the code itself records the remission
 * whatever status a user gave it:
 * - substance use F10–F19 except nicotine: F1x.11 abuse, in remission; F1x.21 dependence, in
 *   remission; F1x.91 use, unspecified, in remission (F17 is left out here because F17.21 means
 *   "cigarettes", not remission);
 * - nicotine F17.201, F17.211, F17.221, F17.291 (dependence on a tobacco product, in remission);
 * - bipolar disorder, currently in remission: F31.7 and F31.70–F31.78;
 * - major depressive disorder, single episode in partial (F32.4) or full (F32.5) remission, and
 *   recurrent in remission: F33.4, F33.40 (unspecified), F33.41 (partial), F33.42 (full).
 * Written in the common subset of JavaScript and PostgreSQL regular expressions: the SQL twin
 * (dualDiagnosisSql) uses this very pattern, so both sides read a code the same way.
 */
export const ICD10_REMISSION_PATTERN = /^(F1[0-689]\.[129]1|F17\.2[0129]1|F31\.7[0-8]?|F32\.[45]|F33\.4[0-2]?)$/;

/** True when the code's own ICD-10-CM title says "in remission" (F10.21, F11.11, F32.5, F33.41…). */
export function isRemissionCode(code: string): boolean {
  return ICD10_REMISSION_PATTERN.test(normalizeIcd10Code(code));
}

/**
 * The status the clinical rules use: a code that itself says "in remission" counts as in
 * remission even when its status field says ACTIVE (a resolved diagnosis stays resolved).
 */
export function effectiveDiagnosisStatus(diagnosis: { icd10Code: string; status: DiagnosisStatus }): DiagnosisStatus {
  if (diagnosis.status === DiagnosisStatus.ACTIVE && isRemissionCode(diagnosis.icd10Code)) return DiagnosisStatus.IN_REMISSION;
  return diagnosis.status;
}

/** Active for the clinical rules: status ACTIVE and a code that does not say "in remission". */
export function countsAsActiveDiagnosis(diagnosis: { icd10Code: string; status: DiagnosisStatus }): boolean {
  return effectiveDiagnosisStatus(diagnosis) === DiagnosisStatus.ACTIVE;
}

/** An active substance-use diagnosis that counts towards a dual diagnosis (nicotine alone does not). */
export function isActiveNonNicotineSubstanceUse(diagnosis: { icd10Code: string; status: DiagnosisStatus }): boolean {
  return (
    countsAsActiveDiagnosis(diagnosis) &&
    diagnosisCategory(diagnosis.icd10Code) === DiagnosisCategory.SUBSTANCE_USE &&
    !isNicotineOnly(diagnosis.icd10Code)
  );
}

/** An active mental-health diagnosis (any F code outside F10–F19, not coded as in remission). */
export function isActiveMentalHealth(diagnosis: { icd10Code: string; status: DiagnosisStatus }): boolean {
  return countsAsActiveDiagnosis(diagnosis) && diagnosisCategory(diagnosis.icd10Code) === DiagnosisCategory.MENTAL_HEALTH;
}

/**
 * Dual diagnosis (co-occurring): at least one active substance-use diagnosis other than nicotine
 * (F17) AND at least one active mental-health diagnosis. Active means status ACTIVE and a code
 * that does not itself say "in remission" (F10.21 recorded as ACTIVE is still in remission).
 * The SQL twin of this rule is dualDiagnosisSql in libs/api/clients; tests keep them equal.
 */
export function isDualDiagnosis(diagnoses: ReadonlyArray<{ icd10Code: string; status: DiagnosisStatus }>): boolean {
  return diagnoses.some(isActiveNonNicotineSubstanceUse) && diagnoses.some(isActiveMentalHealth);
}

export interface DiagnosisCatalogEntry {
  code: string;
  description: string;
}

/** Common codes for pickers. Free entry of any well-shaped code stays possible. */
export const DIAGNOSIS_CATALOG: readonly DiagnosisCatalogEntry[] = [
  { code: 'F10.10', description: 'Alcohol abuse, uncomplicated' },
  { code: 'F10.20', description: 'Alcohol dependence, uncomplicated' },
  { code: 'F10.11', description: 'Alcohol abuse, in remission' },
  { code: 'F10.21', description: 'Alcohol dependence, in remission' },
  { code: 'F11.10', description: 'Opioid abuse, uncomplicated' },
  { code: 'F11.20', description: 'Opioid dependence, uncomplicated' },
  { code: 'F11.21', description: 'Opioid dependence, in remission' },
  { code: 'F12.10', description: 'Cannabis abuse, uncomplicated' },
  { code: 'F12.20', description: 'Cannabis dependence, uncomplicated' },
  { code: 'F13.20', description: 'Sedative, hypnotic or anxiolytic dependence, uncomplicated' },
  { code: 'F14.10', description: 'Cocaine abuse, uncomplicated' },
  { code: 'F14.20', description: 'Cocaine dependence, uncomplicated' },
  { code: 'F14.21', description: 'Cocaine dependence, in remission' },
  { code: 'F15.20', description: 'Other stimulant dependence, uncomplicated' },
  { code: 'F16.20', description: 'Hallucinogen dependence, uncomplicated' },
  { code: 'F17.210', description: 'Nicotine dependence, cigarettes, uncomplicated' },
  { code: 'F18.20', description: 'Inhalant dependence, uncomplicated' },
  { code: 'F19.20', description: 'Other psychoactive substance dependence, uncomplicated' },
  { code: 'F20.9', description: 'Schizophrenia, unspecified' },
  { code: 'F31.9', description: 'Bipolar disorder, unspecified' },
  { code: 'F32.1', description: 'Major depressive disorder, single episode, moderate' },
  { code: 'F32.4', description: 'Major depressive disorder, single episode, in partial remission' },
  { code: 'F32.5', description: 'Major depressive disorder, single episode, in full remission' },
  { code: 'F32.9', description: 'Major depressive disorder, single episode, unspecified' },
  { code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' },
  { code: 'F33.41', description: 'Major depressive disorder, recurrent, in partial remission' },
  { code: 'F33.42', description: 'Major depressive disorder, recurrent, in full remission' },
  { code: 'F41.0', description: 'Panic disorder' },
  { code: 'F41.1', description: 'Generalized anxiety disorder' },
  { code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
  { code: 'F43.12', description: 'Post-traumatic stress disorder, chronic' },
  { code: 'F60.3', description: 'Borderline personality disorder' },
  { code: 'F90.0', description: 'Attention-deficit hyperactivity disorder, predominantly inattentive type' },
];

/** The catalog entry for a code, if the built-in catalog has it (the API then fills in the description). */
export function diagnosisCatalogEntry(code: string): DiagnosisCatalogEntry | undefined {
  const normalized = normalizeIcd10Code(code);
  return DIAGNOSIS_CATALOG.find((entry) => entry.code === normalized);
}

export function searchDiagnosisCatalog(query: string, limit = 20): DiagnosisCatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return DIAGNOSIS_CATALOG.slice(0, limit);
  return DIAGNOSIS_CATALOG.filter((e) => e.code.toLowerCase().startsWith(q) || e.description.toLowerCase().includes(q)).slice(0, limit);
}
