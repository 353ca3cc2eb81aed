import { SUPPORT_NETWORK_MEMBER_LIMITS, SUPPORT_NETWORK_PHONE_PATTERN, SUPPORT_NETWORK_PHONE_PROBLEM } from '@carecircle/shared/domain';

/** Field limits shared by the add and update inputs; the web form uses the same constants from the domain lib. */
export const MEMBER_LIMITS = SUPPORT_NETWORK_MEMBER_LIMITS;

export const PHONE_PATTERN = SUPPORT_NETWORK_PHONE_PATTERN;

export const PHONE_PROBLEM = SUPPORT_NETWORK_PHONE_PROBLEM;

/** The member fields an update may touch, in a stable order for audit rows. */
export const UPDATABLE_MEMBER_FIELDS = ['name', 'relationship', 'stance', 'phone', 'email', 'involvedInTreatment', 'note'] as const;
