export * from './diagnosis.entity';
export * from './diagnosis.model';
export * from './diagnosis-catalog-entry.model';
export * from './integrated-care-gap.model';
export * from './record-diagnosis.input';
export * from './update-diagnosis.input';
export * from './diagnoses.service';
export * from './dual-diagnosis-basis';
export * from './diagnoses.module';
export * from './diagnosis-resolvers';
/** The SQL twin of isDualDiagnosis lives in the clients lib (which may not import this one). */
export { dualDiagnosisSql } from '@carecircle/api/clients';
