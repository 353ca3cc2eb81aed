import { graphql } from '@carecircle/web/data-access';

/** Kaplan–Meier curves from the landmark, grouped by one part of the support system, with the log-rank test between them. */
export const supportSystemRetentionQuery = graphql(`
  query SupportSystemRetention($input: MetricsRangeInput!) {
    retention(input: $input) {
      dimension
      landmarkDays
      logRank {
        chiSquare
        degreesOfFreedom
        pValue
        groups
      }
      curves {
        group
        clients
        tooSmallToRead
        steps {
          days
          atRisk
          events
          censored
          survival
        }
      }
    }
  }
`);

/** The episodes behind one support-system curve (the API records a read of each client). */
export const retentionGroupClientsQuery = graphql(`
  query RetentionGroupClients($input: MetricsRangeInput!, $group: String!) {
    retentionGroupClients(input: $input, group: $group) {
      client {
        id
        firstName
        lastName
      }
      admissionDate
      dischargeDate
      daysInTreatment
      leftCare
    }
  }
`);

/**
 * Weekly check-ins of clients in care in the range, grouped by one part of the support system at their current
 * episode's landmark (clients not in treatment on that day are left out). Episodes do not apply to trends.
 */
export const supportSystemCheckInTrendsQuery = graphql(`
  query SupportSystemCheckInTrends($input: MetricsRangeInput!) {
    checkInTrends(input: $input) {
      group
      weeks {
        weekStart
        clientsInCare
        expected
        received
        completionRate
        meanCraving
        meanMood
        shareReportingUse
        shareAttendingMeetings
      }
    }
  }
`);
