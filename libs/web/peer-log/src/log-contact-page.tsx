import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  PEER_CONTACT_MAX_MINUTES,
  PEER_CONTACT_MIN_MINUTES,
  PEER_CONTACT_MODE_LABELS,
  PEER_CONTACT_NOTE_MAX_LENGTH,
  PEER_CONTACT_UNDO_MINUTES,
  PeerContactMode as DomainPeerContactMode,
  PRACTICAL_HELP_LABELS,
  PracticalHelp as DomainPracticalHelp,
  SUPPORT_TYPE_LABELS,
  SupportType as DomainSupportType,
  toIsoDate,
} from '@carecircle/shared/domain';
import {
  errorMessage,
  type LogContactFormQuery,
  type LogPeerContactMutation,
  type PeerContactMode,
  type PracticalHelp,
  type SupportType,
  useOrganizationToday,
} from '@carecircle/web/data-access';
import { Button, Checkbox, ErrorState, SelectField, Skeleton } from '@carecircle/web/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CheckboxGroup, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { logContactFormQuery, logPeerContactMutation, withdrawPeerContactMutation } from './log-contact.queries';
import {
  toLogPeerContactInput,
  validateLogContact,
  type LogContactErrors,
  type LogContactFormValues,
} from './log-contact-form-state';
import './peer-log.css';

const MODE_OPTIONS: readonly { value: PeerContactMode; label: string }[] = Object.values(DomainPeerContactMode).map((mode) => ({
  value: mode,
  label: PEER_CONTACT_MODE_LABELS[mode],
}));

const SUPPORT_TYPE_OPTIONS: readonly { value: SupportType; label: string }[] = Object.values(DomainSupportType).map((type) => ({
  value: type,
  label: SUPPORT_TYPE_LABELS[type],
}));

const PRACTICAL_HELP_ORDER: readonly PracticalHelp[] = Object.values(DomainPracticalHelp);

type FormClient = LogContactFormQuery['clients']['items'][number];
type LoggedContact = LogPeerContactMutation['logPeerContact'];

function clientName(client: { firstName: string; lastName: string }): string {
  return `${client.firstName} ${client.lastName}`;
}

