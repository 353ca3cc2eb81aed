/** ASAM Criteria (3rd edition) levels of care. */
export enum LevelOfCare {
  EARLY_INTERVENTION_0_5 = 'EARLY_INTERVENTION_0_5',
  OUTPATIENT_1 = 'OUTPATIENT_1',
  INTENSIVE_OUTPATIENT_2_1 = 'INTENSIVE_OUTPATIENT_2_1',
  PARTIAL_HOSPITALIZATION_2_5 = 'PARTIAL_HOSPITALIZATION_2_5',
  LOW_INTENSITY_RESIDENTIAL_3_1 = 'LOW_INTENSITY_RESIDENTIAL_3_1',
  POPULATION_SPECIFIC_RESIDENTIAL_3_3 = 'POPULATION_SPECIFIC_RESIDENTIAL_3_3',
  HIGH_INTENSITY_RESIDENTIAL_3_5 = 'HIGH_INTENSITY_RESIDENTIAL_3_5',
  MEDICALLY_MONITORED_INPATIENT_3_7 = 'MEDICALLY_MONITORED_INPATIENT_3_7',
  MEDICALLY_MANAGED_INPATIENT_4 = 'MEDICALLY_MANAGED_INPATIENT_4',
}

export interface LevelOfCareInfo {
  asamCode: string;
  label: string;
  residential: boolean;
}

export const LEVELS_OF_CARE: Record<LevelOfCare, LevelOfCareInfo> = {
  [LevelOfCare.EARLY_INTERVENTION_0_5]: { asamCode: '0.5', label: 'Early intervention', residential: false },
  [LevelOfCare.OUTPATIENT_1]: { asamCode: '1', label: 'Outpatient', residential: false },
  [LevelOfCare.INTENSIVE_OUTPATIENT_2_1]: { asamCode: '2.1', label: 'Intensive outpatient', residential: false },
  [LevelOfCare.PARTIAL_HOSPITALIZATION_2_5]: { asamCode: '2.5', label: 'Partial hospitalization', residential: false },
  [LevelOfCare.LOW_INTENSITY_RESIDENTIAL_3_1]: {
    asamCode: '3.1',
    label: 'Clinically managed low-intensity residential',
    residential: true,
  },
  [LevelOfCare.POPULATION_SPECIFIC_RESIDENTIAL_3_3]: {
    asamCode: '3.3',
    label: 'Clinically managed population-specific high-intensity residential',
    residential: true,
  },
  [LevelOfCare.HIGH_INTENSITY_RESIDENTIAL_3_5]: {
    asamCode: '3.5',
    label: 'Clinically managed high-intensity residential',
    residential: true,
  },
  [LevelOfCare.MEDICALLY_MONITORED_INPATIENT_3_7]: {
    asamCode: '3.7',
    label: 'Medically monitored intensive inpatient',
    residential: true,
  },
  [LevelOfCare.MEDICALLY_MANAGED_INPATIENT_4]: {
    asamCode: '4',
    label: 'Medically managed intensive inpatient',
    residential: true,
  },
};

/** "ASAM 2.1 · Intensive outpatient": the short form counselors say out loud. */
export function describeLevelOfCare(level: LevelOfCare): string {
  const info = LEVELS_OF_CARE[level];
  return `ASAM ${info.asamCode} · ${info.label}`;
}
