import type { ProgressNoteDetailFragment } from '@carecircle/web/data-access';
import { AWAITING_COSIGNATURE_LABEL } from '@carecircle/shared/domain';
import { Button, StatusBadge } from '@carecircle/web/ui';
import { useId, useState } from 'react';
import { AddendumDialog } from './addendum-dialog';
import { attendanceLabel, formatDateTime, formatDuration, formatSessionDate, modalityLabel, progressLabel, sessionTypeLabel } from './progress-note-format';

export interface ProgressNoteViewProps {
  note: ProgressNoteDetailFragment;
  /** Counselors and supervisors may add an addendum to a signed note; peer workers only read. */
  canAddAddendum: boolean;
}

/**
 * A note as it was signed (or someone else's, read only): the session, each section, the objectives
 * with their ratings, who signed and co-signed, and the addenda. Nothing here edits the note.
 */
export function ProgressNoteView({ note, canAddAddendum }: ProgressNoteViewProps) {
  const signed = note.status === 'SIGNED';
  const [addingAddendum, setAddingAddendum] = useState(false);
  const [added, setAdded] = useState(false);
  const ids = useId();

  return (
    <div className="cc-note-view">
      {signed && (
        <div className="cc-note-view__signature">
          {note.signedAt && (
            <p className="cc-note-view__signed">
              Signed by {note.author.displayName} on {formatDateTime(note.signedAt)}
            </p>
          )}
          {note.awaitingCosignature && <StatusBadge tone="caution">{AWAITING_COSIGNATURE_LABEL}</StatusBadge>}
          {note.cosignedAt && (
            <p className="cc-note-view__signed">
              Co-signed by {note.cosignedBy?.displayName ?? 'a supervisor'} on {formatDateTime(note.cosignedAt)}
            </p>
          )}
        </div>
      )}
      {signed && <p className="cc-note-view__locked">Signed notes are locked. To correct or add to this note, add an addendum.</p>}
      {!signed && <p className="cc-note-view__locked">A draft by {note.author.displayName}; only its author can change it.</p>}

      <section className="cc-note-view__card" aria-labelledby={`${ids}-session`}>
        <h2 id={`${ids}-session`} className="cc-note-view__heading">
          Session
        </h2>
        <dl className="cc-note-view__facts">
          <div>
            <dt>Session type</dt>
            <dd>{sessionTypeLabel(note.sessionType)}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>{formatSessionDate(note.sessionDate)}</dd>
          </div>
          <div>
            <dt>Start time</dt>
            <dd>{note.startTime ?? 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd>{note.durationMinutes ? formatDuration(note.durationMinutes) : 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Attendance</dt>
            <dd>{attendanceLabel(note.attendance)}</dd>
          </div>
          <div>
            <dt>Modality</dt>
            <dd>{note.modality ? modalityLabel(note.modality) : 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Author</dt>
            <dd>{note.author.displayName}</dd>
          </div>
        </dl>
      </section>

      <section className="cc-note-view__card" aria-label={`${note.format} note`}>
        {note.sections.map((section) => (
          <div key={section.key} className="cc-note-view__section">
            <h2 className="cc-note-view__heading">{section.label}</h2>
            {section.text.trim() ? <p className="cc-note-view__text">{section.text}</p> : <p className="cc-note-view__empty">Not written.</p>}
          </div>
        ))}
      </section>

      <section className="cc-note-view__card" aria-labelledby={`${ids}-objectives`}>
        <h2 id={`${ids}-objectives`} className="cc-note-view__heading">
          Objectives addressed
        </h2>
        {note.objectives.length === 0 ? (
          <p className="cc-note-view__empty">No care plan objectives were linked to this note.</p>
        ) : (
          <ul className="cc-note-view__objectives">
            {note.objectives.map((objective) => (
              <li key={objective.objectiveId} className="cc-note-view__objective">
                <p className="cc-note-view__objective-name">{objective.objectiveDescription}</p>
                <p className="cc-note-view__rating">
                  Progress: <strong>{progressLabel(objective.progress)}</strong>
                </p>
                {objective.interventions.length > 0 && (
                  <p className="cc-note-view__interventions">Interventions: {objective.interventions.map((i) => i.description).join('; ')}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {signed && (
        <section className="cc-note-view__card cc-note-view__addenda" aria-labelledby={`${ids}-addenda`}>
          <h2 id={`${ids}-addenda`} className="cc-note-view__heading">
            Addenda
          </h2>
          {note.addenda.length === 0 ? (
            <p className="cc-note-view__empty">No addenda.</p>
          ) : (
            <ol className="cc-note-view__addendum-list">
              {note.addenda.map((addendum) => (
                <li key={addendum.id} className="cc-note-view__addendum">
                  <p className="cc-note-view__addendum-meta">
                    {addendum.author.displayName} · {formatDateTime(addendum.signedAt)}
                  </p>
                  <p className="cc-note-view__text">{addendum.text}</p>
                </li>
              ))}
            </ol>
          )}
          <p role="status" className="cc-note-view__added">
            {added ? 'Addendum added.' : ''}
          </p>
          {canAddAddendum && (
            <div className="cc-note-view__actions">
              <Button
                variant="secondary"
                onPress={() => {
                  setAdded(false);
                  setAddingAddendum(true);
                }}
              >
                Add an addendum
              </Button>
            </div>
          )}
        </section>
      )}
      {addingAddendum && <AddendumDialog noteId={note.id} isOpen onOpenChange={setAddingAddendum} onAdded={() => setAdded(true)} />}
    </div>
  );
}
