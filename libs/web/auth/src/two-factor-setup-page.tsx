import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage, sessionStore } from '@carecircle/web/data-access';
import { Button, ErrorState, Skeleton, TextField } from '@carecircle/web/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  beginTwoFactorEnrolmentMutation,
  confirmTwoFactorEnrolmentMutation,
  regenerateRecoveryCodesMutation,
  twoFactorStatusQuery,
} from './two-factor.queries';
import { twoFactorReasonOf } from './two-factor-sign-in';
import './auth.css';
import './two-factor.css';

/** The key in groups of four, as authenticator apps show it, so it can be read and typed. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

function codeProblem(error: unknown): string | undefined {
  return twoFactorReasonOf(error) === 'TWO_FACTOR_INVALID' ? 'That code is not correct. Enter the current 6-digit code from your authenticator app.' : undefined;
}

/** The recovery codes, shown once: they are not stored readable anywhere. */
/** The code field of both forms here, with a refusal that is not about the code shown above it. */
function CodeField({ code, onChange, error }: { code: string; onChange: (code: string) => void; error: ErrorLike | undefined }) {
  return (
    <>
      {error && !codeProblem(error) && (
        <p role="alert" className="cc-login__error">
          {errorMessage(error)}
        </p>
      )}
      <TextField
        label="Authentication code"
        description="The 6-digit code from your authenticator app"
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        onChange={onChange}
        isInvalid={Boolean(codeProblem(error))}
        errorMessage={codeProblem(error)}
        isRequired
      />
    </>
  );
}

function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  return (
    <section aria-labelledby="cc-recovery-codes-title" className="cc-two-factor__codes">
      <h2 id="cc-recovery-codes-title">Your recovery codes</h2>
      <p>
        Each code signs you in once if you do not have your phone. Keep them somewhere safe, such as a password manager. They
        are shown only now.
      </p>
      <ul className="cc-two-factor__code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Button variant="primary" onPress={onDone}>
        {doneLabel}
      </Button>
    </section>
  );
}

/** "Two-factor sign-in" card for someone who has it on: status, and new recovery codes after a current code. */
function TwoFactorCard({ enabledAt, recoveryCodesLeft, required }: { enabledAt: string | null; recoveryCodesLeft: number; required: boolean }) {
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [regenerate, { loading, error }] = useMutation(regenerateRecoveryCodesMutation, { refetchQueries: [twoFactorStatusQuery] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { data } = await regenerate({ variables: { input: { code: code.trim() } } });
      if (data) {
        setCodes(data.regenerateRecoveryCodes);
        setCode('');
      }
    } catch {
      // Shown below; the typed code stays.
    }
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} doneLabel="I have saved these codes" />;
  return (
    <section aria-labelledby="cc-two-factor-card-title" className="cc-two-factor__card">
      <h2 id="cc-two-factor-card-title">Two-factor sign-in</h2>
      <p role="status">
        On{enabledAt ? ` since ${new Date(enabledAt).toLocaleDateString()}` : ''}. {recoveryCodesLeft} of 10 recovery codes left.
        {required ? ' Your role or your organization requires it.' : ''}
      </p>
      <form className="cc-login__form" onSubmit={submit} noValidate>
        <h3>New recovery codes</h3>
        <p className="cc-two-factor__hint">Your old recovery codes stop working.</p>
        <CodeField code={code} onChange={setCode} error={error} />
        <Button type="submit" isDisabled={loading}>
          {loading ? 'Making new codes…' : 'New recovery codes'}
        </Button>
      </form>
    </section>
  );
}

/** Enrolment: scan the QR code (or type the key), confirm with the first code, save the recovery codes. */
function Enrolment() {
  const navigate = useNavigate();
  const [begin, begun] = useMutation(beginTwoFactorEnrolmentMutation);
  const [confirm, { loading, error }] = useMutation(confirmTwoFactorEnrolmentMutation);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once: a second secret would make the first QR code wrong (React runs effects twice in development).
    if (started.current) return;
    started.current = true;
    begin().catch(() => undefined);
  }, [begin]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { data } = await confirm({ variables: { input: { code: code.trim() } } });
      if (data) {
        // The full session replaces the setup-only one; the codes are shown before going on.
        sessionStore.start(data.confirmTwoFactorEnrolment.session);
        setCodes(data.confirmTwoFactorEnrolment.recoveryCodes);
      }
    } catch {
      // Shown below; the typed code stays.
    }
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={() => void navigate('/', { replace: true })} doneLabel="I have saved these codes" />;
  if (begun.error) return <ErrorState title="Two-factor sign-in could not be started" message={errorMessage(begun.error)} onRetry={() => void begin().catch(() => undefined)} />;
  const enrolment = begun.data?.beginTwoFactorEnrolment;
  if (!enrolment) return <Skeleton label="Making your key…" rows={4} />;
  return (
    <>
      <p>CareCircle asks for a code from an authenticator app on your phone each time you sign in, as well as your password.</p>
      <ol className="cc-two-factor__steps">
        <li>
          Open an authenticator app (such as Google Authenticator, Microsoft Authenticator or 1Password) and scan this code.
          <img className="cc-two-factor__qr" src={enrolment.qrCodeDataUrl} alt="QR code to add CareCircle to your authenticator app" width={200} height={200} />
          <p className="cc-two-factor__key">
            Can't scan? Enter this key: <code>{grouped(enrolment.secret)}</code>
          </p>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <form className="cc-login__form" onSubmit={submit} noValidate>
        <CodeField code={code} onChange={setCode} error={error} />
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? 'Turning on…' : 'Turn on two-factor sign-in'}
        </Button>
      </form>
    </>
  );
}

/**
 * "/two-factor/setup": where a session that must set up two-factor sign-in is sent, and where
 * anyone can turn it on or, once on, see it and get new recovery codes.
 */
export function TwoFactorSetupPage() {
  const status = useQuery(twoFactorStatusQuery, { fetchPolicy: 'network-only' });
  const current = status.data?.twoFactorStatus;
  return (
    <main id="main" className="cc-login" tabIndex={-1}>
      <div className="cc-login__panel cc-two-factor">
        <p className="cc-login__brand">CareCircle</p>
        <h1>Set up two-factor sign-in</h1>
        {status.error && <ErrorState title="Two-factor sign-in could not be loaded" message={errorMessage(status.error)} onRetry={() => void status.refetch()} />}
        {!current && !status.error && <Skeleton label="Loading…" rows={3} />}
        {current && !current.enabled && <Enrolment />}
        {current?.enabled && (
          <>
            <TwoFactorCard enabledAt={current.enabledAt as string | null} recoveryCodesLeft={current.recoveryCodesLeft} required={current.required} />
            <p>
              <Link to="/">Back to CareCircle</Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
