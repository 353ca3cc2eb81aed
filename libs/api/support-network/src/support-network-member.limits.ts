/** Field limits shared by the add and update inputs. */
export const MEMBER_LIMITS = { name: 200, email: 254, note: 2000 } as const;

/** Digits with the usual separators and an optional leading +; 5 to 30 characters. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{5,30}$/;

/** The member fields an update may touch, in a stable order for audit rows. */
export const UPDATABLE_MEMBER_FIELDS = ['name', 'relationship', 'stance', 'phone', 'email', 'involvedInTreatment', 'note'] as const;
