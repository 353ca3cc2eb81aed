import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { SESSION_TYPE_LABELS } from '@carecircle/shared/domain';
import { errorMessage, useSession, type ProgressNotesAwaitingCosignatureQuery } from '@carecircle/web/data-access';
import { Button, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { clientFullName, formatSessionDate } from './progress-note-format';
import { cosignProgressNoteMutation, progressNotesAwaitingCosignatureQuery } from './progress-notes-list.queries';
import './cosignature-queue.css';

type WaitingNote = ProgressNotesAwaitingCosignatureQuery['progressNotesAwaitingCosignature'][number];

function clientName(note: WaitingNote): string {
  return clientFullName(note.client);
}

function WaitingNoteItem({
  note,
  busy,
  onCosign,
}: {
  note: WaitingNote;
  busy: boolean;
  onCosign: (note: WaitingNote) => void;
}) {
  const titleId = `cosign-${note.id}-title`;
  return (
    <li className="cc-cosign-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="cc-cosign-card__client">
        {clientName(note)}
      </h3>
      <dl className="cc-cosign-card__fields">
        <div>
          <dt>Written by</dt>
          <dd>{note.author.displayName}</dd>
        </div>
        <div>
          <dt>Session date</dt>
          <dd>{formatSessionDate(note.sessionDate)}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{note.format}</dd>
        </div>
        <div>
          <dt>Session type</dt>
          <dd>{SESSION_TYPE_LABELS[note.sessionType]}</dd>
        </div>
      </dl>
      <div className="cc-cosign-card__actions">
        {/* Both controls name the client through the card's heading, so a list of them stays tellable apart. */}
        <Link to={`/clients/${note.client.id}/notes/${note.id}`} className="cc-link-button" aria-describedby={titleId}>
          Read the note
        </Link>
        <Button variant="primary" onPress={() => onCosign(note)} isDisabled={busy} aria-describedby={titleId}>
          {busy ? 'Co-signing…' : 'Co-sign'}
        </Button>
      </div>
    </li>
  );
}

/**
 * The supervisor's second queue on the sign-off page: signed notes by staff who need co-signature
 * (interns, associate licensees), oldest session first. Co-signing takes the note off the list at
 * once and says so. Renders nothing for anyone but a clinical supervisor.
 */
export function CosignatureQueue() {
  const session = useSession();
  const isSupervisor = session?.me.role === 'SUPERVISOR';
  const [confirmation, setConfirmation] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [cosigningId, setCosigningId] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(progressNotesAwaitingCosignatureQuery, {
    skip: !isSupervisor,
    fetchPolicy: 'cache-and-network',
  });
  const [cosign] = useMutation(cosignProgressNoteMutation, {
    update(cache, { data: result }) {
      const cosignedId = result?.cosignProgressNote.id;
      if (!cosignedId) return;
      cache.modify({
        fields: {
          progressNotesAwaitingCosignature: (existing, { readField }) =>
            Array.isArray(existing) ? existing.filter((ref: Reference) => readField('id', ref) !== cosignedId) : existing,
        },
      });
    },
  });

  if (!isSupervisor) return null;

  async function onCosign(note: WaitingNote) {
    setConfirmation('');
    setFailure(null);
    setCosigningId(note.id);
    try {
      await cosign({ variables: { noteId: note.id } });
      setConfirmation(`Co-signed ${clientName(note)}'s note from ${formatSessionDate(note.sessionDate)}.`);
    } catch (e) {
      setFailure(`${clientName(note)}'s note was not co-signed. ${errorMessage(e as Parameters<typeof errorMessage>[0])}`);
    } finally {
      setCosigningId(null);
    }
  }

  const notes = data?.progressNotesAwaitingCosignature;
  let content;
  if (error && !notes) {
    content = (
      <ErrorState
        headingLevel={3}
        title="Notes awaiting co-signature could not be loaded"
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (!notes) {
    content = <Skeleton label="Loading notes awaiting co-signature…" rows={3} />;
  } else if (notes.length === 0) {
    content = <p className="cc-cosign-queue__empty">No notes are waiting for your co-signature.</p>;
  } else {
    content = (
      <ul className="cc-cosign-cards" aria-labelledby="cc-cosign-title">
        {notes.map((note) => (
          <WaitingNoteItem key={note.id} note={note} busy={cosigningId === note.id} onCosign={(n) => void onCosign(n)} />
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="cc-cosign-title" aria-busy={loading} className="cc-cosign-queue">
      <h2 id="cc-cosign-title">Progress notes awaiting co-signature</h2>
      <p role="status" className="cc-cosign-queue__confirmation">
        {confirmation}
      </p>
      {failure && (
        <p role="alert" className="cc-cosign-queue__failure">
          {failure}
        </p>
      )}
      {content}
    </section>
  );
}
