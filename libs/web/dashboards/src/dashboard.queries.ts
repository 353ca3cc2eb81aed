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
        ...RetentionCurveFields
      }
    }
  }
`);

/** One Kaplan–Meier curve as the charts draw it; the support-system section asks for the same. */
export const retentionCurveFragment = graphql(`
  fragment RetentionCurveFields on RetentionCurve {
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

/** Discharges in the range and how many came back within 30 and 90 days, overall and by discharge reason. */
export const dashboardReadmissionsQuery = graphql(`
  query DashboardReadmissions($input: MetricsRangeInput!) {
    readmissions(input: $input) {
      from
      to
      episodes
      overall {
        ...ReadmissionRateFields
      }
      byDischargeReason {
        ...ReadmissionRateFields
      }
    }
  }

  fragment ReadmissionRateFields on ReadmissionRate {
    dischargeReason
    discharges
    eligibleWithin30Days
    readmittedWithin30Days
    rateWithin30Days
    eligibleWithin90Days
    readmittedWithin90Days
    rateWithin90Days
  }
`);
