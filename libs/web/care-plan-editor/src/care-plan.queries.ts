import { graphql } from '@carecircle/web/data-access';

/** Everything the plan screens show about one version: status, people and dates, and the tree. */
export const carePlanDetailFragment = graphql(`
  fragment CarePlanDetail on CarePlan {
    id
    clientId
    planVersion
    version
    status
    isOverdue
    isPartialView
    reviewDueOn
    basedOnPlanId
    createdAt
    updatedAt
    submittedAt
    signedAt
    returnedAt
    returnComment
    signOffComment
    createdBy {
      id
      displayName
    }
    updatedBy {
      id
      displayName
    }
    submittedBy {
      id
      displayName
    }
    signedBy {
      id
      displayName
    }
    returnedBy {
      id
      displayName
    }
    problems {
      id
      clientStatement
      clinicalDescription
      addressesDiagnosisCodes
      goals {
        id
        description
        objectives {
          id
          description
          targetDate
          status
          interventions {
            id
            description
            frequency
            modality
            responsibleStaffId
            responsibleStaff {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

/** The care-plan page: who the client is, their care team, the open revision and the signed plan. */
export const carePlanPageQuery = graphql(`
  query CarePlanPage($clientId: ID!) {
    client(id: $clientId) {
      id
      firstName
      lastName
      preferredName
      careTeam {
        role
        staff {
          id
          displayName
        }
      }
    }
    openCarePlan(clientId: $clientId) {
      ...CarePlanDetail
    }
    currentCarePlan(clientId: $clientId) {
      ...CarePlanDetail
    }
  }
`);

/** One version by id: "their version" after a conflict, or the plan under review. */
export const carePlanVersionQuery = graphql(`
  query CarePlanVersion($planId: ID!) {
    carePlan(id: $planId) {
      ...CarePlanDetail
      client {
        id
        firstName
        lastName
        preferredName
      }
    }
  }
`);

export const carePlanHistoryQuery = graphql(`
  query CarePlanHistory($clientId: ID!) {
    carePlanHistory(clientId: $clientId) {
      id
      planVersion
      status
      createdAt
      submittedAt
      submittedBy {
        id
        displayName
      }
      signedAt
      signedBy {
        id
        displayName
      }
      supersededAt
    }
  }
`);

export const carePlanDiffQuery = graphql(`
  query CarePlanDiff($fromPlanId: ID!, $toPlanId: ID!) {
    carePlanDiff(fromPlanId: $fromPlanId, toPlanId: $toPlanId) {
      kind
      itemKind
      itemId
      label
      fields
      previousLabel
    }
  }
`);

export const startCarePlanDraftMutation = graphql(`
  mutation StartCarePlanDraft($clientId: ID!) {
    startCarePlanDraft(clientId: $clientId) {
      ...CarePlanDetail
    }
  }
`);

export const saveCarePlanDraftMutation = graphql(`
  mutation SaveCarePlanDraft($input: SaveCarePlanDraftInput!) {
    saveCarePlanDraft(input: $input) {
      ...CarePlanDetail
    }
  }
`);

export const submitCarePlanForReviewMutation = graphql(`
  mutation SubmitCarePlanForReview($planId: ID!, $expectedVersion: Int!) {
    submitCarePlanForReview(planId: $planId, expectedVersion: $expectedVersion) {
      ...CarePlanDetail
    }
  }
`);
