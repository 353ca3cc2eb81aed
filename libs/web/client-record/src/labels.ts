import type {
  CarePlanStatus,
  ClientStatus,
  ConsentScope,
  ConsentStatus,
  DiagnosisCategory,
  DiagnosisStatus,
  FamilyEngagementType,
  ObjectiveStatus,
  PeerContactMode,
  RecoveryStance,
  RiskFlagCode,
  RiskSeverity,
  SupportRelationship,
  SupportType,
} from '@carecircle/web/data-access';
import type { StatusTone } from '@carecircle/web/ui';

type Display = { label: string; tone: StatusTone };

export const CLIENT_STATUS_DISPLAY: Record<ClientStatus, Display> = {
  ACTIVE: { label: 'Active', tone: 'positive' },
  ON_HOLD: { label: 'On hold', tone: 'caution' },
  DISCHARGED: { label: 'Discharged', tone: 'neutral' },
};

export const CARE_PLAN_STATUS_DISPLAY: Record<CarePlanStatus, Display> = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  PENDING_REVIEW: { label: 'Awaiting sign-off', tone: 'caution' },
  ACTIVE: { label: 'Signed and active', tone: 'positive' },
  SUPERSEDED: { label: 'Superseded', tone: 'neutral' },
};

export const OBJECTIVE_STATUS_DISPLAY: Record<ObjectiveStatus, Display> = {
  NOT_STARTED: { label: 'Not started', tone: 'neutral' },
  IN_PROGRESS: { label: 'In progress', tone: 'caution' },
  MET: { label: 'Met', tone: 'positive' },
  NOT_MET: { label: 'Not met', tone: 'neutral' },
  DEFERRED: { label: 'Deferred', tone: 'neutral' },
};

export const CONSENT_STATUS_DISPLAY: Record<ConsentStatus, Display> = {
  ACTIVE: { label: 'Active', tone: 'positive' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
  REVOKED: { label: 'Revoked', tone: 'neutral' },
  NOT_YET_EFFECTIVE: { label: 'Not yet effective', tone: 'caution' },
};

export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  ATTENDANCE: 'Attendance',
  CARE_PLAN: 'Care plan',
  CHECK_INS: 'Check-ins',
  DIAGNOSES: 'Diagnoses',
  MEASURES: 'Measures',
};

export const DIAGNOSIS_STATUS_DISPLAY: Record<DiagnosisStatus, Display> = {
  ACTIVE: { label: 'Active', tone: 'caution' },
  IN_REMISSION: { label: 'In remission', tone: 'positive' },
  RESOLVED: { label: 'Resolved', tone: 'neutral' },
};

export const DIAGNOSIS_CATEGORY_LABELS: Record<DiagnosisCategory, string> = {
  SUBSTANCE_USE: 'Substance use',
  MENTAL_HEALTH: 'Mental health',
  OTHER: 'Other',
};

export const RISK_FLAG_LABELS: Record<RiskFlagCode, string> = {
  CARE_PLAN_REVIEW_OVERDUE: 'Care plan review overdue',
  HIGH_CRAVING: 'High craving',
  NO_RECENT_CHECK_IN: 'No recent check-in',
  NO_RECENT_PEER_CONTACT: 'No recent peer contact',
  NO_SUPPORTIVE_NETWORK_MEMBER: 'No supportive network member',
  RECENT_USE: 'Recent use',
  SELF_HARM_RISK: 'Self-harm risk',
};

export const RISK_SEVERITY_LABELS: Record<RiskSeverity, string> = {
  URGENT: 'Urgent',
  WARNING: 'Warning',
  INFO: 'Info',
};

export const STANCE_LABELS: Record<RecoveryStance, string> = {
  SUPPORTIVE: 'Supportive',
  NEUTRAL: 'Neutral',
  RISK: 'Risk',
};

export const RELATIONSHIP_LABELS: Record<SupportRelationship, string> = {
  PARENT: 'Parent',
  PARTNER: 'Partner',
  SPOUSE: 'Spouse',
  CHILD: 'Child',
  SIBLING: 'Sibling',
  OTHER_FAMILY: 'Other family',
  FRIEND: 'Friend',
  SPONSOR: 'Sponsor',
  MENTOR: 'Mentor',
  PEER: 'Peer',
  EMPLOYER: 'Employer',
  OTHER: 'Other',
};

export const FAMILY_ENGAGEMENT_LABELS: Record<FamilyEngagementType, string> = {
  FAMILY_THERAPY_SESSION: 'Family therapy session',
  FAMILY_EDUCATION_GROUP: 'Family education group',
  PHONE_CONTACT: 'Phone contact',
  VISIT: 'Visit',
  OTHER: 'Other',
};

export const PEER_CONTACT_MODE_LABELS: Record<PeerContactMode, string> = {
  IN_PERSON: 'In person',
  PHONE: 'Phone',
  TEXT: 'Text',
  VIDEO: 'Video',
};

export const SUPPORT_TYPE_LABELS: Record<SupportType, string> = {
  EMOTIONAL: 'Emotional',
  INFORMATIONAL: 'Informational',
  INSTRUMENTAL: 'Practical',
  AFFILIATIONAL: 'Connecting to community',
};
