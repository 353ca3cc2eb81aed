import { StaffRole } from './staff-role';

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

/** Field limits for a support network member, shared by the API inputs and the web forms. */
export const SUPPORT_NETWORK_MEMBER_LIMITS = { name: 200, email: 254, note: 2000 } as const;

/** A phone number: digits with the usual separators and an optional leading +; 5 to 30 characters. */
export const SUPPORT_NETWORK_PHONE_PATTERN = /^\+?[0-9 ().-]{5,30}$/;

export const SUPPORT_NETWORK_PHONE_PROBLEM = 'phone must be a phone number: digits, spaces, +, -, dots or brackets, 5 to 30 characters';

/** Field limits for a family engagement event. */
export const FAMILY_ENGAGEMENT_LIMITS = { note: 4000, attendees: 50 } as const;

/**
 * Who may change a client's support network, consents and family engagement, and read the latter
 * two: the client's counselor and their supervisor. The API's guards and the web's buttons both use it.
 */
export const SUPPORT_NETWORK_EDITOR_ROLES: readonly StaffRole[] = [StaffRole.COUNSELOR, StaffRole.SUPERVISOR];

export function mayEditSupportNetwork(role: string | null | undefined): boolean {
  return SUPPORT_NETWORK_EDITOR_ROLES.some((r) => r === role);
}
