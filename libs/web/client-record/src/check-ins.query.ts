import { graphql } from '@carecircle/web/data-access';

/** The check-in section: every check-in in the window (chart and recent list) plus completion against the schedule. */
export const clientCheckInsQuery = graphql(`
  query ClientCheckIns($clientId: ID!, $from: String!, $to: String!) {
    checkIns(clientId: $clientId, from: $from, to: $to) {
      id
      occurredAt
      channel
      craving
      mood
      confidence
      usedSubstances
      substances
      attendedMeeting
      meetingKind
      triggers
      note
      recordedBy {
        id
        displayName
        role
      }
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

/** A check-in staff took by phone, in person or by text; the caller is recorded as who entered it. */
export const logCheckInMutation = graphql(`
  mutation LogCheckIn($input: LogCheckInInput!) {
    logCheckIn(input: $input) {
      id
      occurredAt
      channel
      recordedBy {
        id
        displayName
      }
    }
  }
`);

/** What a saved check-in changes on screen: the check-in section (chart, completion, recent list). */
export const CHECK_IN_REFETCH_QUERIES = ['ClientCheckIns', 'ClientCircleOfSupport'];
