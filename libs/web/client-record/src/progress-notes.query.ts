import { graphql } from '@carecircle/web/data-access';

/**
 * The record's notes list: signed notes and the caller's own drafts, newest session first, filtered
 * by the server. FORBIDDEN for a peer worker without the client's consent covering progress notes.
 */
export const clientProgressNotesQuery = graphql(`
  query ClientProgressNotes($clientId: ID!, $objectiveId: String, $format: ProgressNoteFormat) {
    progressNotes(clientId: $clientId, objectiveId: $objectiveId, format: $format) {
      id
      status
      format
      sessionType
      sessionDate
      startTime
      attendance
      awaitingCosignature
      author {
        id
        displayName
      }
      objectives {
        objectiveId
        objectiveDescription
        progress
      }
    }
  }
`);
