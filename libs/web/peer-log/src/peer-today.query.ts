import { graphql } from '@carecircle/web/data-access';

/** Everything on a peer support worker's "Today" page; nothing clinical is asked for. */
export const peerTodayQuery = graphql(`
  query PeerToday($milestonesFrom: String!, $milestonesTo: String!) {
    clients(filter: { statuses: [ACTIVE, ON_HOLD] }, limit: 100) {
      total
      items {
        id
        firstName
        lastName
        preferredName
        lastPeerContactOn
        nextMilestone {
          code
          label
          date
          daysUntil
        }
      }
    }
    myFollowUpsDue {
      id
      occurredOn
      nextFollowUpOn
      client {
        id
        firstName
        lastName
      }
    }
    milestonesReached(from: $milestonesFrom, to: $milestonesTo) {
      client {
        id
        firstName
        lastName
      }
      milestone {
        code
        label
        date
        daysUntil
      }
    }
  }
`);
