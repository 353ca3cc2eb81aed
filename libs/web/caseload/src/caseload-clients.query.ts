import { graphql } from '@carecircle/web/data-access';

export const caseloadClientsQuery = graphql(`
  query CaseloadClients($filter: ClientFilterInput, $offset: Int!, $limit: Int!) {
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
