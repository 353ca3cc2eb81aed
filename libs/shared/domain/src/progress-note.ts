import { calendarDaysBetween, type IsoDate } from './episode-of-care';

/** The three note templates DOMAIN.md names; each section is free text. */
export enum ProgressNoteFormat {
  DAP = 'DAP',
  SOAP = 'SOAP',
  BIRP = 'BIRP',
}

export const PROGRESS_NOTE_FORMAT_LABELS: Record<ProgressNoteFormat, string> = {
  [ProgressNoteFormat.DAP]: 'DAP (Data, Assessment, Plan)',
  [ProgressNoteFormat.SOAP]: 'SOAP (Subjective, Objective, Assessment, Plan)',
  [ProgressNoteFormat.BIRP]: 'BIRP (Behavior, Intervention, Response, Plan)',
};

export interface ProgressNoteSectionDefinition {
  /** Stable key stored with the text, e.g. `assessment`. */
  key: string;
  label: string;
  /** What a clinician writes here, shown under the field. */
  prompt: string;
}

const PLAN: ProgressNoteSectionDefinition = { key: 'plan', label: 'Plan', prompt: 'Next steps: homework, referrals, the next session, changes to the plan.' };
const ASSESSMENT: ProgressNoteSectionDefinition = {
  key: 'assessment',
  label: 'Assessment',
  prompt: "Your clinical interpretation: what it means, risk, and progress toward the plan's objectives.",
};

/** The sections of each template, in the order a note shows them. */
export const PROGRESS_NOTE_SECTIONS: Record<ProgressNoteFormat, readonly ProgressNoteSectionDefinition[]> = {
  [ProgressNoteFormat.DAP]: [{ key: 'data', label: 'Data', prompt: 'What was observed and what the client said, including measures given.' }, ASSESSMENT, PLAN],
  [ProgressNoteFormat.SOAP]: [
    { key: 'subjective', label: 'Subjective', prompt: "The client's own report: mood, cravings, use, events since the last session." },
    { key: 'objective', label: 'Objective', prompt: 'What you observed: presentation, affect, test results, scores.' },
    ASSESSMENT,
    PLAN,
  ],
  [ProgressNoteFormat.BIRP]: [
    { key: 'behavior', label: 'Behavior', prompt: "The client's presentation and behavior in the session." },
    { key: 'intervention', label: 'Intervention', prompt: 'What you did: the techniques and modality used.' },
    { key: 'response', label: 'Response', prompt: 'How the client responded to the intervention.' },
    PLAN,
  ],
};

export enum SessionType {
  INDIVIDUAL = 'INDIVIDUAL',
  GROUP = 'GROUP',
  FAMILY = 'FAMILY',
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
}

export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  [SessionType.INDIVIDUAL]: 'Individual',
  [SessionType.GROUP]: 'Group',
  [SessionType.FAMILY]: 'Family',
  [SessionType.CASE_MANAGEMENT]: 'Case management',
};

export enum SessionAttendance {
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED_BY_CLIENT = 'CANCELLED_BY_CLIENT',
  CANCELLED_BY_PROGRAM = 'CANCELLED_BY_PROGRAM',
}

export const SESSION_ATTENDANCE_LABELS: Record<SessionAttendance, string> = {
  [SessionAttendance.ATTENDED]: 'Attended',
  [SessionAttendance.NO_SHOW]: 'No-show',
  [SessionAttendance.CANCELLED_BY_CLIENT]: 'Cancelled by client',
  [SessionAttendance.CANCELLED_BY_PROGRAM]: 'Cancelled by program',
};

/** Progress toward one objective in one session: the evidence a plan review reads. */
export enum ObjectiveProgressRating {
  NO_PROGRESS = 'NO_PROGRESS',
  SOME_PROGRESS = 'SOME_PROGRESS',
  MET = 'MET',
  REGRESSED = 'REGRESSED',
}

export const OBJECTIVE_PROGRESS_LABELS: Record<ObjectiveProgressRating, string> = {
  [ObjectiveProgressRating.NO_PROGRESS]: 'No progress',
  [ObjectiveProgressRating.SOME_PROGRESS]: 'Some progress',
  [ObjectiveProgressRating.MET]: 'Met',
  [ObjectiveProgressRating.REGRESSED]: 'Regressed',
};

/** Draft (autosaved, only its author sees it) → signed (locked; addenda only). */
export enum ProgressNoteStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
}

export const PROGRESS_NOTE_STATUS_LABELS: Record<ProgressNoteStatus, string> = {
  [ProgressNoteStatus.DRAFT]: 'Draft',
  [ProgressNoteStatus.SIGNED]: 'Signed',
};

/** How a signed note still waiting for its supervisor's co-signature is named wherever it is listed. */
export const AWAITING_COSIGNATURE_LABEL = 'Awaiting co-signature';

export const PROGRESS_NOTE_SECTION_MAX_LENGTH = 10_000;
export const PROGRESS_NOTE_ADDENDUM_MAX_LENGTH = 5_000;
export const SESSION_DURATION_MAX_MINUTES = 600;

/** What the signing rules look at: the note as its author last saved it. */
export interface ProgressNoteForSigning {
  format: ProgressNoteFormat;
  attendance: SessionAttendance;
  sessionDate: IsoDate;
  startTime: string | null;
  durationMinutes: number | null;
  sections: ReadonlyArray<{ key: string; text: string }>;
}

/** A section's text in a note, '' when the note has none under that key. */
export function sectionText(sections: ReadonlyArray<{ key: string; text: string }>, key: string): string {
  return sections.find((s) => s.key === key)?.text ?? '';
}

/**
 * Why a note cannot be signed yet, one sentence per problem with the field it concerns; empty when
 * it can. A session that took place needs its time, its length and every section of its template; a
 * no-show or cancellation needs only the plan (what follow-up was done).
 */
export function progressNoteSigningProblems(note: ProgressNoteForSigning, today: IsoDate): Array<{ field: string; problem: string }> {
  const problems: Array<{ field: string; problem: string }> = [];
  if (note.sessionDate > today) problems.push({ field: 'sessionDate', problem: 'A note for a session in the future cannot be signed.' });
  const sections = PROGRESS_NOTE_SECTIONS[note.format];
  if (note.attendance === SessionAttendance.ATTENDED) {
    if (!note.startTime) problems.push({ field: 'startTime', problem: 'Give the time the session started.' });
    if (!note.durationMinutes) problems.push({ field: 'durationMinutes', problem: 'Give how long the session lasted.' });
    for (const section of sections) {
      if (!sectionText(note.sections, section.key).trim()) {
        problems.push({ field: `sections.${section.key}`, problem: `Write the ${section.label} section before signing.` });
      }
    }
  } else if (!sectionText(note.sections, PLAN.key).trim()) {
    problems.push({ field: `sections.${PLAN.key}`, problem: 'Write the Plan section: the follow-up for a missed or cancelled session.' });
  }
  return problems;
}

/** Per-program setting with DOMAIN.md's default: two no-shows in 30 days. */
export interface NoShowThreshold {
  noShowCount: number;
  noShowWindowDays: number;
}

/** The no-shows that fall in the window ending today, newest first. */
export function noShowsInWindow(noShowDates: readonly IsoDate[], today: IsoDate, windowDays: number): IsoDate[] {
  return noShowDates
    .filter((on) => {
      const age = calendarDaysBetween(on, today);
      return age >= 0 && age <= windowDays;
    })
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}
