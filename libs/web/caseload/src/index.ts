export { CaseloadPage } from './caseload-page';
export type { CaseloadPageProps } from './caseload-page';
export { prefetchCaseload } from './caseload-prefetch';
