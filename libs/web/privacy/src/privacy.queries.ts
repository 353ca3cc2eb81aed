import { graphql } from '@carecircle/web/data-access';

export const clientAccessLogQuery = graphql(`
  query ClientAccessLog($clientId: ID!, $filter: ClientAccessLogFilter, $offset: Int, $limit: Int) {
    clientAccessLog(clientId: $clientId, filter: $filter, offset: $offset, limit: $limit) {
      total
      people {
        id
        displayName
      }
      items {
        id
        occurredAt
        staffId
        staffName
        role
        action
        entityType
        entityId
        fields
        clientAddress
        userAgent
        outcome
        reason
      }
    }
  }
`);

export const disclosureAccountingQuery = graphql(`
  query DisclosureAccounting($clientId: ID!, $from: String) {
    disclosureAccounting(clientId: $clientId, from: $from) {
      from
      to
      entries {
        disclosedOn
        firstDisclosedAt
        times
        recipientStaffId
        recipientName
        recipientAffiliation
        information
        purpose
        consentId
        consentRecipientKind
        consentEffectiveOn
        consentExpiresOn
        consentRevokedAt
      }
    }
  }
`);

export const privacyClientsQuery = graphql(`
  query PrivacyClients($name: String!) {
    privacyClients(name: $name) {
      id
      firstName
      lastName
      dateOfBirth
      status
    }
  }
`);
