export { AdmitClientPage } from './admit-client-page';
export type { AdmitClientPageProps } from './admit-client-page';
export type { ReadmitPrefill } from './readmit-prefill';
