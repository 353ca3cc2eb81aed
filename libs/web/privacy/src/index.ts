// Privacy reports: who viewed a client's record and the accounting of disclosures (42 CFR 2.24),
// on the client record and on the privacy officer's page.
export { ClientPrivacySections, privacyReportsFor } from './client-privacy-sections';
export { PrivacyPage } from './privacy-page';
export { disclosureAccountingQuery } from './privacy.queries';
