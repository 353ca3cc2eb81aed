import { graphql, type ClientEpisodesQuery } from '@carecircle/web/data-access';

/** The client as the episode actions and the episode list see it. */
export type EpisodeClient = ClientEpisodesQuery['client'];

/**
 * The episode of care as the record's actions and episode list need it: the client's version (every
 * change is checked against it), the current episode's facts and the earlier episodes. Separate
 * from ClientRecord so a peer support worker's record never asks for it; the Client is normalised,
 * so a mutation's answer updates both.
 */
export const clientEpisodesQuery = graphql(`
  query ClientEpisodes($id: ID!) {
    client(id: $id) {
      id
      firstName
      lastName
      preferredName
      version
      status
      levelOfCare
      admissionDate
      recoveryStartDate
      checkInSchedule
      dischargeDate
      dischargeReason
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
      levelOfCareHistory {
        id
        effectiveOn
      }
      episodes {
        id
        sequence
        program {
          id
          name
        }
        admissionDate
        levelOfCare
        status
        dischargeDate
        dischargeReason
        counselorAtDischarge {
          id
          displayName
        }
        levelOfCareHistory {
          id
          effectiveOn
          fromLevel
          toLevel
          reason
        }
      }
    }
  }
`);

/** Programs and the staff the caller may assign, for the readmission form. */
export const readmitOptionsQuery = graphql(`
  query ReadmitOptions {
    programs {
      id
      name
      defaultLevelOfCare
    }
    careTeamCandidates {
      id
      displayName
      role
    }
  }
`);

export const changeLevelOfCareMutation = graphql(`
  mutation ChangeLevelOfCare($input: ChangeLevelOfCareInput!) {
    changeLevelOfCare(input: $input) {
      id
      version
      levelOfCare
    }
  }
`);

export const dischargeClientMutation = graphql(`
  mutation DischargeClient($input: DischargeClientInput!) {
    dischargeClient(input: $input) {
      id
      version
      status
      dischargeDate
      dischargeReason
    }
  }
`);

export const readmitClientMutation = graphql(`
  mutation ReadmitClient($input: ReadmitClientInput!) {
    readmitClient(input: $input) {
      id
      version
      status
      levelOfCare
      admissionDate
      dischargeDate
      dischargeReason
    }
  }
`);

export const setCheckInScheduleMutation = graphql(`
  mutation SetCheckInSchedule($clientId: ID!, $schedule: CheckInSchedule!, $expectedVersion: Int!) {
    setCheckInSchedule(clientId: $clientId, schedule: $schedule, expectedVersion: $expectedVersion) {
      id
      version
      checkInSchedule
    }
  }
`);

export const resetRecoveryStartDateMutation = graphql(`
  mutation ResetRecoveryStartDate($input: ResetRecoveryStartDateInput!) {
    resetRecoveryStartDate(input: $input) {
      id
      version
      recoveryStartDate
    }
  }
`);

/** Everything on the record that an episode change can move: the record itself and this episode view. */
export const EPISODE_REFETCH_QUERIES = ['ClientRecord', 'ClientEpisodes'];
