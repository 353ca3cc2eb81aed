import { useMutation } from '@apollo/client/react';
import { INACTIVITY_SIGN_OUT_MINUTES, INACTIVITY_WARNING_SECONDS, SESSION_RENEWAL_INTERVAL_SECONDS } from '@carecircle/shared/domain';
import { sessionStore, useSession } from '@carecircle/web/data-access';
import { Button } from '@carecircle/web/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { renewSessionMutation } from './renew-session.mutation';

/** Signing out starts this long before the server would end the session, so open editors can still save. */
export const SIGN_OUT_MARGIN_MS = 10_000;

/**
 * When this browser last saw activity, shared by its tabs (a time, nothing about a client): the session cookie is
 * shared too, so a tab left idle must not end the session of a tab in use.
 */
const SHARED_ACTIVITY_KEY = 'carecircle.last-activity';

/** What counts as activity: typing, pointing, moving focus (keyboard users), scrolling with a wheel. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'focusin', 'wheel'] as const;

function sharedActivity(): number {
  try {
    return Number(window.localStorage.getItem(SHARED_ACTIVITY_KEY)) || 0;
  } catch {
    return 0;
  }
}

function shareActivity(at: number): void {
  try {
    window.localStorage.setItem(SHARED_ACTIVITY_KEY, String(at));
  } catch {
    // Storage blocked: each tab then judges by its own activity.
  }
}

export interface InactivitySignOutProps {
  /** Signs out (saving open editors first) after the inactivity limit; "inactive" is the reason given. */
  onSignOut: () => Promise<void>;
}

/**
 * Automatic sign-out after the organization's inactivity limit (HIPAA automatic logoff). The server enforces it:
 * a session lives only that long unless renewed, and this renews it (at most once a minute) while the person is
 * active. A minute before the end it asks "Stay signed in"; then it signs out, after open editors have saved.
 */
export function InactivitySignOut({ onSignOut }: InactivitySignOutProps) {
  const session = useSession();
  const [renew] = useMutation(renewSessionMutation);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const minutes = session?.inactivitySignOutMinutes ?? INACTIVITY_SIGN_OUT_MINUTES.default;

  // The latest callback, without restarting the timer when the shell re-renders.
  const signOut = useRef(onSignOut);
  signOut.current = onSignOut;
  const expiresAt = useRef<number | null>(null);
  expiresAt.current = session ? Date.parse(session.expiresAt) : null;
  /** When the server last heard of activity (the session's start or last renewal), by this tab's clock. */
  const lastRenewal = useRef(session ? Date.parse(session.expiresAt) - minutes * 60_000 : Date.now());
  const lastRenewalAttempt = useRef(0);
  const lastActivity = useRef(Date.now());
  const renewing = useRef<Promise<boolean> | null>(null);
  const warning = useRef(false);
  const signingOut = useRef(false);

  const renewNow = useCallback((): Promise<boolean> => {
    if (renewing.current) return renewing.current;
    const sentAt = Date.now();
    lastRenewalAttempt.current = sentAt;
    const attempt = (async () => {
      try {
        const { data } = await renew();
        if (!data) return false;
        lastRenewal.current = sentAt;
        sessionStore.start(data.renewSession);
        return true;
      } catch {
        // Offline or refused: a refusal ends the session through the Apollo client; otherwise the next activity retries.
        return false;
      } finally {
        renewing.current = null;
      }
    })();
    renewing.current = attempt;
    return attempt;
  }, [renew]);

  // Activity renews the session, at most once a minute. While the warning shows, only "Stay signed in" counts.
  useEffect(() => {
    const onActivity = () => {
      if (warning.current || signingOut.current) return;
      const now = Date.now();
      lastActivity.current = now;
      if (now - sharedActivity() >= 5_000) shareActivity(now);
      const interval = SESSION_RENEWAL_INTERVAL_SECONDS * 1000;
      if (now - lastRenewal.current >= interval && now - lastRenewalAttempt.current >= interval) void renewNow();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [renewNow]);

  // Once a second: warn a minute before the end, then sign out. Wall-clock based, so a throttled background tab catches up.
  useEffect(() => {
    const tick = () => {
      const end = expiresAt.current;
      if (end === null || signingOut.current) return;
      const now = Date.now();
      const signOutAt = end - SIGN_OUT_MARGIN_MS;
      if (now >= signOutAt) {
        signingOut.current = true;
        warning.current = false;
        setSecondsLeft(null);
        void signOut.current();
        return;
      }
      if (now < signOutAt - INACTIVITY_WARNING_SECONDS * 1000) {
        if (warning.current) {
          warning.current = false;
          setSecondsLeft(null);
        }
        return;
      }
      // Activity the server has not heard of yet (within the last minute, or in another tab): renew instead of warning.
      if (!warning.current && Math.max(lastActivity.current, sharedActivity()) > lastRenewal.current && now - lastRenewalAttempt.current >= 5_000) {
        void renewNow();
        return;
      }
      if (renewing.current && !warning.current) return;
      warning.current = true;
      setSecondsLeft(Math.max(1, Math.ceil((signOutAt - now) / 1000)));
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [renewNow]);

  async function staySignedIn() {
    lastActivity.current = Date.now();
    shareActivity(lastActivity.current);
    if (await renewNow()) {
      warning.current = false;
      setSecondsLeft(null);
    }
  }

  async function signOutNow() {
    signingOut.current = true;
    warning.current = false;
    setSecondsLeft(null);
    await signOut.current();
  }

  if (secondsLeft === null) return null;
  return (
    <ModalOverlay isOpen isDismissable={false} className="cc-dialog-overlay">
      <Modal className="cc-dialog">
        <Dialog role="alertdialog" className="cc-dialog__content">
          <Heading slot="title" className="cc-dialog__title">
            Are you still there?
          </Heading>
          <div className="cc-dialog__description">
            <p>
              You will be signed out in {secondsLeft} {secondsLeft === 1 ? 'second' : 'seconds'}.
            </p>
            <p>
              After {minutes} minutes without activity CareCircle signs out, so client records do not stay open on an unattended
              screen. A progress note you are writing is saved first.
            </p>
          </div>
          <div className="cc-dialog__actions">
            <Button variant="secondary" onPress={() => void signOutNow()}>
              Sign out now
            </Button>
            <Button variant="primary" autoFocus onPress={() => void staySignedIn()}>
              Stay signed in
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
