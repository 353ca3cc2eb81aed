import type { CarePlanContent } from './care-plan';
import { isActiveMentalHealth, isDualDiagnosis, normalizeIcd10Code, type DiagnosisStatus } from './diagnosis';

/**
 * Codes a plan actually works on: those named by a problem that holds at least one intervention
 * (a problem that names a diagnosis but plans nothing for it does not address it yet).
 */
export function diagnosisCodesAddressedByInterventions(content: CarePlanContent | null): Set<string> {
  const addressed = new Set<string>();
  for (const problem of content?.problems ?? []) {
    const hasIntervention = problem.goals.some((goal) => goal.objectives.some((objective) => objective.interventions.length > 0));
    if (!hasIntervention) continue;
    for (const code of problem.addressesDiagnosisCodes ?? []) addressed.add(normalizeIcd10Code(code));
  }
  return addressed;
}

export interface IntegratedCareGapResult {
  /** The active mental-health codes no intervention of the plan addresses, in the order given. */
  unaddressedMentalHealthCodes: string[];
  /** False when the client has no signed, active plan at all. */
  hasActivePlan: boolean;
}

/**
 * The integrated-care gap (ours): a dual-diagnosed client whose active care plan leaves an active
 * mental-health diagnosis without an intervention under a problem that names it. Each active
 * mental-health diagnosis must be addressed, so one treated diagnosis does not hide another.
 * Null when the client is not dual-diagnosed or every active mental-health diagnosis is addressed.
 */
export function integratedCareGap(
  diagnoses: ReadonlyArray<{ icd10Code: string; status: DiagnosisStatus }>,
  activePlan: CarePlanContent | null,
): IntegratedCareGapResult | null {
  if (!isDualDiagnosis(diagnoses)) return null;
  const addressed = diagnosisCodesAddressedByInterventions(activePlan);
  const mentalHealth = [...new Set(diagnoses.filter(isActiveMentalHealth).map((d) => normalizeIcd10Code(d.icd10Code)))];
  const unaddressed = mentalHealth.filter((code) => !addressed.has(code));
  return unaddressed.length === 0 ? null : { unaddressedMentalHealthCodes: unaddressed, hasActivePlan: activePlan !== null };
}

/** One line for the notice, naming the codes (with descriptions when known). */
export function integratedCareGapSummary(gap: IntegratedCareGapResult, describe: (code: string) => string | undefined = () => undefined): string {
  const named = gap.unaddressedMentalHealthCodes.map((code) => {
    const description = describe(code);
    return description ? `${code} ${description}` : code;
  });
  const list = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return gap.hasActivePlan
    ? `Dual diagnosis: no intervention in the active care plan addresses ${list}.`
    : `Dual diagnosis: there is no active care plan yet to address ${list}.`;
}
