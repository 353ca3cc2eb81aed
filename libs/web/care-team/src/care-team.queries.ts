import { graphql, type ClientCareTeamQuery } from '@carecircle/web/data-access';

export type CareTeamClient = NonNullable<ClientCareTeamQuery['client']>;

/** The record's care team now and its history, for the "Care team" section. */
export const clientCareTeamQuery = graphql(`
  query ClientCareTeam($id: ID!) {
    client(id: $id) {
      id
      status
      admissionDate
      program {
        id
        name
      }
      careTeam {
        role
        startedOn
        staff {
          id
          displayName
        }
      }
      careTeamHistory {
        role
        startedOn
        endedOn
        staff {
          id
          displayName
        }
      }
    }
  }
`);

/** Active counselors on the supervisor's team and the organization's active peer workers. */
export const careTeamPickerQuery = graphql(`
  query CareTeamPicker {
    careTeamCandidates {
      id
      displayName
      role
    }
  }
`);

export const assignCareTeamMemberMutation = graphql(`
  mutation AssignCareTeamMember($input: AssignCareTeamMemberInput!) {
    assignCareTeamMember(input: $input) {
      id
      careTeam {
        role
        startedOn
        staff {
          id
          displayName
        }
      }
    }
  }
`);

export const caseloadBalanceQuery = graphql(`
  query CaseloadBalance {
    caseloadBalance {
      rows {
        staff {
          id
          displayName
          role
          active
        }
        role
        clients
        urgent
        warning
        overloaded
        byLevelOfCare {
          levelOfCare
          clients
        }
      }
      needsReassignment {
        clientId
        firstName
        lastName
        role
        staff {
          id
          displayName
        }
      }
    }
    programs {
      id
      name
    }
  }
`);

export const caseloadOfQuery = graphql(`
  query CaseloadOf($staffId: ID!) {
    caseloadOf(staffId: $staffId) {
      id
      firstName
      lastName
      preferredName
      levelOfCare
      riskFlags {
        code
        severity
      }
    }
  }
`);

export const moveCaseloadMutation = graphql(`
  mutation MoveCaseload($input: MoveCaseloadInput!) {
    moveCaseload(input: $input)
  }
`);

/** What a reassignment changes on other screens: reload them if they are showing. */
export const CARE_TEAM_REFETCH_QUERIES = ['ClientCareTeam', 'ClientRecord', 'ClientEpisodes', 'CaseloadBalance', 'CaseloadOf'] as const;
