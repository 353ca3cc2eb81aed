import { graphql } from '@carecircle/web/data-access';

/** The check-in trend chart: every check-in in the window plus completion against the schedule. */
export const clientCheckInsQuery = graphql(`
  query ClientCheckIns($clientId: ID!, $from: String!, $to: String!) {
    checkIns(clientId: $clientId, from: $from, to: $to) {
      id
      occurredAt
      craving
      mood
      usedSubstances
    }
    checkInCompletion(clientId: $clientId, from: $from, to: $to) {
      days
      expected
      received
      rate
      schedule
      from
      to
    }
  }
`);
