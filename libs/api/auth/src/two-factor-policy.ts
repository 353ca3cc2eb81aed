import { SetMetadata } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '@carecircle/api/platform';
import { StaffRole } from '@carecircle/shared/domain';

/** Roles that always sign in with a second factor; the organization can require it of everyone. */
export const ROLES_REQUIRING_TWO_FACTOR: readonly StaffRole[] = [StaffRole.ADMIN, StaffRole.SUPERVISOR];

export function twoFactorRequired(role: StaffRole, requireForEveryone: boolean): boolean {
  return requireForEveryone || ROLES_REQUIRING_TWO_FACTOR.includes(role);
}

/** Stable refusal reasons (the web and tests act on them). */
export const TwoFactorReason = {
  REQUIRED: 'TWO_FACTOR_REQUIRED',
  INVALID: 'TWO_FACTOR_INVALID',
  ENROLMENT_REQUIRED: 'TWO_FACTOR_ENROLMENT_REQUIRED',
} as const;

export const TWO_FACTOR_ENROLMENT_ALLOWED = 'carecircle:two-factor-enrolment-allowed';

/**
 * Marks the few operations a session that must still set up two-factor sign-in may call (me,
 * logout, the enrolment mutations). The auth guard refuses every other operation for such a session.
 */
export const AllowDuringTwoFactorEnrolment = () => SetMetadata(TWO_FACTOR_ENROLMENT_ALLOWED, true);

/** The principal flag authenticate() sets; the guard reads it. */
export interface TwoFactorSessionFlag {
  /** Signed in with the password only, but two-factor sign-in is required and not set up yet. */
  twoFactorEnrolmentOnly?: boolean;
}

export function twoFactorEnrolmentRequiredError(): ApiError {
  return new ApiError(ApiErrorCode.FORBIDDEN, 'Set up two-factor sign-in before you continue.', { reason: TwoFactorReason.ENROLMENT_REQUIRED });
}

export function twoFactorCodeRequiredError(): ApiError {
  return new ApiError(ApiErrorCode.UNAUTHENTICATED, 'Enter the 6-digit code from your authenticator app.', { reason: TwoFactorReason.REQUIRED });
}

export function twoFactorCodeInvalidError(): ApiError {
  return new ApiError(ApiErrorCode.UNAUTHENTICATED, 'That code is not correct or has been used. Enter the current code from your authenticator app, or a recovery code.', {
    reason: TwoFactorReason.INVALID,
  });
}
