/** Synthetic demo accounts; printed at start-up so a newcomer can sign in. */
export const DEMO_PASSWORD = 'CareCircle-demo-2026';

export const DEMO_LOGINS = {
  supervisor: 'supervisor@harborlight.example',
  counselors: ['counselor.avery@harborlight.example', 'counselor.blake@harborlight.example', 'counselor.casey@harborlight.example'],
  peerWorkers: ['peer.devon@harborlight.example', 'peer.emery@harborlight.example'],
  admin: 'admin@harborlight.example',
} as const;

/**
 * The demo supervisor's and administrator's two-factor key (they must use two-factor sign-in).
 * Published on purpose: the demo is synthetic and exists only in development. `npm run demo:code`
 * prints the current code; or add this key to an authenticator app.
 */
export const DEMO_TWO_FACTOR_SECRET = 'CARECIRCLEDEMOTWOFACTORSIGNINKEY';