/** "Log a contact": a peer support worker records a contact in a few taps, on a phone between visits. */
export function LogContactPage() {
  const { data, loading, error, refetch } = useQuery(logContactFormQuery, { fetchPolicy: 'cache-and-network' });
  const [searchParams] = useSearchParams();

  let content;
  if (data) {
    content = (
      <LogContactForm
        clients={data.clients.items}
        defaults={data.peerContactDefaults}
        initialClientId={searchParams.get('client') ?? ''}
      />
    );
  } else if (error && !loading) {
    content = (
      <ErrorState
        title="The contact form could not be loaded"
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else {
    content = <Skeleton label="Loading the contact form…" rows={4} />;
  }

  return (
    <div className="cc-peer-log">
      <h1>Log a contact</h1>
      <div aria-busy={loading && !data}>{content}</div>
    </div>
  );
}

interface LogContactFormProps {
  clients: readonly FormClient[];
  defaults: LogContactFormQuery['peerContactDefaults'];
  initialClientId: string;
}

function LogContactForm({ clients, defaults, initialClientId }: LogContactFormProps) {
  const ids = useId();
  const today = toIsoDate(useOrganizationToday());
  const knownClient = clients.some((c) => c.id === initialClientId) ? initialClientId : '';
  const [values, setValues] = useState<LogContactFormValues>(() => ({
    clientId: knownClient,
    occurredOn: today,
    durationMinutes: String(defaults.durationMinutes),
    mode: defaults.mode,
    supportTypes: ['EMOTIONAL'],
    practicalHelp: [],
    note: '',
    nextFollowUpOn: '',
  }));
  const [fieldErrors, setFieldErrors] = useState<LogContactErrors>({});
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [logged, setLogged] = useState<LoggedContact | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  const [logContact, { loading: saving }] = useMutation(logPeerContactMutation);

  const set = <K extends keyof LogContactFormValues>(field: K, value: LogContactFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function setPracticalHelp(selected: string[]) {
    const help = selected as PracticalHelp[];
    setValues((current) => ({
      ...current,
      practicalHelp: help,
      // Practical help is the INSTRUMENTAL kind of support; the server adds it too.
      supportTypes:
        help.length > current.practicalHelp.length && !current.supportTypes.includes('INSTRUMENTAL')
          ? [...current.supportTypes, 'INSTRUMENTAL']
          : current.supportTypes,
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setServerErrors([]);
    const errors = validateLogContact(values, today);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setLogged(null);
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    try {
      const result = await logContact({ variables: { input: toLogPeerContactInput(values) } });
      const contact = result.data?.logPeerContact;
      if (!contact) return;
      setLogged(contact);
      // Start the next contact: keep the day, the way of connecting and the length; clear the rest.
      setValues((current) => ({
        ...current,
        clientId: '',
        supportTypes: ['EMOTIONAL'],
        practicalHelp: [],
        note: '',
        nextFollowUpOn: '',
      }));
      requestAnimationFrame(() => confirmationRef.current?.focus());
    } catch (caught) {
      setLogged(null);
      setServerErrors(
        CombinedGraphQLErrors.is(caught) ? caught.errors.map((e) => e.message) : [errorMessage(caught as Error)],
      );
      requestAnimationFrame(() => alertRef.current?.focus());
    }
  }

  const errorList = [...Object.values(fieldErrors), ...serverErrors];
  const clientOptions = [
    { value: '', label: clients.length ? 'Choose a client…' : 'No clients assigned to you' },
    // In the server's name order (the query asks for it).
    ...clients.map((c) => ({ value: c.id, label: c.preferredName ? `${clientName(c)} (${c.preferredName})` : clientName(c) })),
  ];
  const describedBy = (field: keyof LogContactErrors, ...more: string[]) =>
    [fieldErrors[field] ? `${ids}-${field}-error` : '', ...more].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: keyof LogContactErrors) =>
    fieldErrors[field] ? (
      <span id={`${ids}-${field}-error`} className="cc-field__error">
        {fieldErrors[field]}
      </span>
    ) : null;

  return (
    <>
      <div ref={confirmationRef} tabIndex={-1} role="status" className="cc-peer-log__status-region">
        {logged && <Confirmation key={logged.id} contact={logged} />}
      </div>
      <div ref={alertRef} tabIndex={-1} role="alert" className="cc-peer-log__alert-region">
        {errorList.length > 0 && (
          <div className="cc-peer-log__alert">
            <p className="cc-peer-log__alert-title">The contact was not logged. Please check:</p>
            <ul>
              {errorList.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <form className="cc-peer-log__form" onSubmit={(event) => void submit(event)} noValidate>
        {clients.length === 0 && (
          <p className="cc-peer-log__hint">
            You have no clients assigned yet. Ask your clinical supervisor to add you to a client’s care team, then log
            contacts here.
          </p>
        )}
        <SelectField
          label="Client"
          value={values.clientId}
          onChange={(value) => set('clientId', value)}
          options={clientOptions}
          errorMessage={fieldErrors.clientId}
          required
        />
        <div className="cc-peer-log__row">
          <div className="cc-field">
            <label className="cc-field__label" htmlFor={`${ids}-date`}>
              Date
            </label>
            <input
              id={`${ids}-date`}
              className="cc-field__input"
              type="date"
              max={today}
              value={values.occurredOn}
              onChange={(event) => set('occurredOn', event.target.value)}
              aria-invalid={fieldErrors.occurredOn ? true : undefined}
              aria-describedby={describedBy('occurredOn')}
            />
            {fieldError('occurredOn')}
          </div>
          <div className="cc-field">
            <label className="cc-field__label" htmlFor={`${ids}-duration`}>
              Duration (minutes)
            </label>
            <input
              id={`${ids}-duration`}
              className="cc-field__input"
              type="number"
              inputMode="numeric"
              min={PEER_CONTACT_MIN_MINUTES}
              max={PEER_CONTACT_MAX_MINUTES}
              step={1}
              value={values.durationMinutes}
              onChange={(event) => set('durationMinutes', event.target.value)}
              aria-invalid={fieldErrors.durationMinutes ? true : undefined}
              aria-describedby={describedBy('durationMinutes')}
            />
            {fieldError('durationMinutes')}
          </div>
        </div>

        <RadioGroup
          className="cc-peer-log__group"
          value={values.mode}
          onChange={(value) => set('mode', value as PeerContactMode)}
          orientation="horizontal"
        >
          <Label className="cc-field__label">How did you connect?</Label>
          <div className="cc-peer-log__choices cc-peer-log__choices--row">
            {MODE_OPTIONS.map((option) => (
              <Radio key={option.value} value={option.value} className="cc-peer-log__radio">
                <span className="cc-peer-log__radio-dot" aria-hidden="true" />
                {option.label}
              </Radio>
            ))}
          </div>
        </RadioGroup>

        <CheckboxGroup
          className="cc-peer-log__group"
          value={values.supportTypes}
          onChange={(selected) => set('supportTypes', selected as SupportType[])}
          isInvalid={Boolean(fieldErrors.supportTypes)}
        >
          <Label className="cc-field__label">Kind of support</Label>
          <div className="cc-peer-log__choices">
            {SUPPORT_TYPE_OPTIONS.map((option) => (
              <Checkbox key={option.value} value={option.value}>
                {option.label}
              </Checkbox>
            ))}
          </div>
          {fieldErrors.supportTypes && <span className="cc-field__error">{fieldErrors.supportTypes}</span>}
        </CheckboxGroup>

        <CheckboxGroup className="cc-peer-log__group" value={values.practicalHelp} onChange={setPracticalHelp}>
          <Label className="cc-field__label">Practical help given</Label>
          <div className="cc-peer-log__choices">
            {PRACTICAL_HELP_ORDER.map((help) => (
              <Checkbox key={help} value={help}>
                {PRACTICAL_HELP_LABELS[help]}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>

        <div className="cc-field">
          <label className="cc-field__label" htmlFor={`${ids}-note`}>
            Note (non-clinical)
          </label>
          <textarea
            id={`${ids}-note`}
            className="cc-field__input cc-peer-log__note"
            rows={4}
            maxLength={PEER_CONTACT_NOTE_MAX_LENGTH}
            value={values.note}
            onChange={(event) => set('note', event.target.value)}
            aria-describedby={`${ids}-note-help`}
          />
          <span id={`${ids}-note-help`} className="cc-field__description">
            Optional. What happened and what comes next, in everyday words; no diagnoses or treatment details.
          </span>
        </div>

        <div className="cc-field">
          <label className="cc-field__label" htmlFor={`${ids}-follow-up`}>
            Next follow-up
          </label>
          <input
            id={`${ids}-follow-up`}
            className="cc-field__input"
            type="date"
            min={values.occurredOn || today}
            value={values.nextFollowUpOn}
            onChange={(event) => set('nextFollowUpOn', event.target.value)}
            aria-invalid={fieldErrors.nextFollowUpOn ? true : undefined}
            aria-describedby={describedBy('nextFollowUpOn', `${ids}-follow-up-help`)}
          />
          <span id={`${ids}-follow-up-help`} className="cc-field__description">
            Optional. It shows under “Follow-ups due” on your Today page.
          </span>
          {fieldError('nextFollowUpOn')}
        </div>

        <div className="cc-peer-log__actions">
          <Button type="submit" variant="primary" isDisabled={saving}>
            {saving ? 'Logging…' : 'Log contact'}
          </Button>
        </div>
      </form>
    </>
  );
}

/** "Contact with … logged", with Undo for as long as the server allows it. */
function Confirmation({ contact }: { contact: LoggedContact }) {
  const name = clientName(contact.client);
  const [withdraw, { loading: withdrawing }] = useMutation(withdrawPeerContactMutation);
  const [withdrawn, setWithdrawn] = useState(false);
  const [undoError, setUndoError] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(() => Date.parse(contact.undoableUntil) > Date.now());

  useEffect(() => {
    const remaining = Date.parse(contact.undoableUntil) - Date.now();
    if (remaining <= 0) return;
    const timer = setTimeout(() => setCanUndo(false), Math.min(remaining, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [contact.undoableUntil]);

  async function undo() {
    setUndoError(null);
    try {
      await withdraw({ variables: { id: contact.id } });
      setWithdrawn(true);
    } catch (caught) {
      setUndoError(errorMessage(caught as Error));
    }
  }

  if (withdrawn) {
    return (
      <div className="cc-peer-log__confirmation cc-peer-log__confirmation--neutral">
        <p className="cc-peer-log__confirmation-title">Contact with {name} withdrawn</p>
        <p>It no longer appears in any list. Log it again if you need to.</p>
      </div>
    );
  }
  return (
    <div className="cc-peer-log__confirmation">
      <p className="cc-peer-log__confirmation-title">
        <span aria-hidden="true">✓ </span>Contact with {name} logged
      </p>
      <div className="cc-peer-log__confirmation-actions">
        {canUndo && (
          <Button variant="secondary" onPress={() => void undo()} isDisabled={withdrawing}>
            Undo
          </Button>
        )}
        <Link className="cc-peer-log__link" to={`/clients/${contact.client.id}`}>
          {`View ${name}'s record`}
        </Link>
      </div>
      {canUndo && <p className="cc-peer-log__hint">{`You can undo this for ${PEER_CONTACT_UNDO_MINUTES} minutes.`}</p>}
      {undoError && <p className="cc-field__error">The contact could not be withdrawn: {undoError}</p>}
    </div>
  );
}
