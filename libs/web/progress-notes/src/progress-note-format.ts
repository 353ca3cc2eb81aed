import {
  MODALITY_LABELS,
  Modality,
  OBJECTIVE_PROGRESS_LABELS,
  ObjectiveProgressRating,
  PROGRESS_NOTE_SECTIONS,
  PROGRESS_NOTE_STATUS_LABELS,
  ProgressNoteFormat,
  SESSION_ATTENDANCE_LABELS,
  SESSION_TYPE_LABELS,
  SessionAttendance,
  SessionType,
} from '@carecircle/shared/domain';
import type { ProgressNoteActivePlanQuery, ProgressNoteDetailFragment, SaveProgressNoteDraftInput } from '@carecircle/web/data-access';
import { parseISO } from 'date-fns';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `YYYY-MM-DD` session date as a calendar day in the reader's locale (no time-zone shift). */
export function formatSessionDate(iso: string): string {
  const date = parseISO(iso.slice(0, 10));
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** A moment (signed, co-signed, addendum) in the reader's locale and time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function clientFullName(client: { firstName: string; lastName: string }): string {
  return `${client.firstName} ${client.lastName}`;
}

/** "50 minutes", "1 minute". */
export function formatDuration(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export const formatLabel = (format: string): string => format; // the clinicians' short code is the label: DAP, SOAP, BIRP
export const sessionTypeLabel = (type: string): string => SESSION_TYPE_LABELS[type as SessionType] ?? type;
export const attendanceLabel = (attendance: string): string => SESSION_ATTENDANCE_LABELS[attendance as SessionAttendance] ?? attendance;
export const modalityLabel = (modality: string): string => MODALITY_LABELS[modality as Modality] ?? modality;
export const progressLabel = (rating: string): string => OBJECTIVE_PROGRESS_LABELS[rating as ObjectiveProgressRating] ?? rating;
export const noteStatusLabel = (status: string): string => PROGRESS_NOTE_STATUS_LABELS[status as keyof typeof PROGRESS_NOTE_STATUS_LABELS] ?? status;

/** The line under the page title: client · format · session type · date · status. */
export function describeNote(note: Pick<ProgressNoteDetailFragment, 'client' | 'format' | 'sessionType' | 'sessionDate' | 'status'>): string {
  return [clientFullName(note.client), formatLabel(note.format), sessionTypeLabel(note.sessionType), formatSessionDate(note.sessionDate), noteStatusLabel(note.status)].join(' · ');
}

/** An objective the session may address: from the active plan, or linked earlier from a plan version since replaced. */
export interface ObjectiveChoice {
  carePlanId: string;
  objectiveId: string;
  description: string;
  /** The goal it serves, for context; null for an objective no longer on the active plan. */
  goal: string | null;
  interventions: ReadonlyArray<{ id: string; description: string }>;
}

/** One objective's row in the editor. */
export interface ObjectiveDraft {
  objectiveId: string;
  carePlanId: string;
  addressed: boolean;
  /** '' until the counselor rates it: a rating is never assumed for them. */
  progress: ObjectiveProgressRating | '';
  interventionIds: string[];
}

/**
 * The editor's values, and what is kept on the device between saves. Sections are kept by key
 * across formats, so switching DAP → SOAP → DAP loses nothing typed in this visit.
 */
export interface ProgressNoteDraftValues {
  format: ProgressNoteFormat;
  sessionType: SessionType;
  sessionDate: string;
  /** 'HH:MM' or ''. */
  startTime: string;
  durationMinutes?: number;
  attendance: SessionAttendance;
  /** A Modality or '' (not recorded). */
  modality: string;
  sections: Record<string, string>;
  objectives: ObjectiveDraft[];
}

export type ProgressNoteDraftInput = Omit<SaveProgressNoteDraftInput, 'noteId' | 'expectedVersion'>;

type ActivePlan = NonNullable<ProgressNoteActivePlanQuery['currentCarePlan']>;

/**
 * The objectives the editor offers, in plan order: every objective of the active plan, then any the
 * note already links that the active plan no longer has (kept, so a save never drops them).
 */
export function objectiveChoices(plan: ActivePlan | null | undefined, noteObjectives: ProgressNoteDetailFragment['objectives']): ObjectiveChoice[] {
  const choices: ObjectiveChoice[] = [];
  const planId = plan?.id ?? '';
  for (const problem of plan?.problems ?? []) {
    for (const goal of problem.goals) {
      for (const objective of goal.objectives) {
        choices.push({
          carePlanId: planId,
          objectiveId: objective.id,
          description: objective.description,
          goal: goal.description,
          interventions: objective.interventions.map((i) => ({ id: i.id, description: i.description })),
        });
      }
    }
  }
  const offered = new Set(choices.map((c) => c.objectiveId));
  for (const linked of noteObjectives) {
    if (offered.has(linked.objectiveId)) continue;
    choices.push({
      carePlanId: linked.carePlanId,
      objectiveId: linked.objectiveId,
      description: linked.objectiveDescription,
      goal: null,
      interventions: linked.interventions.map((i) => ({ id: i.id, description: i.description })),
    });
  }
  return choices;
}

/** The note as the server holds it, in the editor's shape. */
export function noteToDraftValues(note: ProgressNoteDetailFragment, choices: readonly ObjectiveChoice[]): ProgressNoteDraftValues {
  const linked = new Map(note.objectives.map((o) => [o.objectiveId, o]));
  return {
    format: note.format as ProgressNoteFormat,
    sessionType: note.sessionType as SessionType,
    sessionDate: note.sessionDate,
    startTime: note.startTime ?? '',
    durationMinutes: note.durationMinutes ?? undefined,
    attendance: note.attendance as SessionAttendance,
    modality: note.modality ?? '',
    sections: Object.fromEntries(note.sections.map((s) => [s.key, s.text])),
    objectives: choices.map((choice) => {
      const link = linked.get(choice.objectiveId);
      return {
        objectiveId: choice.objectiveId,
        carePlanId: link?.carePlanId ?? choice.carePlanId,
        addressed: Boolean(link),
        progress: (link?.progress as ObjectiveProgressRating | undefined) ?? '',
        interventionIds: link ? link.interventions.map((i) => i.id) : [],
      };
    }),
  };
}

const isEnumValue = <E extends Record<string, string>>(values: E, value: unknown): value is E[keyof E] =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value);

