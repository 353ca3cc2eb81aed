import { graphql } from '@carecircle/web/data-access';

/**
 * What the plan needs to know about the client's diagnoses (counselors and supervisors only): the
 * diagnoses a problem may address, and whether the active plan leaves a mental-health diagnosis of
 * a dual-diagnosed client without an intervention.
 */
export const carePlanClientDiagnosesQuery = graphql(`
  query CarePlanClientDiagnoses($clientId: ID!) {
    client(id: $clientId) {
      id
      dualDiagnosis
      receivingIntegratedTreatment
      diagnoses {
        id
        icd10Code
        description
        status
        category
        inRemissionByCode
      }
      integratedCareGap {
        summary
        hasActivePlan
        unaddressedDiagnoses {
          id
          icd10Code
          description
        }
      }
    }
  }
`);
