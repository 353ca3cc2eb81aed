export * from './client-filter.input';
export * from './caseload.service';
export * from './caseload.module';
export { caseloadResolvers } from './caseload.module';
