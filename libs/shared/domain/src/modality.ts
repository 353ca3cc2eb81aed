/** Therapy modalities an intervention is delivered in. */
export enum Modality {
  CBT = 'CBT',
  DBT = 'DBT',
  MI = 'MI',
  FAMILY_THERAPY = 'FAMILY_THERAPY',
  TWELVE_STEP_FACILITATION = 'TWELVE_STEP_FACILITATION',
  CONTINGENCY_MANAGEMENT = 'CONTINGENCY_MANAGEMENT',
  MEDICATION_FOR_ADDICTION_TREATMENT = 'MEDICATION_FOR_ADDICTION_TREATMENT',
  TRAUMA_INFORMED = 'TRAUMA_INFORMED',
  PEER_RECOVERY_SUPPORT = 'PEER_RECOVERY_SUPPORT',
  RELAPSE_PREVENTION = 'RELAPSE_PREVENTION',
  OTHER = 'OTHER',
}

export const MODALITY_LABELS: Record<Modality, string> = {
  [Modality.CBT]: 'Cognitive behavioral therapy (CBT)',
  [Modality.DBT]: 'Dialectical behavior therapy (DBT)',
  [Modality.MI]: 'Motivational interviewing (MI)',
  [Modality.FAMILY_THERAPY]: 'Family therapy',
  [Modality.TWELVE_STEP_FACILITATION]: 'Twelve-step facilitation',
  [Modality.CONTINGENCY_MANAGEMENT]: 'Contingency management',
  [Modality.MEDICATION_FOR_ADDICTION_TREATMENT]: 'Medication for addiction treatment (MAT)',
  [Modality.TRAUMA_INFORMED]: 'Trauma-informed care',
  [Modality.PEER_RECOVERY_SUPPORT]: 'Peer recovery support',
  [Modality.RELAPSE_PREVENTION]: 'Relapse prevention',
  [Modality.OTHER]: 'Other',
};
