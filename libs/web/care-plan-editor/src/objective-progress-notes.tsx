import { useQuery } from '@apollo/client/react';
import { OBJECTIVE_PROGRESS_LABELS } from '@carecircle/shared/domain';
import type { PlanObjectiveProgressNotesQuery } from '@carecircle/web/data-access';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { formatIsoDate } from './care-plan-format';
import { planObjectiveProgressNotesQuery } from './objective-progress-notes.queries';
import './objective-progress-notes.css';

type PlanNote = PlanObjectiveProgressNotesQuery['progressNotes'][number];

/** One note as an objective lists it: the note and the rating it gave this objective. */
export interface ObjectiveNote {
  noteId: string;
  sessionDate: string;
  format: PlanNote['format'];
  isDraft: boolean;
  progress: PlanNote['objectives'][number]['progress'];
}

/** Notes by objective id, newest session first (the server's order); null when not shown. */
export type ObjectiveNotesIndex = ReadonlyMap<string, readonly ObjectiveNote[]>;

/** Groups the client's notes under the objectives they addressed; ids are stable across plan versions. */
export function groupNotesByObjective(notes: readonly PlanNote[]): ObjectiveNotesIndex {
  const byObjective = new Map<string, ObjectiveNote[]>();
  for (const note of notes) {
    for (const objective of note.objectives) {
      const list = byObjective.get(objective.objectiveId) ?? [];
      list.push({ noteId: note.id, sessionDate: note.sessionDate, format: note.format, isDraft: note.status === 'DRAFT', progress: objective.progress });
      byObjective.set(objective.objectiveId, list);
    }
  }
  return byObjective;
}

/**
 * The client's progress notes grouped by objective, fetched once for the plan screen. Null while
 * loading, without a client id, or when the reader may not see notes (a peer worker without the
 * client's consent gets FORBIDDEN): then the plan shows no notes at all rather than an error.
 */
export function useObjectiveProgressNotes(clientId: string | undefined): ObjectiveNotesIndex | null {
  const { data } = useQuery(planObjectiveProgressNotesQuery, {
    variables: { clientId: clientId ?? '' },
    skip: !clientId,
    // Notes are signed on their own page; a plan opened afterwards should count them.
    fetchPolicy: 'cache-and-network',
  });
  const notes = data?.progressNotes;
  return useMemo(() => (notes ? groupNotesByObjective(notes) : null), [notes]);
}

export interface ObjectiveProgressNotesProps {
  clientId: string;
  /** This objective's notes; undefined when it has none. */
  notes: readonly ObjectiveNote[] | undefined;
}

/** "Progress notes (n)" under an objective: one line per note (date, format, rating) linking to it. */
export function ObjectiveProgressNotes({ clientId, notes = [] }: ObjectiveProgressNotesProps) {
  const titleId = useId();
  return (
    <div className="cc-objective-notes">
      <p id={titleId} className="cc-objective-notes__title">
        Progress notes ({notes.length})
      </p>
      {notes.length === 0 ? (
        <p className="cc-objective-notes__none">No note has addressed this objective yet.</p>
      ) : (
        <ul className="cc-objective-notes__list" aria-labelledby={titleId}>
          {notes.map((note) => (
            <li key={note.noteId}>
              <Link to={`/clients/${clientId}/notes/${note.noteId}`}>
                {formatIsoDate(note.sessionDate)} · {note.format} · {OBJECTIVE_PROGRESS_LABELS[note.progress]}
                {note.isDraft && ' (draft)'}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
