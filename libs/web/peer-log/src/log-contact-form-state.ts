import { isPeerContactDuration, PEER_CONTACT_MAX_MINUTES, PEER_CONTACT_MIN_MINUTES } from '@carecircle/shared/domain';
import type { LogPeerContactInput, PeerContactMode, PracticalHelp, SupportType } from '@carecircle/web/data-access';

export interface LogContactFormValues {
  clientId: string;
  occurredOn: string;
  durationMinutes: string;
  mode: PeerContactMode;
  supportTypes: SupportType[];
  practicalHelp: PracticalHelp[];
  note: string;
  nextFollowUpOn: string;
}

export type LogContactField = 'clientId' | 'occurredOn' | 'durationMinutes' | 'nextFollowUpOn' | 'supportTypes';
export type LogContactErrors = Partial<Record<LogContactField, string>>;

/**
 * Problems a person can fix before sending; the server checks again (e.g. a date before admission).
 * Only the client is required; the rest have defaults or are optional.
 */
export function validateLogContact(values: LogContactFormValues, today: string): LogContactErrors {
  const errors: LogContactErrors = {};
  if (!values.clientId) errors.clientId = 'Choose the client you were in contact with.';
  if (values.occurredOn && values.occurredOn > today) errors.occurredOn = 'The date cannot be in the future.';
  const duration = values.durationMinutes.trim();
  if (duration && !(/^\d+$/.test(duration) && isPeerContactDuration(Number(duration)))) {
    errors.durationMinutes = `Enter the length in whole minutes, from ${PEER_CONTACT_MIN_MINUTES} to ${PEER_CONTACT_MAX_MINUTES}.`;
  }
  if (values.nextFollowUpOn && values.nextFollowUpOn < (values.occurredOn || today)) {
    errors.nextFollowUpOn = 'The next follow-up cannot be before the contact.';
  }
  if (values.supportTypes.length === 0 && values.practicalHelp.length === 0) {
    errors.supportTypes = 'Choose at least one kind of support.';
  }
  return errors;
}

/** The mutation input: empty optional fields are left out so the server's defaults apply. */
export function toLogPeerContactInput(values: LogContactFormValues): LogPeerContactInput {
  const input: LogPeerContactInput = {
    clientId: values.clientId,
    mode: values.mode,
    supportTypes: values.supportTypes,
    practicalHelp: values.practicalHelp,
  };
  if (values.occurredOn) input.occurredOn = values.occurredOn;
  if (values.durationMinutes.trim()) input.durationMinutes = Number(values.durationMinutes.trim());
  if (values.note.trim()) input.note = values.note.trim();
  if (values.nextFollowUpOn) input.nextFollowUpOn = values.nextFollowUpOn;
  return input;
}
