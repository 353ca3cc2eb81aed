import { graphql } from '@carecircle/web/data-access';

/**
 * The contact form's client list, in name order from the server (so the first 100 are the first by
 * name), and starting values (the mode and length of the last contact).
 */
export const logContactFormQuery = graphql(`
  query LogContactForm {
    clients(filter: { statuses: [ACTIVE, ON_HOLD] }, sort: { key: NAME, direction: ASC, urgentFirst: false }, limit: 100) {
      items {
        id
        firstName
        lastName
        preferredName
      }
    }
    peerContactDefaults {
      durationMinutes
      mode
      fromLastContact
    }
  }
`);

export const logPeerContactMutation = graphql(`
  mutation LogPeerContact($input: LogPeerContactInput!) {
    logPeerContact(input: $input) {
      id
      occurredOn
      durationMinutes
      mode
      supportTypes
      practicalHelp
      nextFollowUpOn
      undoableUntil
      client {
        id
        firstName
        lastName
        lastPeerContactOn
      }
    }
  }
`);

export const withdrawPeerContactMutation = graphql(`
  mutation WithdrawPeerContact($id: ID!) {
    withdrawPeerContact(id: $id) {
      id
      withdrawnAt
    }
  }
`);
