import { graphql } from '@carecircle/web/data-access';

export const emergencyAccessFields = graphql(`
  fragment EmergencyAccessFields on EmergencyAccess {
    id
    clientId
    clientName
    staffName
    natureOfEmergency
    recipientName
    recipientAffiliation
    grantedAt
    expiresAt
  }
`);

export const findClientForEmergencyQuery = graphql(`
  query FindClientForEmergency($lastName: String!, $dateOfBirth: String!) {
    findClientForEmergency(lastName: $lastName, dateOfBirth: $dateOfBirth) {
      id
      firstName
      lastName
      dateOfBirth
      restricted
    }
  }
`);

export const recentEmergencyAccessesQuery = graphql(`
  query RecentEmergencyAccesses {
    recentEmergencyAccesses {
      ...EmergencyAccessFields
    }
  }
`);

export const requestEmergencyAccessMutation = graphql(`
  mutation RequestEmergencyAccess($clientId: ID!, $natureOfEmergency: String!, $recipientName: String, $recipientAffiliation: String) {
    requestEmergencyAccess(
      clientId: $clientId
      natureOfEmergency: $natureOfEmergency
      recipientName: $recipientName
      recipientAffiliation: $recipientAffiliation
    ) {
      ...EmergencyAccessFields
    }
  }
`);

/** What the record shows about restriction and emergency access; the list is for the care team, supervisor and privacy officers. */
export const clientEmergencyStateQuery = graphql(`
  query ClientEmergencyState($id: ID!) {
    client(id: $id) {
      id
      restricted
      emergencyAccessUntil
      mayChangeRestriction
    }
  }
`);

export const emergencyAccessesForClientQuery = graphql(`
  query EmergencyAccessesForClient($clientId: ID!) {
    emergencyAccessesForClient(clientId: $clientId) {
      ...EmergencyAccessFields
    }
  }
`);

export const markClientRestrictedMutation = graphql(`
  mutation MarkClientRestricted($clientId: ID!, $reason: String!) {
    markClientRestricted(clientId: $clientId, reason: $reason)
  }
`);

export const unmarkClientRestrictedMutation = graphql(`
  mutation UnmarkClientRestricted($clientId: ID!, $reason: String!) {
    unmarkClientRestricted(clientId: $clientId, reason: $reason)
  }
`);
