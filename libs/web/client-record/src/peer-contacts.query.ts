import { graphql } from '@carecircle/web/data-access';

/** The peer contact timeline, most recent first. */
export const clientPeerContactsQuery = graphql(`
  query ClientPeerContacts($clientId: ID!) {
    peerContacts(clientId: $clientId, limit: 50) {
      id
      occurredOn
      durationMinutes
      mode
      supportTypes
      practicalHelp
      note
      nextFollowUpOn
      peerWorker {
        id
        displayName
      }
    }
  }
`);
