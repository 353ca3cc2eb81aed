import { graphql } from '@carecircle/web/data-access';

/** Opens a draft for a session; the dialog then goes to the new note's page. */
export const startProgressNoteMutation = graphql(`
  mutation StartProgressNote($input: StartProgressNoteInput!) {
    startProgressNote(input: $input) {
      id
      status
      format
      sessionType
      sessionDate
      version
      client {
        id
      }
    }
  }
`);

/** The supervisor's queue: signed notes of their team waiting for a co-signature, oldest session first. */
export const progressNotesAwaitingCosignatureQuery = graphql(`
  query ProgressNotesAwaitingCosignature {
    progressNotesAwaitingCosignature {
      id
      format
      sessionType
      sessionDate
      signedAt
      awaitingCosignature
      author {
        id
        displayName
      }
      client {
        id
        firstName
        lastName
        preferredName
      }
    }
  }
`);

export const cosignProgressNoteMutation = graphql(`
  mutation CosignProgressNote($noteId: ID!) {
    cosignProgressNote(noteId: $noteId) {
      id
      awaitingCosignature
      cosignedAt
      cosignedBy {
        id
        displayName
      }
    }
  }
`);
