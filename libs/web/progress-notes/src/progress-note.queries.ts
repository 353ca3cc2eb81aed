import { graphql } from '@carecircle/web/data-access';

/**
 * Everything the note page shows about one note, draft or signed. Every mutation on the page
 * returns it, so the cache (and any list showing the note) updates without a reload.
 */
export const progressNoteFragment = graphql(`
  fragment ProgressNoteDetail on ProgressNote {
    id
    version
    status
    format
    sessionType
    sessionDate
    startTime
    durationMinutes
    attendance
    modality
    updatedAt
    signedAt
    cosignatureRequired
    awaitingCosignature
    cosignedAt
    cosignedBy {
      id
      displayName
    }
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
    sections {
      key
      label
      prompt
      text
    }
    objectives {
      carePlanId
      objectiveId
      objectiveDescription
      progress
      interventions {
        id
        description
      }
    }
    addenda {
      id
      text
      signedAt
      author {
        id
        displayName
      }
    }
  }
`);

export const progressNotePageQuery = graphql(`
  query ProgressNotePage($noteId: ID!) {
    progressNote(noteId: $noteId) {
      ...ProgressNoteDetail
    }
  }
`);

/** The client's signed, active plan: the objectives (and their interventions) a session can address. */
export const progressNoteActivePlanQuery = graphql(`
  query ProgressNoteActivePlan($clientId: ID!) {
    currentCarePlan(clientId: $clientId) {
      id
      planVersion
      problems {
        id
        goals {
          id
          description
          objectives {
            id
            description
            interventions {
              id
              description
            }
          }
        }
      }
    }
  }
`);

/** The whole draft each time; the answer carries the version the next save must send. */
export const saveProgressNoteDraftMutation = graphql(`
  mutation SaveProgressNoteDraft($input: SaveProgressNoteDraftInput!) {
    saveProgressNoteDraft(input: $input) {
      ...ProgressNoteDetail
    }
  }
`);

export const signProgressNoteMutation = graphql(`
  mutation SignProgressNote($noteId: ID!, $expectedVersion: Int!) {
    signProgressNote(noteId: $noteId, expectedVersion: $expectedVersion) {
      ...ProgressNoteDetail
    }
  }
`);

export const discardProgressNoteDraftMutation = graphql(`
  mutation DiscardProgressNoteDraft($noteId: ID!, $expectedVersion: Int!) {
    discardProgressNoteDraft(noteId: $noteId, expectedVersion: $expectedVersion)
  }
`);

export const addProgressNoteAddendumMutation = graphql(`
  mutation AddProgressNoteAddendum($input: AddProgressNoteAddendumInput!) {
    addProgressNoteAddendum(input: $input) {
      ...ProgressNoteDetail
    }
  }
`);
