import { graphql } from '@carecircle/web/data-access';

/** PHQ-9, GAD-7, BARC-10 and BAM histories, oldest first. Not asked for peer support workers. */
export const clientMeasuresQuery = graphql(`
  query ClientMeasures($clientId: ID!) {
    phq9: measureHistory(clientId: $clientId, instrument: PHQ_9) {
      ...MeasurePoint
    }
    gad7: measureHistory(clientId: $clientId, instrument: GAD_7) {
      ...MeasurePoint
    }
    barc10: measureHistory(clientId: $clientId, instrument: BARC_10) {
      ...MeasurePoint
    }
    bam: measureHistory(clientId: $clientId, instrument: BAM) {
      ...BamPoint
    }
  }

  fragment MeasurePoint on MeasureAdministration {
    id
    instrument
    administeredOn
    total
    band
    bandLabel
    alerts
  }

  fragment BamPoint on MeasureAdministration {
    id
    administeredOn
    instrumentVersion
    bamSubscores {
      use
      risk
      protective
    }
  }
`);
