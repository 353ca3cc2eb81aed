import { graphql } from '@carecircle/web/data-access';

/**
 * The record's diagnosis writes and the ICD-10-CM picker's catalog. After a save the record is
 * refetched (DIAGNOSIS_REFETCH_QUERIES), so the list, the dual-diagnosis flag and the
 * integrated-care notice follow without a reload.
 */
export const DIAGNOSIS_REFETCH_QUERIES = ['ClientRecord'];

export const diagnosisCatalogQuery = graphql(`
  query DiagnosisCatalog($search: String) {
    diagnosisCatalog(search: $search) {
      code
      description
    }
  }
`);

export const recordDiagnosisMutation = graphql(`
  mutation RecordDiagnosis($input: RecordDiagnosisInput!) {
    recordDiagnosis(input: $input) {
      id
      icd10Code
      description
      status
      category
      onsetDate
      inRemissionByCode
      version
    }
  }
`);

export const updateDiagnosisMutation = graphql(`
  mutation UpdateDiagnosis($input: UpdateDiagnosisInput!) {
    updateDiagnosis(input: $input) {
      id
      icd10Code
      description
      status
      category
      onsetDate
      inRemissionByCode
      version
    }
  }
`);

export const setIntegratedTreatmentMutation = graphql(`
  mutation SetIntegratedTreatment($clientId: ID!, $receiving: Boolean!, $expectedVersion: Int!) {
    setIntegratedTreatment(clientId: $clientId, receiving: $receiving, expectedVersion: $expectedVersion) {
      id
      receivingIntegratedTreatment
      version
    }
  }
`);
