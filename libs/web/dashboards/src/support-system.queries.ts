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
        ...RetentionCurveFields
        tooSmallToRead
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
