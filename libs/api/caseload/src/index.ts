export * from './client-filter.input';
export * from './client-sort.input';
export * from './caseload.service';
export * from './caseload.module';
export { caseloadResolvers } from './caseload.module';
export * from './caseload-balance.model';
export * from './caseload-balance.service';
export * from './caseload-balance.resolver';
