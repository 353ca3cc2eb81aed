import { graphql } from '@carecircle/web/data-access';

/**
 * Every note of the client the caller may read, once per plan page; the page groups them by
 * objective. The objectives' fields match the record's list so both write the same cache shape.
 */
export const planObjectiveProgressNotesQuery = graphql(`
  query PlanObjectiveProgressNotes($clientId: ID!) {
    progressNotes(clientId: $clientId) {
      id
      status
      format
      sessionDate
      objectives {
        objectiveId
        objectiveDescription
        progress
      }
    }
  }
`);
