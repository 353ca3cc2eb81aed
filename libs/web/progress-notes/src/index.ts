// The progress-notes feature: the note page (draft with autosave, signed view, addenda), the dialog
// that starts a note, and the supervisor's co-signature queue.
export { StartProgressNoteDialog } from './start-progress-note-dialog';
export type { StartProgressNoteDialogProps } from './start-progress-note-dialog';
export { CosignatureQueue } from './cosignature-queue';
export { ProgressNotePage } from './progress-note-page';
export type { ProgressNotePageProps } from './progress-note-page';
export { progressNoteFragment } from './progress-note.queries';
export {
  attendanceLabel,
  clientFullName,
  describeNote,
  formatDateTime,
  formatDuration,
  formatSessionDate,
  modalityLabel,
  progressLabel,
  sessionTypeLabel,
} from './progress-note-format';
export { progressNoteDraftKey } from './use-progress-note-autosave';
// The queue's document, for specs of the pages that host the queue.
export { progressNotesAwaitingCosignatureQuery } from './progress-notes-list.queries';
