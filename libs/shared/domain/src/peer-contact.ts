export enum PeerContactMode {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  TEXT = 'TEXT',
  VIDEO = 'VIDEO',
}

export const PEER_CONTACT_MODE_LABELS: Record<PeerContactMode, string> = {
  [PeerContactMode.IN_PERSON]: 'In person',
  [PeerContactMode.PHONE]: 'Phone',
  [PeerContactMode.TEXT]: 'Text',
  [PeerContactMode.VIDEO]: 'Video',
};

/** The four kinds of social support. */
export enum SupportType {
  EMOTIONAL = 'EMOTIONAL',
  INFORMATIONAL = 'INFORMATIONAL',
  INSTRUMENTAL = 'INSTRUMENTAL',
  AFFILIATIONAL = 'AFFILIATIONAL',
}

/** In everyday words: INSTRUMENTAL support is practical help, AFFILIATIONAL is connecting to community. */
export const SUPPORT_TYPE_LABELS: Record<SupportType, string> = {
  [SupportType.EMOTIONAL]: 'Emotional',
  [SupportType.INFORMATIONAL]: 'Informational',
  [SupportType.INSTRUMENTAL]: 'Practical help',
  [SupportType.AFFILIATIONAL]: 'Connecting to community',
};

export enum PracticalHelp {
  TRANSPORTATION = 'TRANSPORTATION',
  HOUSING = 'HOUSING',
  EMPLOYMENT = 'EMPLOYMENT',
  FOOD = 'FOOD',
  ERRANDS = 'ERRANDS',
  BENEFITS = 'BENEFITS',
  MEETING_ACCOMPANIMENT = 'MEETING_ACCOMPANIMENT',
}

export const PRACTICAL_HELP_LABELS: Record<PracticalHelp, string> = {
  [PracticalHelp.TRANSPORTATION]: 'Transportation',
  [PracticalHelp.HOUSING]: 'Housing',
  [PracticalHelp.EMPLOYMENT]: 'Employment',
  [PracticalHelp.FOOD]: 'Food / groceries',
  [PracticalHelp.ERRANDS]: 'Errands',
  [PracticalHelp.BENEFITS]: 'Benefits',
  [PracticalHelp.MEETING_ACCOMPANIMENT]: 'Meeting accompaniment',
};

/** A contact lasts a whole number of minutes in this range. */
export const PEER_CONTACT_MIN_MINUTES = 1;
export const PEER_CONTACT_MAX_MINUTES = 600;
/** What a contact logged without a duration is taken to have lasted. */
export const PEER_CONTACT_DEFAULT_MINUTES = 15;
/** The non-clinical note's length limit, in characters. */
export const PEER_CONTACT_NOTE_MAX_LENGTH = 1000;
/** How long after logging a contact its peer worker may still withdraw it. */
export const PEER_CONTACT_UNDO_MINUTES = 15;

/** Whether a duration can be logged: a whole number of minutes from PEER_CONTACT_MIN_MINUTES to PEER_CONTACT_MAX_MINUTES. */
export function isPeerContactDuration(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= PEER_CONTACT_MIN_MINUTES && minutes <= PEER_CONTACT_MAX_MINUTES;
}
