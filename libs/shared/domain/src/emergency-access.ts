/**
 * Break-the-glass (42 CFR 2.51, medical emergencies): how long one emergency access lasts, and the
 * limits of what it documents. Both sides use these, so the form and the API agree.
 */
export const EMERGENCY_ACCESS_MINUTES = 60;

/** The nature of the emergency (required) and the restriction reason: enough for a sentence or two, not a note. */
export const EMERGENCY_REASON_MAX_LENGTH = 1000;

/** Recipient name and affiliation (when information goes to medical personnel). */
export const EMERGENCY_RECIPIENT_MAX_LENGTH = 200;
