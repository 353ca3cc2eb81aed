/**
 * Automatic sign-out after inactivity (HIPAA automatic logoff, 45 CFR 164.312(a)(2)(iii)): minutes without activity
 * before a session ends, chosen per organization. Short enough that an unattended screen does not stay open for long,
 * long enough that reading a record is not interrupted.
 */
export const INACTIVITY_SIGN_OUT_MINUTES = { default: 15, min: 5, max: 60 } as const;

/** The warning before an automatic sign-out, in seconds. */
export const INACTIVITY_WARNING_SECONDS = 60;

/** The browser renews its session at most this often while the person is active. */
export const SESSION_RENEWAL_INTERVAL_SECONDS = 60;
