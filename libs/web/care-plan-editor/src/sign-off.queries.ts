import { graphql } from '@carecircle/web/data-access';

/** The supervisor's two lists: plans waiting for sign-off (oldest first) and overdue reviews. */
export const signOffQueueQuery = graphql(`
  query SignOffQueue {
    carePlansAwaitingSignOff(limit: 100) {
      id
      planVersion
      version
      submittedAt
      submittedBy {
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
    carePlansOverdue(limit: 100) {
      id
      planVersion
      reviewDueOn
      client {
        id
        firstName
        lastName
        preferredName
      }
    }
  }
`);

export const signOffCarePlanMutation = graphql(`
  mutation SignOffCarePlan($planId: ID!, $expectedVersion: Int!, $comment: String) {
    signOffCarePlan(planId: $planId, expectedVersion: $expectedVersion, comment: $comment) {
      id
      status
      version
      signedAt
      reviewDueOn
    }
  }
`);

export const returnCarePlanForChangesMutation = graphql(`
  mutation ReturnCarePlanForChanges($planId: ID!, $expectedVersion: Int!, $comment: String!) {
    returnCarePlanForChanges(planId: $planId, expectedVersion: $expectedVersion, comment: $comment) {
      id
      status
      version
      returnedAt
      returnComment
    }
  }
`);
