import { graphql } from '@carecircle/web/data-access';

/** Records a measure; the server checks each answer against its item and scores it. */
export const administerMeasureMutation = graphql(`
  mutation AdministerMeasure($input: AdministerMeasureInput!) {
    administerMeasure(input: $input) {
      ...MeasureResult
    }
  }

  fragment MeasureResult on MeasureAdministration {
    id
    instrument
    instrumentVersion
    administeredOn
    total
    band
    bandLabel
    bamSubscores {
      use
      risk
      protective
    }
    alerts
    urgentSafetyFollowUp
  }
`);
