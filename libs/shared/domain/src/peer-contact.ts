export enum PeerContactMode {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  TEXT = 'TEXT',
  VIDEO = 'VIDEO',
}

/** The four kinds of social support. */
export enum SupportType {
  EMOTIONAL = 'EMOTIONAL',
  INFORMATIONAL = 'INFORMATIONAL',
  INSTRUMENTAL = 'INSTRUMENTAL',
  AFFILIATIONAL = 'AFFILIATIONAL',
}

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