/**
 * A copy kept on this device, fitted onto the objectives offered now (matched by id, which stays
 * the same across plan versions). Null when the copy is not a draft this editor can show.
 */
export function reviveDraftValues(stored: unknown, choices: readonly ObjectiveChoice[]): ProgressNoteDraftValues | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const s = stored as Partial<Record<keyof ProgressNoteDraftValues, unknown>>;
  if (!isEnumValue(ProgressNoteFormat, s.format) || !isEnumValue(SessionType, s.sessionType) || !isEnumValue(SessionAttendance, s.attendance)) return null;
  if (typeof s.sessionDate !== 'string' || typeof s.sections !== 'object' || s.sections === null) return null;
  const sections = Object.fromEntries(Object.entries(s.sections as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const kept = new Map(
    (Array.isArray(s.objectives) ? (s.objectives as Array<Partial<ObjectiveDraft>>) : []).flatMap((o) => (typeof o?.objectiveId === 'string' ? [[o.objectiveId, o] as const] : [])),
  );
  return {
    format: s.format,
    sessionType: s.sessionType,
    sessionDate: s.sessionDate,
    startTime: typeof s.startTime === 'string' ? s.startTime : '',
    durationMinutes: typeof s.durationMinutes === 'number' && Number.isFinite(s.durationMinutes) ? s.durationMinutes : undefined,
    attendance: s.attendance,
    modality: isEnumValue(Modality, s.modality) ? s.modality : '',
    sections,
    objectives: choices.map((choice) => {
      const o = kept.get(choice.objectiveId);
      const offered = new Set(choice.interventions.map((i) => i.id));
      return {
        objectiveId: choice.objectiveId,
        carePlanId: typeof o?.carePlanId === 'string' ? o.carePlanId : choice.carePlanId,
        addressed: o?.addressed === true,
        progress: isEnumValue(ObjectiveProgressRating, o?.progress) ? o.progress : '',
        interventionIds: Array.isArray(o?.interventionIds) ? o.interventionIds.filter((id): id is string => typeof id === 'string' && offered.has(id)) : [],
      };
    }),
  };
}

/**
 * What a save sends: the sections of the chosen format only, and the objectives ticked and rated
 * (a ticked objective waits for its rating on this device; the sign step asks for it).
 */
export function toDraftInput(values: ProgressNoteDraftValues): ProgressNoteDraftInput {
  const duration = values.durationMinutes;
  return {
    format: values.format,
    sessionType: values.sessionType,
    sessionDate: values.sessionDate,
    startTime: values.startTime.trim() || null,
    durationMinutes: typeof duration === 'number' && Number.isFinite(duration) ? duration : null,
    attendance: values.attendance,
    modality: (values.modality || null) as Modality | null,
    sections: PROGRESS_NOTE_SECTIONS[values.format].map((s) => ({ key: s.key, text: values.sections[s.key] ?? '' })),
    objectives: values.objectives
      .filter((o): o is ObjectiveDraft & { progress: ObjectiveProgressRating } => o.addressed && o.progress !== '')
      .map((o) => ({ carePlanId: o.carePlanId, objectiveId: o.objectiveId, progress: o.progress, interventionIds: [...o.interventionIds] })),
  };
}

/** Whether two drafts would put the same note on the server. */
export function sameDraftContent(a: ProgressNoteDraftValues, b: ProgressNoteDraftValues): boolean {
  return JSON.stringify(toDraftInput(a)) === JSON.stringify(toDraftInput(b));
}
