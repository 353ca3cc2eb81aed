import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  ApiErrorCode,
  AWAITING_COSIGNATURE_LABEL,
  OBJECTIVE_PROGRESS_LABELS,
  PROGRESS_NOTE_STATUS_LABELS,
  ProgressNoteFormat,
  SESSION_ATTENDANCE_LABELS,
  SESSION_TYPE_LABELS,
} from '@carecircle/shared/domain';
import { apiErrorCodeOf, useSession, type ClientProgressNotesQuery, type ClientProgressNotesQueryVariables } from '@carecircle/web/data-access';
import { StartProgressNoteDialog } from '@carecircle/web/progress-notes';
import { Button, EmptyState, SelectField, StatusBadge, useIsPhone, VisuallyHidden, type SelectOption, type StatusTone } from '@carecircle/web/ui';
import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { Link } from 'react-router';
import type { RecordClient } from './client-overview';
import { formatIsoDate } from './dates';
import { clientProgressNotesQuery } from './progress-notes.query';
import { RecordSection } from './record-section';
import { sectionLoadingOrError } from './section-query-state';

type ListedNote = ClientProgressNotesQuery['progressNotes'][number];

/** An objective of the active plan, as the filter names it. */
export interface PlanObjectiveOption {
  id: string;
  description: string;
}

/** The active plan's objectives in plan order (an empty list without a signed plan). */
export function activePlanObjectives(client: Pick<RecordClient, 'currentCarePlan'>): PlanObjectiveOption[] {
  return (client.currentCarePlan?.problems ?? []).flatMap((problem) =>
    problem.goals.flatMap((goal) => goal.objectives.map(({ id, description }) => ({ id, description }))),
  );
}

export interface ProgressNotesSectionProps {
  clientId: string;
  /** How the record names the client, e.g. "Jo". */
  clientName: string;
  /** The objectives of the client's active plan, in plan order; empty without one. */
  objectives: readonly PlanObjectiveOption[];
  today: Date;
}

export const PEER_WITHOUT_CONSENT = "Progress notes are shared with peer support workers only under the client's consent.";

const FORMAT_FILTER_OPTIONS: readonly SelectOption[] = [
  { value: '', label: 'All formats' },
  ...Object.values(ProgressNoteFormat).map((format) => ({ value: format, label: format })),
];

const NOTES_CAPTION = 'Progress notes, newest session first';

function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => apiErrorCodeOf(e) === ApiErrorCode.FORBIDDEN);
}

/** Draft, Signed, or — for a signed note that still needs its supervisor — Awaiting co-signature. */
function noteStatus(note: ListedNote): { label: string; tone: StatusTone } {
  if (note.status === 'DRAFT') return { label: PROGRESS_NOTE_STATUS_LABELS.DRAFT, tone: 'neutral' };
  if (note.awaitingCosignature) return { label: AWAITING_COSIGNATURE_LABEL, tone: 'caution' };
  return { label: PROGRESS_NOTE_STATUS_LABELS.SIGNED, tone: 'positive' };
}

function sessionWhen(note: ListedNote): string {
  const date = formatIsoDate(note.sessionDate);
  return note.startTime ? `${date}, ${note.startTime}` : date;
}

function OpenNoteLink({ clientId, note }: { clientId: string; note: ListedNote }) {
  return (
    <Link to={`/clients/${clientId}/notes/${note.id}`} className="cc-notes__open">
      Open note<VisuallyHidden> from {formatIsoDate(note.sessionDate)}</VisuallyHidden>
    </Link>
  );
}

