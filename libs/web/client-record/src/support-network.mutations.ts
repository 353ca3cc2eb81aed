import { graphql } from '@carecircle/web/data-access';

/**
 * The record's support network, consent and family engagement writes. Each answers with what the
 * record shows; the dialogs refetch the record (SUPPORT_NETWORK_REFETCH_QUERIES) so counts,
 * summaries and the ecomap follow without a reload.
 */
export const SUPPORT_NETWORK_REFETCH_QUERIES = ['ClientRecord', 'ClientCircleOfSupport'];

export const addSupportNetworkMemberMutation = graphql(`
  mutation AddSupportNetworkMember($input: AddSupportNetworkMemberInput!) {
    addSupportNetworkMember(input: $input) {
      id
      name
      relationship
      stance
      involvedInTreatment
      phone
      email
      note
      version
    }
  }
`);

export const updateSupportNetworkMemberMutation = graphql(`
  mutation UpdateSupportNetworkMember($input: UpdateSupportNetworkMemberInput!) {
    updateSupportNetworkMember(input: $input) {
      id
      name
      relationship
      stance
      involvedInTreatment
      phone
      email
      note
      version
    }
  }
`);

export const removeSupportNetworkMemberMutation = graphql(`
  mutation RemoveSupportNetworkMember($memberId: ID!, $expectedVersion: Int!) {
    removeSupportNetworkMember(memberId: $memberId, expectedVersion: $expectedVersion) {
      id
      removedAt
      version
    }
  }
`);

export const recordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      recipientLabel
      status
      version
    }
  }
`);

export const revokeConsentMutation = graphql(`
  mutation RevokeConsent($consentId: ID!, $expectedVersion: Int!, $revokedOn: String) {
    revokeConsent(consentId: $consentId, expectedVersion: $expectedVersion, revokedOn: $revokedOn) {
      id
      status
      revokedOn
      active
      version
    }
  }
`);

export const logFamilyEngagementMutation = graphql(`
  mutation LogFamilyEngagement($input: LogFamilyEngagementInput!) {
    logFamilyEngagement(input: $input) {
      id
      type
      occurredOn
    }
  }
`);
