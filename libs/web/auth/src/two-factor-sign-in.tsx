import { CombinedGraphQLErrors } from '@apollo/client';
import { useSession } from '@carecircle/web/data-access';
import { TextField } from '@carecircle/web/ui';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';

/** Where a session that may only set up two-factor sign-in is sent. */
export const TWO_FACTOR_SETUP_PATH = '/two-factor/setup';

/** The stable reason of a two-factor refusal (TWO_FACTOR_REQUIRED, TWO_FACTOR_INVALID, …), if the error is one. */
export function twoFactorReasonOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors.map((e) => e.extensions?.['reason']).find((r) => typeof r === 'string' && r.startsWith('TWO_FACTOR_'));
  return reason as string | undefined;
}

/** True when the stored session was told it may only set up two-factor sign-in. */
export function needsTwoFactorEnrolment(me: unknown): boolean {
  return (me as { twoFactorEnrolmentRequired?: boolean } | null)?.twoFactorEnrolmentRequired === true;
}

/** The sign-in page's second step: the code from the authenticator app, or a recovery code. */
export function AuthenticationCodeField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      label="Authentication code"
      description="The 6-digit code from your authenticator app, or a recovery code"
      name="oneTimeCode"
      autoComplete="one-time-code"
      value={value}
      onChange={onChange}
      // Shown after the password was accepted: the next thing to type.
      autoFocus
      isRequired
    />
  );
}

/**
 * Inside the signed-in app: a session that must still set up two-factor sign-in goes to the setup
 * page (the API refuses everything else for it anyway).
 */
export function RequireTwoFactorEnrolled({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session && needsTwoFactorEnrolment(session.me)) return <Navigate to={TWO_FACTOR_SETUP_PATH} replace />;
  return children;
}
