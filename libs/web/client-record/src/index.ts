export { ClientRecordPage } from './client-record-page';
export type { ClientRecordPageProps } from './client-record-page';
