export { CaseloadPage } from './caseload-page';
export type { CaseloadPageProps } from './caseload-page';
