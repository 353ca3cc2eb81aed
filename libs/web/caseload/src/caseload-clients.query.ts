import { graphql } from '@carecircle/web/data-access';

/**
 * The caseload rows. `withDiagnoses` is false for peer support workers: the API refuses them the
 * dual-diagnosis flag (it reveals diagnoses), so the field is not even asked for.
 */
export const caseloadClientsQuery = graphql(`
  query CaseloadClients($filter: ClientFilterInput, $offset: Int!, $limit: Int!, $withDiagnoses: Boolean!) {
    clients(filter: $filter, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        firstName
        lastName
        preferredName
        pronouns
        status
        levelOfCare
        admissionDate
        recoveryStartDate
        daysInTreatment
        daysSinceRecoveryStart
        lastCheckInAt
        carePlanStatus
        currentCarePlan {
          id
          isOverdue
        }
        nextMilestone {
          code
          label
          date
          daysUntil
        }
        dualDiagnosis @include(if: $withDiagnoses)
        highestRiskSeverity
        riskFlags {
          code
          severity
          reason
        }
        program {
          id
          name
        }
        careTeam {
          role
          staff {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The organization's programs, for the Program filter and for links that name a program. */
export const caseloadProgramsQuery = graphql(`
  query CaseloadPrograms {
    programs {
      id
      name
    }
  }
`);
