export enum SupportRelationship {
  PARENT = 'PARENT',
  PARTNER = 'PARTNER',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  SIBLING = 'SIBLING',
  OTHER_FAMILY = 'OTHER_FAMILY',
  FRIEND = 'FRIEND',
  SPONSOR = 'SPONSOR',
  MENTOR = 'MENTOR',
  PEER = 'PEER',
  EMPLOYER = 'EMPLOYER',
  OTHER = 'OTHER',
}

export const SUPPORT_RELATIONSHIP_LABELS: Record<SupportRelationship, string> = {
  [SupportRelationship.PARENT]: 'Parent',
  [SupportRelationship.PARTNER]: 'Partner',
  [SupportRelationship.SPOUSE]: 'Spouse',
  [SupportRelationship.CHILD]: 'Child',
  [SupportRelationship.SIBLING]: 'Sibling',
  [SupportRelationship.OTHER_FAMILY]: 'Other family',
  [SupportRelationship.FRIEND]: 'Friend',
  [SupportRelationship.SPONSOR]: 'Sponsor',
  [SupportRelationship.MENTOR]: 'Mentor',
  [SupportRelationship.PEER]: 'Peer',
  [SupportRelationship.EMPLOYER]: 'Employer',
  [SupportRelationship.OTHER]: 'Other',
};

/** How a network member relates to the client's recovery. */
export enum RecoveryStance {
  SUPPORTIVE = 'SUPPORTIVE',
  NEUTRAL = 'NEUTRAL',
  RISK = 'RISK',
}

export const RECOVERY_STANCE_LABELS: Record<RecoveryStance, string> = {
  [RecoveryStance.SUPPORTIVE]: 'Supportive',
  [RecoveryStance.NEUTRAL]: 'Neutral',
  [RecoveryStance.RISK]: 'Risk',
};

export enum FamilyEngagementType {
  FAMILY_THERAPY_SESSION = 'FAMILY_THERAPY_SESSION',
  FAMILY_EDUCATION_GROUP = 'FAMILY_EDUCATION_GROUP',
  PHONE_CONTACT = 'PHONE_CONTACT',
  VISIT = 'VISIT',
  OTHER = 'OTHER',
}

export const FAMILY_ENGAGEMENT_TYPE_LABELS: Record<FamilyEngagementType, string> = {
  [FamilyEngagementType.FAMILY_THERAPY_SESSION]: 'Family therapy session',
  [FamilyEngagementType.FAMILY_EDUCATION_GROUP]: 'Family education group',
  [FamilyEngagementType.PHONE_CONTACT]: 'Phone contact',
  [FamilyEngagementType.VISIT]: 'Visit',
  [FamilyEngagementType.OTHER]: 'Other',
};
