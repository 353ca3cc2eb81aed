import { graphql, type CaseloadClientsQuery } from '@carecircle/web/data-access';

/**
 * One page of the caseload, sorted, filtered and paged by the server across everything the caller may
 * see (the browser never re-sorts it). `withDiagnoses` is false for peer support workers: the API refuses them the
 * dual-diagnosis flag (it reveals diagnoses), so the field is not even asked for.
 */
export const caseloadClientsQuery = graphql(`
  query CaseloadClients($filter: ClientFilterInput, $sort: ClientSortInput, $offset: Int!, $limit: Int!, $withDiagnoses: Boolean!) {
    clients(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
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
        daysInTreatment
        daysSinceRecoveryStart
        lastCheckInAt
        carePlanStatus
        currentCarePlan {
          id
          isOverdue
        }
        nextMilestone {
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

/** One row of the caseload, as the query returns it. */
export type CaseloadClient = CaseloadClientsQuery['clients']['items'][number];
