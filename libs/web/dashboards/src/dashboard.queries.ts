import { graphql } from '@carecircle/web/data-access';

/** Retention at 30/60/90/180 days and Kaplan–Meier curves, grouped by the chosen dimension. */
export const dashboardRetentionQuery = graphql(`
  query DashboardRetention($input: MetricsRangeInput!) {
    retention(input: $input) {
      dimension
      rates {
        group
        days
        eligible
        retained
        rate
      }
      curves {
        group
        clients
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

/** Weekly check-in completion, craving, mood and use across the caller's clients. */
export const dashboardCheckInTrendsQuery = graphql(`
  query DashboardCheckInTrends($input: MetricsRangeInput!) {
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

/** Active clients, flags and follow-through per counselor. */
export const dashboardCaseloadSummaryQuery = graphql(`
  query DashboardCaseloadSummary {
    caseloadSummary {
      counselorId
      counselorName
      activeClients
      urgentFlags
      warningFlags
      infoFlags
      clientsWithUrgentFlags
      plansOverdue
      plansAwaitingSignOff
      familyEngagedLast30Days
      clientsWithPeerWorker
      peerContactedLast14Days
    }
  }
`);
