import { Modality, SupportRelationship } from '@carecircle/shared/domain';

/** Synthetic clinical wording for the demo. No real person's record is behind any of it. */
export interface SubstanceProfile {
  code: string;
  description: string;
  problem: { clientStatement: string; clinicalDescription: string };
}

export const SUBSTANCE_PROFILES: readonly SubstanceProfile[] = [
  {
    code: 'F10.20',
    description: 'Alcohol dependence, uncomplicated',
    problem: {
      clientStatement: 'I drink to switch off after work and then I can’t stop.',
      clinicalDescription: 'Alcohol use disorder, moderate; drinking cued by occupational stress and evening routine.',
    },
  },
  {
    code: 'F11.20',
    description: 'Opioid dependence, uncomplicated',
    problem: {
      clientStatement: 'I started with pills after my back surgery and now I need them to feel normal.',
      clinicalDescription: 'Opioid use disorder, moderate; onset after prescribed analgesia, withdrawal-driven use.',
    },
  },
  {
    code: 'F14.20',
    description: 'Cocaine dependence, uncomplicated',
    problem: {
      clientStatement: 'Weekends turn into three-day binges and I miss Monday.',
      clinicalDescription: 'Stimulant (cocaine) use disorder, moderate; binge pattern linked to social settings.',
    },
  },
  {
    code: 'F12.20',
    description: 'Cannabis dependence, uncomplicated',
    problem: {
      clientStatement: 'I smoke all day and I’ve stopped doing anything else.',
      clinicalDescription: 'Cannabis use disorder, moderate; daily use with loss of roles and motivation.',
    },
  },
  {
    code: 'F15.20',
    description: 'Other stimulant dependence, uncomplicated',
    problem: {
      clientStatement: 'Meth keeps me going on double shifts, then I crash hard.',
      clinicalDescription: 'Stimulant (methamphetamine) use disorder; use tied to work hours and sleep loss.',
    },
  },
];

export const MENTAL_HEALTH_DIAGNOSES = [
  { code: 'F32.1', description: 'Major depressive disorder, single episode, moderate' },
  { code: 'F41.1', description: 'Generalized anxiety disorder' },
  { code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
  { code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' },
  { code: 'F31.9', description: 'Bipolar disorder, unspecified' },
] as const;

export const GOALS = [
  'Stay abstinent and build a routine that supports recovery',
  'Manage cravings without using',
  'Rebuild trust with family',
  'Return to stable work',
  'Improve mood and sleep',
  'Connect with a recovery community',
] as const;

export const OBJECTIVES = [
  'Attend at least 3 mutual-aid meetings a week for 8 weeks',
  'Identify 5 personal triggers and a coping plan for each',
  'Complete a daily check-in on at least 5 days a week',
  'Reduce PHQ-9 score by 5 points',
  'Hold one family session a month with a supportive family member',
  'Keep all medication appointments for 12 weeks',
  'Practise one distress-tolerance skill when cravings exceed 6/10',
] as const;

export const INTERVENTIONS: ReadonlyArray<{ description: string; frequency: string; modality: Modality; byPeer?: boolean }> = [
  { description: 'Weekly CBT session on triggers and thought records', frequency: 'Weekly', modality: Modality.CBT },
  { description: 'DBT skills group: distress tolerance and emotion regulation', frequency: 'Twice a week', modality: Modality.DBT },
  { description: 'Motivational interviewing check on goals and ambivalence', frequency: 'Every two weeks', modality: Modality.MI },
  { description: 'Family therapy session with supportive family members', frequency: 'Monthly', modality: Modality.FAMILY_THERAPY },
  { description: 'Twelve-step facilitation and sponsor linkage', frequency: 'Weekly', modality: Modality.TWELVE_STEP_FACILITATION },
  { description: 'Contingency management: vouchers for negative screens', frequency: 'Twice a week', modality: Modality.CONTINGENCY_MANAGEMENT },
  { description: 'Medication management for opioid use disorder (buprenorphine)', frequency: 'Weekly', modality: Modality.MEDICATION_FOR_ADDICTION_TREATMENT },
  { description: 'Trauma-informed processing of safety and stabilisation', frequency: 'Weekly', modality: Modality.TRAUMA_INFORMED },
  { description: 'Relapse prevention plan review', frequency: 'Every two weeks', modality: Modality.RELAPSE_PREVENTION },
  { description: 'Peer recovery coaching and accompaniment to meetings', frequency: 'Weekly', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
  { description: 'Peer support with transport and housing applications', frequency: 'As needed', modality: Modality.PEER_RECOVERY_SUPPORT, byPeer: true },
];

export const NETWORK_ROLES: ReadonlyArray<{ relationship: SupportRelationship; label: string }> = [
  { relationship: SupportRelationship.PARENT, label: 'mother' },
  { relationship: SupportRelationship.PARENT, label: 'father' },
  { relationship: SupportRelationship.PARTNER, label: 'partner' },
  { relationship: SupportRelationship.SPOUSE, label: 'spouse' },
  { relationship: SupportRelationship.SIBLING, label: 'sister' },
  { relationship: SupportRelationship.SIBLING, label: 'brother' },
  { relationship: SupportRelationship.FRIEND, label: 'friend' },
  { relationship: SupportRelationship.SPONSOR, label: 'sponsor' },
  { relationship: SupportRelationship.EMPLOYER, label: 'employer' },
  { relationship: SupportRelationship.OTHER_FAMILY, label: 'cousin' },
];

export const OUTSIDE_ORGANIZATIONS = ['Lakeside Primary Care (synthetic)', 'County Probation Office (synthetic)', 'Harbor Housing Trust (synthetic)'] as const;
