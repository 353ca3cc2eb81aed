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
 * Dual diagnosis (co-occurring): at least one ACTIVE substance-use diagnosis other than nicotine
 * (F17) AND at least one ACTIVE mental-health diagnosis. Remission and resolved do not count.
 * The SQL twin of this rule is dualDiagnosisSql in libs/api/clients; tests keep them equal.
 */
export function isDualDiagnosis(diagnoses: ReadonlyArray<{ icd10Code: string; status: DiagnosisStatus }>): boolean {
  const active = diagnoses.filter((d) => d.status === DiagnosisStatus.ACTIVE);
  const substanceUse = active.some((d) => diagnosisCategory(d.icd10Code) === DiagnosisCategory.SUBSTANCE_USE && !isNicotineOnly(d.icd10Code));
  const mentalHealth = active.some((d) => diagnosisCategory(d.icd10Code) === DiagnosisCategory.MENTAL_HEALTH);
  return substanceUse && mentalHealth;
}

export interface DiagnosisCatalogEntry {
  code: string;
  description: string;
}

/** Common codes for pickers. Free entry of any well-shaped code stays possible. */
export const DIAGNOSIS_CATALOG: readonly DiagnosisCatalogEntry[] = [
  { code: 'F10.10', description: 'Alcohol abuse, uncomplicated' },
  { code: 'F10.20', description: 'Alcohol dependence, uncomplicated' },
  { code: 'F10.21', description: 'Alcohol dependence, in remission' },
  { code: 'F11.10', description: 'Opioid abuse, uncomplicated' },
  { code: 'F11.20', description: 'Opioid dependence, uncomplicated' },
  { code: 'F11.21', description: 'Opioid dependence, in remission' },
  { code: 'F12.10', description: 'Cannabis abuse, uncomplicated' },
  { code: 'F12.20', description: 'Cannabis dependence, uncomplicated' },
  { code: 'F13.20', description: 'Sedative, hypnotic or anxiolytic dependence, uncomplicated' },
  { code: 'F14.10', description: 'Cocaine abuse, uncomplicated' },
  { code: 'F14.20', description: 'Cocaine dependence, uncomplicated' },
  { code: 'F15.20', description: 'Other stimulant dependence, uncomplicated' },
  { code: 'F16.20', description: 'Hallucinogen dependence, uncomplicated' },
  { code: 'F17.210', description: 'Nicotine dependence, cigarettes, uncomplicated' },
  { code: 'F18.20', description: 'Inhalant dependence, uncomplicated' },
  { code: 'F19.20', description: 'Other psychoactive substance dependence, uncomplicated' },
  { code: 'F20.9', description: 'Schizophrenia, unspecified' },
  { code: 'F31.9', description: 'Bipolar disorder, unspecified' },
  { code: 'F32.1', description: 'Major depressive disorder, single episode, moderate' },
  { code: 'F32.9', description: 'Major depressive disorder, single episode, unspecified' },
  { code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' },
  { code: 'F41.0', description: 'Panic disorder' },
  { code: 'F41.1', description: 'Generalized anxiety disorder' },
  { code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
  { code: 'F43.12', description: 'Post-traumatic stress disorder, chronic' },
  { code: 'F60.3', description: 'Borderline personality disorder' },
  { code: 'F90.0', description: 'Attention-deficit hyperactivity disorder, predominantly inattentive type' },
];

export function searchDiagnosisCatalog(query: string, limit = 20): DiagnosisCatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return DIAGNOSIS_CATALOG.slice(0, limit);
  return DIAGNOSIS_CATALOG.filter((e) => e.code.toLowerCase().startsWith(q) || e.description.toLowerCase().includes(q)).slice(0, limit);
}