function AddressedObjectives({ note }: { note: ListedNote }) {
  if (note.objectives.length === 0) return <span className="cc-record__muted">None linked</span>;
  return (
    <ul className="cc-notes__objectives">
      {note.objectives.map((objective) => (
        <li key={objective.objectiveId}>
          {objective.objectiveDescription}: <strong>{OBJECTIVE_PROGRESS_LABELS[objective.progress]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** The notes at a desk: a React Aria table, one row per note, its last cell the link to the note. */
function NotesTable({ clientId, notes }: { clientId: string; notes: readonly ListedNote[] }) {
  return (
    <div className="cc-notes__scroll">
      <Table className="cc-notes__table" aria-label={NOTES_CAPTION}>
        <TableHeader>
          <Column id="session" isRowHeader>
            Session
          </Column>
          <Column id="type">Session type</Column>
          <Column id="format">Format</Column>
          <Column id="attendance">Attendance</Column>
          <Column id="status">Status</Column>
          <Column id="author">Author</Column>
          <Column id="objectives">Objectives addressed</Column>
          <Column id="open">
            <VisuallyHidden>Note</VisuallyHidden>
          </Column>
        </TableHeader>
        <TableBody>
          {notes.map((note) => {
            const status = noteStatus(note);
            return (
              <Row key={note.id} id={note.id}>
                <Cell>{sessionWhen(note)}</Cell>
                <Cell>{SESSION_TYPE_LABELS[note.sessionType]}</Cell>
                <Cell>{note.format}</Cell>
                <Cell>{SESSION_ATTENDANCE_LABELS[note.attendance]}</Cell>
                <Cell>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                </Cell>
                <Cell>{note.author.displayName}</Cell>
                <Cell>
                  <AddressedObjectives note={note} />
                </Cell>
                <Cell>
                  <OpenNoteLink clientId={clientId} note={note} />
                </Cell>
              </Row>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** The notes on a phone: one card per note, so the link is on screen instead of beyond the right edge. */
function NoteCards({ clientId, notes }: { clientId: string; notes: readonly ListedNote[] }) {
  return (
    <ul className="cc-notes__cards" aria-label={NOTES_CAPTION}>
      {notes.map((note) => {
        const status = noteStatus(note);
        return (
          <li key={note.id} className="cc-notes__card">
            <h3 className="cc-notes__card-title">{sessionWhen(note)}</h3>
            <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
            <dl className="cc-notes__card-fields">
              <div>
                <dt>Session type</dt>
                <dd>{SESSION_TYPE_LABELS[note.sessionType]}</dd>
              </div>
              <div>
                <dt>Format</dt>
                <dd>{note.format}</dd>
              </div>
              <div>
                <dt>Attendance</dt>
                <dd>{SESSION_ATTENDANCE_LABELS[note.attendance]}</dd>
              </div>
              <div>
                <dt>Author</dt>
                <dd>{note.author.displayName}</dd>
              </div>
              <div className="cc-notes__card-wide">
                <dt>Objectives addressed</dt>
                <dd>
                  <AddressedObjectives note={note} />
                </dd>
              </div>
            </dl>
            <OpenNoteLink clientId={clientId} note={note} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Progress notes" on the client record: signed notes and the reader's own drafts, newest session
 * first, filtered by objective of the active plan and by format (the server filters). Counselors and
 * supervisors start a note from here; a peer worker sees notes only under the client's consent.
 */
export function ProgressNotesSection({ clientId, clientName, objectives, today }: ProgressNotesSectionProps) {
  const session = useSession();
  const isPhone = useIsPhone();
  // The API lets counselors and supervisors write notes; peers keep their contact log instead.
  const canWrite = session?.me.role === 'COUNSELOR' || session?.me.role === 'SUPERVISOR';
  const [objectiveId, setObjectiveId] = useState('');
  const [format, setFormat] = useState('');
  const [starting, setStarting] = useState(false);

  const variables: ClientProgressNotesQueryVariables = { clientId };
  if (objectiveId) variables.objectiveId = objectiveId;
  if (format) variables.format = format as NonNullable<ClientProgressNotesQueryVariables['format']>;
  // Notes are written and signed on their own page; coming back should show them as they now are.
  const { data, loading, error, refetch } = useQuery(clientProgressNotesQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  const forbidden = !data && isForbidden(error);
  const filtered = Boolean(objectiveId || format);
  const objectiveOptions: readonly SelectOption[] = [
    { value: '', label: 'All objectives' },
    ...objectives.map((objective) => ({ value: objective.id, label: objective.description || 'Objective without a description' })),
  ];

  let content;
  if (forbidden) {
    content = <p className="cc-record__muted">{PEER_WITHOUT_CONSENT}</p>;
  } else {
    content = sectionLoadingOrError(
      { hasData: Boolean(data), error, refetch },
      { failed: 'Progress notes could not be loaded', loading: 'Loading progress notes…', rows: 3 },
    );
    const notes = data?.progressNotes;
    if (notes && notes.length === 0) {
      content = filtered ? (
        <p className="cc-record__muted">No progress notes match these filters.</p>
      ) : (
        <EmptyState headingLevel={3} title="No progress notes yet.">
          <p>
            {canWrite
              ? `Notes you and the care team write for sessions with ${clientName} appear here, newest first.`
              : `Notes the care team writes for sessions with ${clientName} appear here once they are signed.`}
          </p>
        </EmptyState>
      );
    } else if (notes) {
      content = isPhone ? <NoteCards clientId={clientId} notes={notes} /> : <NotesTable clientId={clientId} notes={notes} />;
    }
  }

  return (
    <RecordSection
      id="progress-notes"
      title="Progress notes"
      aside={
        canWrite && (
          <Button variant="primary" onPress={() => setStarting(true)}>
            Write a progress note
          </Button>
        )
      }
    >
      {!forbidden && (
        <div className="cc-notes__filters" role="group" aria-label="Filter progress notes">
          <SelectField label="Objective" value={objectiveId} options={objectiveOptions} onChange={setObjectiveId} />
          <SelectField label="Format" value={format} options={FORMAT_FILTER_OPTIONS} onChange={setFormat} />
        </div>
      )}
      <div aria-busy={loading}>{content}</div>
      {canWrite && starting && (
        <StartProgressNoteDialog clientId={clientId} clientName={clientName} isOpen onOpenChange={setStarting} today={today} />
      )}
    </RecordSection>
  );
}
