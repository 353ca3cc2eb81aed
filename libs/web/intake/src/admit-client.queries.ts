import { graphql } from '@carecircle/web/data-access';

/** What the admission form's pickers offer: the organization's programs and the staff the caller may assign. */
export const admitClientFormQuery = graphql(`
  query AdmitClientForm {
    programs {
      id
      name
      defaultLevelOfCare
      defaultCheckInSchedule
    }
    careTeamCandidates {
      id
      displayName
      role
    }
  }
`);

/** People already on file with this name and date of birth, so intake does not create the same person twice. */
export const possibleDuplicateClientsQuery = graphql(`
  query PossibleDuplicateClients($firstName: String!, $lastName: String!, $dateOfBirth: String!) {
    possibleDuplicateClients(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth) {
      clientId
      firstName
      lastName
      dateOfBirth
      status
      lastDischargeDate
      canOpen
      canReadmit
    }
  }
`);

export const admitClientMutation = graphql(`
  mutation AdmitClient($input: AdmitClientInput!) {
    admitClient(input: $input) {
      id
      firstName
      lastName
      status
      version
    }
  }
`);
