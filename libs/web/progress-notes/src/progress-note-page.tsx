import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { apiErrorCodeOf, errorMessage, useSession } from '@carecircle/web/data-access';
import { EmptyState, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ProgressNoteEditor } from './progress-note-editor';
import { clientFullName, describeNote } from './progress-note-format';
import { ProgressNoteView } from './progress-note-view';
import { progressNotePageQuery } from './progress-note.queries';
import './progress-note-page.css';

const NOT_FOUND_TITLE = 'This note was not found, or it is not on your caseload.';

function errorCodeOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const code = apiErrorCodeOf(e);
    // A malformed id is refused as input; for the person it is the same as an unknown note.
    if (code === ApiErrorCode.NOT_FOUND || code === ApiErrorCode.BAD_USER_INPUT) return ApiErrorCode.NOT_FOUND;
    if (code === ApiErrorCode.FORBIDDEN) return code;
  }
  return null;
}

export interface ProgressNotePageProps {
  /** Injectable for tests; defaults to now. */
  today?: Date;
  /** Quiet time before an autosave; injectable for tests. */
  autosaveDelayMs?: number;
}

/**
 * "/clients/:clientId/notes/:noteId": the author's own draft opens in the editor (saved as they
 * type); a signed note, or anyone else's, is read only, with its addenda.
 */
export function ProgressNotePage({ today, autosaveDelayMs }: ProgressNotePageProps = {}) {
  const { clientId = '', noteId = '' } = useParams();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(progressNotePageQuery, { variables: { noteId } });
  const note = data?.progressNote;
  const clientName = note ? clientFullName(note.client) : null;

  useEffect(() => {
    if (!clientName) return;
    const previous = document.title;
    document.title = `Progress note · ${clientName} · CareCircle`;
    return () => {
      document.title = previous;
    };
  }, [clientName]);

  let content;
  if (note && session) {
    const ownDraft = note.status === 'DRAFT' && note.author.id === session.me.id;
    const role = session.me.role;
    content = ownDraft ? (
      <ProgressNoteEditor key={note.id} note={note} staffId={session.me.id} today={today} autosaveDelayMs={autosaveDelayMs} />
    ) : (
      <ProgressNoteView note={note} canAddAddendum={role === 'COUNSELOR' || role === 'SUPERVISOR'} />
    );
  } else if (error && !loading) {
    const code = errorCodeOf(error);
    content =
      code === ApiErrorCode.NOT_FOUND ? (
        <EmptyState title={NOT_FOUND_TITLE}>
          <p>Check the link, or open the note from the client&apos;s record. A draft can be seen only by the person writing it.</p>
        </EmptyState>
      ) : code === ApiErrorCode.FORBIDDEN ? (
        <EmptyState title="You cannot see this note">
          <p>{errorMessage(error)}</p>
        </EmptyState>
      ) : (
        <ErrorState title="This note could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      );
  } else {
    content = (
      <div aria-busy="true">
        <Skeleton label="Loading the progress note…" rows={6} />
      </div>
    );
  }

  return (
    <div className="cc-note-page">
      <nav aria-label="Breadcrumb" className="cc-note-page__crumbs">
        <Link to={`/clients/${note?.client.id ?? clientId}`}>
          <span aria-hidden="true">← </span>
          {clientName ? `Back to ${clientName}'s record` : "Back to the client's record"}
        </Link>
      </nav>
      <h1 className="cc-note-page__title">Progress note</h1>
      {note && <p className="cc-note-page__summary">{describeNote(note)}</p>}
      {content}
    </div>
  );
}
