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

/** How a network member relates to the client's recovery. */
export enum RecoveryStance {
  SUPPORTIVE = 'SUPPORTIVE',
  NEUTRAL = 'NEUTRAL',
  RISK = 'RISK',
}

export enum FamilyEngagementType {
  FAMILY_THERAPY_SESSION = 'FAMILY_THERAPY_SESSION',
  FAMILY_EDUCATION_GROUP = 'FAMILY_EDUCATION_GROUP',
  PHONE_CONTACT = 'PHONE_CONTACT',
  VISIT = 'VISIT',
  OTHER = 'OTHER',
}
